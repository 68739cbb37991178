import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	applyChange,
	createDefaultState,
	decodeState,
	encodeState,
	getPreset,
	presetState,
	setOrgInfo,
	addPolicy,
	setPerson,
	shareFragment,
	PRESETS,
	type SimState,
} from '../../../src/model';
import { stateArb } from './arbitraries';

const b64 = (json: string) => `v1.${Buffer.from(json).toString('base64url')}`;
const keys = (s: string) => decodeState(s).problems.map((p) => p.key);

/** A state is valid when re-encoding and decoding it is lossless and reports no problems. */
function expectValid(state: SimState) {
	const again = decodeState(encodeState(state));
	expect(again.problems).toEqual([]);
	expect(again.state).toEqual(state);
}

describe('share-link codec', () => {
	test('defaults encode to just the version prefix', () => {
		expect(encodeState(createDefaultState())).toBe('v2.');
		expect(decodeState('v2.')).toEqual({ state: createDefaultState(), problems: [] });
		expect(decodeState('v1.')).toEqual({ state: createDefaultState(), problems: [] });
	});

	test('a preset link is short and URL-fragment safe', () => {
		const link = encodeState(presetState(getPreset('guest-toggle-pending')!));
		expect(link).toMatch(/^v2\.[A-Za-z0-9_-]+$/);
		expect(link.length).toBeLessThan(120);
	});

	test('decode(encode(s)) equals s for any state', () => {
		fc.assert(
			fc.property(stateArb, (s) => {
				const { state, problems } = decodeState(encodeState(s));
				expect(problems).toEqual([]);
				expect(state).toEqual(s);
			}),
			{ numRuns: 300 },
		);
	});

	test('v2 carries people, custom policies, policy changes and TeamsOnly', () => {
		let s = addPolicy(createDefaultState(), 'A', 'Sales', {
			userExternalOrgsScope: 'BlockAllExternalDomains',
		});
		s = setPerson(setPerson(s, 'A', 'lee', { policy: 'Sales' }), 'B', 'bianca', { guestMember: false });
		s = applyChange(s, 'A', 'userFederationAccess', false, 'Partners');
		s = setOrgInfo(s, 'B', { teamsOnly: false });
		expectValid(s);
	});

	test.each([
		['a policy named Global', { a: { q: [['Global', {}]] } }, 'q'],
		['a policy with an org-wide setting', { a: { q: [['X', { fm: 0 }]] } }, 'q'],
		['a person on a missing policy', { a: { w: [['adele', 'Nope', 0]] } }, 'w'],
		['a person with a bad name', { b: { w: [['Bad Name', '', 0]] } }, 'w'],
	])('v2 with %s is reported and ignored', (_n, json, field) => {
		const link = `v2.${Buffer.from(JSON.stringify(json)).toString('base64url')}`;
		const { state, problems } = decodeState(link);
		expect(problems.map((p) => p.params?.field)).toEqual([field]);
		expect(state.orgs.A.people).toEqual(createDefaultState().orgs.A.people);
	});

	test('a v2 change naming a missing policy, or a non-policy setting in a policy, is ignored', () => {
		const bad = [
			[0, 0, 'pf', 0, 'Nope'],
			[0, 0, 'fm', 0, 'Partners'],
		];
		const link = `v2.${Buffer.from(JSON.stringify({ x: bad })).toString('base64url')}`;
		const { state, problems } = decodeState(link);
		expect(state.changes).toEqual([]);
		expect(problems.map((p) => p.key)).toEqual(['problem.badChange', 'problem.badChange']);
	});

	test('names with any characters survive the round trip', () => {
		expectValid(setOrgInfo(createDefaultState(), 'A', { name: 'Åre Kommun – 日本 🚀' }));
	});

	test('decoding 10,000 random, truncated or mutated strings never throws and always yields a valid state', () => {
		// A pool of real links keeps the 10,000 runs fast; mutations then damage them in every way.
		const links = fc.sample(stateArb, { numRuns: 100, seed: 7 }).map(encodeState);
		const mutated = fc.constantFrom(...links).chain((link) =>
			fc.oneof(
				fc.nat({ max: link.length }).map((n) => link.slice(0, n)),
				fc
					.tuple(fc.nat({ max: link.length }), fc.string({ minLength: 1, maxLength: 1 }))
					.map(([i, ch]) => link.slice(0, i) + ch + link.slice(i + 1)),
			),
		);
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string({ unit: 'binary' }),
					fc.string().map((t) => `v1.${t}`),
					mutated,
					fc.anything(),
				),
				(input) => {
					const { state, problems } = decodeState(input);
					expect(Array.isArray(problems)).toBe(true);
					// Valid means: it encodes and decodes again without a single problem.
					expect(decodeState(encodeState(state)).problems).toEqual([]);
				},
			),
			{ numRuns: 10_000 },
		);
	}, 60_000);

	test.each([
		[42, 'problem.notText'],
		['hello', 'problem.badFormat'],
		['v3.abc', 'problem.badVersion'],
		['v1.a', 'problem.badEncoding'],
		['v1.!!!!', 'problem.badEncoding'],
		[b64('not json'), 'problem.badJson'],
		[b64('[1,2]'), 'problem.badJson'],
		['v1./w', 'problem.badEncoding'],
		['preset=nope', 'problem.unknownPreset'],
	])('%s → %s, with the defaults', (input, key) => {
		const { state, problems } = decodeState(input);
		expect(problems.map((p) => p.key)).toEqual([key]);
		expect(state).toEqual(createDefaultState());
	});

	test('the valid part of a tampered link is kept, and each bad part is named', () => {
		const json = JSON.stringify({
			p: 'no-such-preset',
			c: -4,
			z: 1,
			a: {
				n: 'Tailspin',
				d: 'NOT A DOMAIN',
				u: 'Bad User',
				t: 2,
				k: 1,
				s: { dm: 1, da: ['fabrikam.com'], gs: 9, qq: 1 },
				w: 0,
			},
			b: 'oops',
			x: [[0, 0, 'ga', 0], [5, 0, 'ga', 1], 'junk', [0, 3, 'ga', 1], [0, 1, 'zz', 1]],
		});
		const { state, problems } = decodeState(b64(json));
		expect(state.orgs.A.name).toBe('Tailspin');
		expect(state.orgs.A.settings.fedDomainMode).toBe('allowList');
		expect(state.orgs.A.settings.fedAllowedDomains).toEqual(['fabrikam.com']);
		expect(state.orgs.A.settings.guestScreenSharing).toBe('EntireScreen');
		expect(state.orgs.B).toEqual(createDefaultState().orgs.B);
		expect(state.changes).toEqual([{ at: 0, side: 'A', setting: 'guestAccess', value: false }]);
		expect(problems).toEqual(
			expect.arrayContaining([
				{ key: 'problem.unknownPreset', params: { preset: 'no-such-preset' } },
				{ key: 'problem.badClock' },
				{ key: 'problem.unknownField', params: { field: 'z' } },
				{ key: 'problem.unknownField', params: { field: 'w' } },
				{ key: 'problem.badOrgField', params: { side: 'A', field: 'd' } },
				{ key: 'problem.badOrgField', params: { side: 'A', field: 'u' } },
				{ key: 'problem.badOrgField', params: { side: 'A', field: 't' } },
				{ key: 'problem.badOrgField', params: { side: 'A', field: 'k' } },
				{ key: 'problem.badValue', params: { setting: 'guestScreenSharing' } },
				{ key: 'problem.unknownSetting', params: { setting: 'qq' } },
				{ key: 'problem.badOrg', params: { side: 'B' } },
				{ key: 'problem.badChange', params: { index: 1 } },
				{ key: 'problem.badChange', params: { index: 2 } },
				{ key: 'problem.badChange', params: { index: 3 } },
				{ key: 'problem.unknownSetting', params: { setting: 'zz' } },
			]),
		);
	});

	test.each([
		['a choice given as text', { a: { s: { gs: 'x' } } }, 'problem.badValue'],
		['a domain list with a number', { a: { s: { da: [1] } } }, 'problem.badValue'],
		['a domain list given as text', { a: { s: { da: 'fabrikam.com' } } }, 'problem.badValue'],
		['a switch given as true', { a: { s: { ga: true } } }, 'problem.badValue'],
		['a change naming a setting by number', { x: [[0, 0, 5, 1]] }, 'problem.unknownSetting'],
	])('%s is reported and ignored', (_name, json, key) => {
		const { state, problems } = decodeState(b64(JSON.stringify(json)));
		expect(problems.map((p) => p.key)).toEqual([key]);
		expect(state).toEqual(createDefaultState());
	});

	test('a link with a bad settings object, a non-list change log or too many changes says so', () => {
		expect(keys(b64(JSON.stringify({ a: { s: [1] } })))).toEqual(['problem.badOrgField']);
		expect(keys(b64(JSON.stringify({ x: {} })))).toEqual(['problem.badChange']);
		const many = Array.from({ length: 205 }, () => [0, 0, 'ga', 0]);
		const decoded = decodeState(b64(JSON.stringify({ x: many })));
		expect(decoded.state.changes).toHaveLength(200);
		expect(decoded.problems.map((p) => p.key)).toEqual(['problem.tooManyChanges']);
	});

	test('a preset opens by id, with or without "preset=" and a leading #', () => {
		const expected = presetState(getPreset('blocked-user')!);
		expect(decodeState('#preset=blocked-user')).toEqual({ state: expected, problems: [] });
		expect(decodeState('blocked-user').state).toEqual(expected);
	});

	test('a state built by the UI functions round-trips', () => {
		let s = applyChange(createDefaultState(), 'B', 'fedBlockedUsers', [
			' Ben@Fabrikam.com ',
			'bad',
			'ben@fabrikam.com',
		]);
		s = applyChange(s, 'A', 'spoOrgSharing', 'existing');
		expect(s.orgs.B.settings.fedBlockedUsers).toEqual([]);
		expect(s.changes[0]?.value).toEqual(['ben@fabrikam.com']);
		expectValid(s);
	});
});

