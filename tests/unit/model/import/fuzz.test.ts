/**
 * 10,000 mutated import files (issue 20, item 6): truncated JSON, wrong types, renamed and missing
 * keys, duplicate keys, deep nesting, UTF-16 and BOMs, hostile and very long strings, ScubaGear
 * shapes with keys missing. Every one must give settings valid for the model plus a report, or a
 * reason code — never an exception. Prints the case count, failures and the slowest parse.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importConfig } from '../../../../src/model/import/index';
import { getSetting, isValidValue, SETTINGS } from '../../../../src/model/settings';
import en from '../../../../src/i18n/ui/en.json' with { type: 'json' };

const CASES = 10_000;
const seeds = [
	'lab-export-v1.json',
	'lab-export-partial.json',
	'scuba-provider-export.json',
	'cmdlet-federation.json',
	'cmdlet-external-access-policy.json',
	'graph-authorization-wrapped.json',
];
const texts = seeds.map((n) =>
	readFileSync(new URL(`../../../fixtures/import/${n}`, import.meta.url), 'utf8'),
);

/** A small seeded generator (mulberry32) so a failure can be replayed. */
function rng(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const WEIRD: readonly unknown[] = [
	null,
	0,
	-1,
	1e308,
	'',
	'True',
	'yes',
	[],
	{},
	[[[]]],
	{ AllowedDomain: {} },
	'\u202e',
	'<script>x</script>',
	'Domain=' + 'a'.repeat(300) + '.example',
	'__proto__',
	{ __proto__: { x: 1 } },
	true,
];

function mutateValue(node: unknown, r: () => number, depth = 0): unknown {
	if (Array.isArray(node)) {
		if (r() < 0.1) return r() < 0.5 ? node[0] : [];
		return node.map((x) => mutateValue(x, r, depth + 1));
	}
	if (node && typeof node === 'object') {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(node)) {
			const p = r();
			if (p < 0.05) continue; // key missing
			const key = p < 0.1 ? k.toLowerCase() : p < 0.13 ? `${k}X` : p < 0.15 ? k.toUpperCase() : k;
			out[key] = r() < 0.08 ? WEIRD[Math.floor(r() * WEIRD.length)] : mutateValue(v, r, depth + 1);
		}
		return out;
	}
	return r() < 0.1 ? WEIRD[Math.floor(r() * WEIRD.length)] : node;
}

function deepNest(r: () => number): string {
	const depth = 1000 + Math.floor(r() * 50_000);
	return '['.repeat(depth) + '{"AllowFederatedUsers":true}' + ']'.repeat(r() < 0.5 ? depth : depth - 1);
}

function mutate(i: number): string | Uint8Array {
	const r = rng(i + 1);
	const base = texts[i % texts.length] as string;
	const kind = r();
	let text: string;
	if (kind < 0.15)
		text = base.slice(0, Math.floor(r() * base.length)); // truncated
	else if (kind < 0.2) {
		// duplicate keys: the same member twice with different values
		text = base
			.replace('"AllowFederatedUsers": true', '"AllowFederatedUsers": true, "AllowFederatedUsers": "maybe"')
			.replace('{"Identity":"Global"', '{"Identity":"Global","Identity":7');
	} else if (kind < 0.23) text = deepNest(r);
	else if (kind < 0.26) {
		// a byte flipped somewhere
		const at = Math.floor(r() * base.length);
		text = base.slice(0, at) + String.fromCharCode(Math.floor(r() * 128)) + base.slice(at + 1);
	} else text = JSON.stringify(mutateValue(JSON.parse(base), r));
	if (i % 2000 === 7) text = text.replace(/"Global"/, `"${'x'.repeat(5 * 1024 * 1024)}"`); // a 5 MB string
	const enc = r();
	if (enc < 0.1) return new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
	if (enc < 0.15) return new Uint8Array(Buffer.from(text, 'utf16le')); // UTF-16 without a BOM
	if (enc < 0.25) return '\ufeff' + text;
	return text;
}

/** True when the reason gives every placeholder its English string uses. */
function hasParams(reason: { key: string; params?: Readonly<Record<string, unknown>> }): boolean {
	const template = (en as Record<string, string>)[reason.key] ?? '';
	return [...template.matchAll(/\{\{(\w+)\}\}/g)].every((m) => reason.params?.[m[1] as string] !== undefined);
}

describe('importConfig under 10,000 mutated files', () => {
	test('never throws; yields valid settings and a report, or a known reason', () => {
		const strings = en as Record<string, string>;
		let failures = 0;
		let slowest = { ms: 0, i: -1 };
		let accepted = 0;
		const problems: string[] = [];
		for (let i = 0; i < CASES; i++) {
			const input = mutate(i);
			const t0 = performance.now();
			let result;
			try {
				result = importConfig(input);
			} catch (e) {
				failures++;
				problems.push(`case ${i}: threw ${String(e)}`);
				continue;
			}
			const ms = performance.now() - t0;
			if (ms > slowest.ms) slowest = { ms, i };
			if (!result.ok) {
				if (
					!(result.error.key in strings) ||
					!hasParams(result.error) ||
					result.error.key === 'import.error.internal'
				) {
					failures++;
					problems.push(`case ${i}: ${result.error.key}`);
				}
				continue;
			}
			accepted++;
			for (const meta of SETTINGS)
				if (!isValidValue(getSetting(meta.id)!, result.settings[meta.id])) {
					failures++;
					problems.push(`case ${i}: invalid ${meta.id}`);
				}
			for (const e of [...result.report.read, ...result.report.ignored, ...result.report.missing])
				if (typeof e.path !== 'string' || !(e.reason.key in strings) || !hasParams(e.reason)) {
					failures++;
					problems.push(`case ${i}: report line ${e.reason.key} at ${e.path}`);
				}
		}
		console.log(
			`import fuzz: ${CASES} cases, ${accepted} imported, ${CASES - accepted} refused with a reason, ${failures} failures, slowest parse ${slowest.ms.toFixed(1)} ms (case ${slowest.i})`,
		);
		expect(problems.slice(0, 5)).toEqual([]);
		expect(failures).toBe(0);
	}, 120_000);
});
