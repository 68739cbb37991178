import { describe, expect, test } from 'vitest';
import {
	evaluateCell,
	getPreset,
	presetState,
	PRESETS,
	smallestFix,
	createDefaultState,
} from '../../../src/model';

describe('presets', () => {
	test('there are at least 12, with unique kebab-case ids and at least one source each', () => {
		expect(PRESETS.length).toBeGreaterThanOrEqual(12);
		expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
		for (const p of PRESETS) {
			expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			expect(p.sources.length).toBeGreaterThan(0);
			expect(p.expect.length).toBeGreaterThan(0);
		}
	});

	const cases = PRESETS.flatMap((p) => p.expect.map((e) => [p.id, e] as const));
	test.each(cases)('%s: %o', (id, e) => {
		const preset = getPreset(id);
		if (!preset) throw new Error(id);
		const result = evaluateCell(presetState(preset), e.direction, e.identity, e.capability, e.view, e.people);
		expect(result.outcome).toBe(e.outcome);
		if (e.decisive) {
			const check = result.checks[result.decisive ?? -1];
			expect({ rule: check?.ruleId, side: check?.side }).toEqual(e.decisive);
		}
	});

	test('every symptom preset differs from Microsoft defaults in at least one expected cell, or in its cause, unless defaults cause it', () => {
		const defaults = createDefaultState();
		// These teach that defaults cause the symptom, or that a block surprisingly doesn't apply.
		const defaultCaused = [
			'not-teamsonly-recipient',
			'shared-channel-off-by-default',
			'subdomain-not-blocked',
		];
		for (const p of PRESETS) {
			const differs = p.expect.some((e) => {
				const r = evaluateCell(defaults, e.direction, e.identity, e.capability, e.view, e.people);
				const c = r.checks[r.decisive ?? -1];
				const sameCause = !e.decisive || (c?.ruleId === e.decisive.rule && c.side === e.decisive.side);
				return r.outcome !== e.outcome || !sameCause;
			});
			expect(differs || defaultCaused.includes(p.id), p.id).toBe(true);
		}
	});

	test('each blocked expectation has a smallest fix or is blocked by Microsoft’s table itself', () => {
		for (const p of PRESETS)
			// A non-TeamsOnly user is a fact about the organization, not a setting a fix can change.
			for (const e of p.expect.filter(
				(x) => x.outcome === 'blocked' && x.decisive?.rule !== 'fed.teamsOnly',
			)) {
				const fix = smallestFix(presetState(p), e.direction, e.identity, e.capability, e.people);
				expect(fix.status, `${p.id} ${e.capability}`).toBe('found');
			}
	});
});