describe('shared fixtures', () => {
	test('every preset link opens its preset, and the damaged link reports a bad value', async () => {
		const { PRESET_LINKS, DAMAGED_LINK } = await import('../../fixtures/simulator-scenarios');
		for (const [id, link] of Object.entries(PRESET_LINKS)) expect(decodeState(link).state.presetId).toBe(id);
		expect(decodeState(DAMAGED_LINK).problems).toEqual([
			{ key: 'problem.badValue', params: { setting: 'guestScreenSharing' } },
		]);
	});
});

describe('the link a reader copies or prints', () => {
	const open = (fragment: string) =>
		decodeState(fragment.startsWith('sim=') ? fragment.slice('sim='.length) : fragment);

	test('is empty at Microsoft defaults: the page address alone opens them', () => {
		expect(shareFragment(createDefaultState())).toBe('');
	});

	test('is the short scenario link for every scenario as it loads, and opens the same state', () => {
		for (const preset of PRESETS) {
			const state = presetState(preset);
			expect(shareFragment(state), preset.id).toBe(`preset=${preset.id}`);
			expect(open(shareFragment(state)).state, preset.id).toEqual(state);
		}
	});

	test('carries the whole state once anything changed, and opens that state', () => {
		const preset = getPreset('one-sided-allow-list');
		expect(preset).toBeDefined();
		const changed = applyChange(presetState(preset!), 'A', 'allowFederatedUsers', false);
		const fragment = shareFragment(changed);
		expect(fragment).toMatch(/^sim=v\d+\./);
		expect(open(fragment).state).toEqual(changed);
	});
});
