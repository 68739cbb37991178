import { describe, expect, test } from 'vitest';
import {
	advanceClock,
	applyChange,
	getPreset,
	presetState,
	PRESETS,
	puzzleAnswer,
	puzzleOf,
	puzzles,
	puzzleScore,
	puzzleStatus,
	PUZZLE_SPARE_CHANGES,
	type Puzzle,
	type SimState,
} from '../../../src/model';

const puzzleFor = (id: string): Puzzle => {
	const preset = getPreset(id);
	const puzzle = preset && puzzleOf(preset);
	if (!puzzle) throw new Error(`${id} is not a puzzle`);
	return puzzle;
};
const start = (p: Puzzle): SimState => presetState(getPreset(p.presetId)!);

describe('"find the one setting" puzzles', () => {
	test('most symptom presets make a puzzle, each with a blocked target and room for spare changes', () => {
		const all = puzzles();
		expect(all.length).toBeGreaterThanOrEqual(12);
		for (const p of all) {
			expect(p.fewest).toBe(1);
			expect(p.limit).toBe(1 + PUZZLE_SPARE_CHANGES);
			expect(puzzleStatus(start(p), p).solved, p.presetId).toBe(false);
		}
	});

	test('presets that teach "defaults cause it" or "it is only waiting" are not puzzles', () => {
		const ids = puzzles().map((p) => p.presetId);
		// Nothing to fix in these: the symptom is the defaults, an unknown, or a change still on its way.
		for (const id of ['not-teamsonly-recipient', 'partner-settings-unknown', 'guest-toggle-pending'])
			expect(ids).not.toContain(id);
		expect(PRESETS.length).toBeGreaterThan(ids.length);
	});

	// The one change an admin would make, on which side; it must solve the puzzle.
	test.each([
		['master-switch-off', 'A', 'allowFederatedUsers', true],
		['empty-allowed-domains', 'A', 'fedDomainMode', 'allowAll'],
		['one-sided-allow-list', 'B', 'fedDomainMode', 'allowAll'],
		['trial-tenant-blocked', 'A', 'fedTrialTenants', 'Allowed'],
		['guest-switch-off', 'A', 'guestAccess', true],
		['groups-guest-content-off', 'A', 'groupsGuestAccessContent', true],
		['existing-guests-locked-out', 'A', 'crossTenantB2bCollabInbound', 'allow'],
		['shared-channel-xtap-one-side', 'B', 'crossTenantDcOutbound', 'allow'],
	] as const)('%s is solved by %s setting %s to %o', (id, side, setting, value) => {
		const p = puzzleFor(id);
		const after = applyChange(start(p), side, setting, value);
		expect(puzzleStatus(after, p).solved).toBe(true);
	});

	test.each([
		['master-switch-off', 'B', 'allowFederatedUsers', false],
		['guest-switch-off', 'A', 'userFederationAccess', false],
		['one-sided-allow-list', 'A', 'fedDomainMode', 'allowAll'],
	] as const)(
		'%s is not solved by %s setting %s to %o (wrong setting or wrong side)',
		(id, side, setting, value) => {
			const p = puzzleFor(id);
			expect(puzzleStatus(applyChange(start(p), side, setting, value), p).solved).toBe(false);
		},
	);

	test('a solution counts as soon as it is saved, and says how long until it surely works', () => {
		const p = puzzleFor('master-switch-off');
		const saved = applyChange(start(p), 'A', 'allowFederatedUsers', true);
		const status = puzzleStatus(saved, p);
		expect(status.effectiveIn?.max).toBe(24 * 60);
		expect(status.effectiveIn?.typical).toBeGreaterThan(0);
		expect(status.effectiveIn?.typical).toBeLessThan(24 * 60);
		// A day later it works now, with nothing left to wait for.
		expect(puzzleStatus(advanceClock(saved, 24 * 60), p).effectiveIn).toEqual({ typical: 0, max: 0 });
	});

	test('every puzzle is solved by its own answer, which is one change', () => {
		for (const p of puzzles()) {
			const answer = puzzleAnswer(p);
			expect(answer, p.presetId).toHaveLength(1);
			// The answer a puzzle carries to the browser is the one found again from its preset.
			expect(p.answer, p.presetId).toEqual(answer);
			const solved = answer.reduce((s, c) => applyChange(s, c.side, c.setting, c.value, c.policy), start(p));
			expect(puzzleStatus(solved, p).solved, p.presetId).toBe(true);
		}
	});

	test('user-policy-blocks (facts C1) is solved in adele’s own custom policy, not in Global', () => {
		const p = puzzleFor('user-policy-blocks');
		expect(puzzleAnswer(p)).toEqual([
			{ side: 'A', setting: 'userFederationAccess', value: true, policy: 'NoExternal' },
		]);
		expect(puzzleStatus(applyChange(start(p), 'A', 'userFederationAccess', true), p).solved).toBe(false);
		const fixed = applyChange(start(p), 'A', 'userFederationAccess', true, 'NoExternal');
		expect(puzzleStatus(fixed, p).solved).toBe(true);
	});

	test('an unknown preset has no answer rather than a crash', () => {
		expect(puzzleAnswer({ ...puzzleFor('master-switch-off'), presetId: 'no-such-preset' })).toEqual([]);
	});

	test.each([
		[1, true, 100],
		[2, true, 75],
		[3, true, 50],
		[4, true, 0], // over the limit of three
		[1, false, 0],
		[0, false, 0],
	])('%i change(s), solved %s: score %i', (changes, solved, score) => {
		expect(puzzleScore(puzzleFor('guest-switch-off'), changes, solved)).toBe(score);
	});
});
