// Share-link fuzzing against the real codec (the browser test in tests/e2e/fuzz-links.test.ts
// only proves that the page shows what the codec reports). Links are the ones the app writes
// (encodeState of generated states), damaged the ways links get damaged; plus other versions
// and hostile payloads. For every input: decodeState returns, its state is valid (it encodes and
// decodes again without a problem), and each problem is a `problem.*` reason code.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createDefaultState, decodeState, encodeState, type SimState } from '../../../src/model';
import { stateArb } from './arbitraries';

const VERSION = encodeState(createDefaultState()).split('.')[0]!;
const wrap = (json: string) => `${VERSION}.${Buffer.from(json).toString('base64url')}`;

/** The codec's contract for any input whatsoever. */
function expectSafe(input: unknown) {
	const { state, problems } = decodeState(input);
	expect(decodeState(encodeState(state)).problems).toEqual([]);
	for (const p of problems) {
		expect(p.key).toMatch(/^problem\.[a-zA-Z]+$/);
		for (const value of Object.values(p.params ?? {})) expect(['string', 'number']).toContain(typeof value);
	}
	return { state, problems };
}

/** Ways a link is damaged on its way: cut, a character changed, inserted or lost, pasted twice, re-cased. */
const damage = (link: string) =>
	fc.oneof(
		fc.nat({ max: link.length }).map((n) => link.slice(0, n)),
		fc
			.tuple(fc.nat({ max: link.length - 1 }), fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme' }))
			.map(([i, ch]) => link.slice(0, i) + ch + link.slice(i + 1)),
		fc
			.tuple(fc.nat({ max: link.length }), fc.string({ maxLength: 8 }))
			.map(([i, s]) => link.slice(0, i) + s + link.slice(i)),
		fc.nat({ max: link.length - 1 }).map((i) => link.slice(0, i) + link.slice(i + 1)),
		fc.constant(link + link),
		fc.constant(link.toUpperCase()),
		fc.constant(encodeURIComponent(link).replace(/\./g, '%2E')),
		fc.constant(`#sim=${link}`),
	);

describe('share links the app writes, damaged', () => {
	test('20,000 damaged links never throw and always decode to a valid state', () => {
		const links = fc.sample(stateArb, { numRuns: 200, seed: 20261203 }).map(encodeState);
		fc.assert(
			fc.property(fc.constantFrom(...links).chain(damage), (input) => {
				expectSafe(input);
			}),
			{ numRuns: 20_000, seed: 20261203 },
		);
	}, 60_000);

	test('a link cut short by at least one character is never taken as the original state', () => {
		fc.assert(
			fc.property(stateArb, fc.integer({ min: 1, max: 6 }), (s: SimState, cut) => {
				const link = encodeState(s);
				if (link === `${VERSION}.`) return;
				const { state, problems } = expectSafe(link.slice(0, -cut));
				// Either the codec says something is wrong, or what it kept differs from the full link.
				if (problems.length === 0) expect(state).not.toEqual(s);
			}),
			{ numRuns: 500, seed: 7 },
		);
	});
});

describe('versions', () => {
	test('the current version decodes; every other version number is refused with the defaults', () => {
		const payload = encodeState({ ...createDefaultState(), clock: 60 }).slice(VERSION.length + 1);
		expect(decodeState(`${VERSION}.${payload}`)).toMatchObject({ problems: [], state: { clock: 60 } });
		for (const other of ['v0', 'v2', 'v3', 'v10', 'v999', 'v9999'].filter((v) => v !== VERSION)) {
			const { state, problems } = expectSafe(`${other}.${payload}`);
			expect(
				problems.map((p) => p.key),
				other,
			).toEqual(['problem.badVersion']);
			expect(state, other).toEqual(createDefaultState());
		}
	});

	test('a version that is not a small number is a bad format', () => {
		for (const input of ['v.abc', 'v12345.abc', 'vx.abc', 'V1.abc', `${VERSION}abc`, '1.abc'])
			expect(
				decodeState(input).problems.map((p) => p.key),
				input,
			).toEqual(['problem.badFormat']);
	});
});

describe('hostile input', () => {
	const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
	test.each([
		['__proto__ at the top', '{"__proto__":{"polluted":1},"c":5}'],
		['__proto__ in an organization', '{"a":{"__proto__":{"polluted":1},"s":{"__proto__":{"ga":0}}}}'],
		[
			'constructor and prototype keys',
			'{"constructor":{"prototype":{"polluted":1}},"a":{"s":{"constructor":1}}}',
		],
		['nesting 100,000 deep', `{"a":${deep(100_000)}}`],
		['nesting 100,000 deep as the change log', `{"x":${deep(100_000)}}`],
		['a one-megabyte name', `{"a":{"n":"${'x'.repeat(1_000_000)}"}}`],
		['a domain list of 100,000 entries', `{"a":{"s":{"da":[${Array(100_000).fill('"a.com"').join(',')}]}}}`],
		['numbers out of range', '{"c":1e999,"x":[[1e999,0,"ga",0],[-0,1,"ga",1]]}'],
		['null everywhere', '{"p":null,"c":null,"a":null,"b":null,"x":null}'],
		[
			'HTML and script in text fields',
			'{"a":{"n":"<img src=x onerror=alert(1)>","d":"<script>","u":"a\\"b"}}',
		],
		['control and bidi characters', '{"a":{"n":"\\u0000\\u202e\\ud800"}}'],
	])('%s: never throws, keeps prototypes clean and gives a valid state', (_name, json) => {
		const started = performance.now();
		expectSafe(wrap(json));
		expect(performance.now() - started).toBeLessThan(2_000);
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
	});

	test.each([
		['a lone %', '%'],
		['NUL bytes', `${VERSION}.\u0000\u0000`],
		['emoji and right-to-left override', `${VERSION}.🙂\u202e`],
		['ten megabytes of base64url', `${VERSION}.${'A'.repeat(10_000_000)}`],
		['a preset id 10,000 characters long', `preset=${'a'.repeat(10_000)}`],
	])('%s as the whole link: a problem, the defaults, no throw', (_name, input) => {
		const { state, problems } = expectSafe(input);
		expect(problems.length).toBeGreaterThan(0);
		expect(state).toEqual(createDefaultState());
	});

	test('values of every JavaScript type are refused as not text', () => {
		for (const input of [undefined, null, 42, true, {}, [], () => 'v1.', Symbol('x'), 10n])
			expect(decodeState(input).problems.map((p) => p.key)).toEqual(['problem.notText']);
	});
});
