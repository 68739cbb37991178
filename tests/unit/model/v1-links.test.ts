import { describe, expect, test } from 'vitest';
import {
	createDefaultState,
	decodeState,
	encodeState,
	evaluateMatrix,
	settingsWith,
	type OrgSide,
	type SimState,
} from '../../../src/model';
import fixture from '../../fixtures/v1-links.json';

/**
 * Share links made by the v1 codec before people and policies existed (tests/fixtures/gen-v1-links.ts,
 * generated from the code at commit 892a23a). Each must still open, give its user the same settings,
 * and the same matrix, except for cells a fact correction of issue 12 changed on purpose.
 */
interface Entry {
	name: string;
	link: string;
	saved: Record<OrgSide, Record<string, unknown>>;
	now: string;
	worstCase: string;
}
const { cells, states } = fixture as { cells: string[]; states: Entry[] };
const LETTER = { allowed: 'a', blocked: 'b', depends: 'd', pending: 'p' } as const;
const RICH_CHAT = [
	'mentionsByYou',
	'mentionsByThem',
	'screenShare',
	'editMessage',
	'deleteMessage',
	'giphy',
	'memesStickers',
];

/** Which correction explains a changed cell, or null when nothing does (a regression). */
function explained(entry: Entry, cell: string, before: string, after: string): string | null {
	const [, identity, capability] = cell.split(' ') as [string, string, string];
	const touched = (id: string) => id in entry.saved.A || id in entry.saved.B;
	// Issue 12 item 5, facts §2.1 footnote 3: TeamsOnly is now a stated assumption, not an unknown.
	if (identity === 'federated' && RICH_CHAT.includes(capability) && 'dp'.includes(before)) return 'fn3';
	// Facts C3: a custom policy's scope replaces the org lists; no more "depends" on precedence.
	if (identity === 'federated' && 'dp'.includes(before) && touched('userExternalOrgsScope')) return 'C3';
	// Facts §5: Meet now is a channel feature and needs the Groups guest-content switch.
	if (identity === 'guest' && capability === 'meetNow' && touched('groupsGuestAccessContent')) return '§5';
	// Facts §7.6: shared-channel membership needs SharePoint sharing that allows guests.
	if (identity === 'sharedChannel' && capability === 'accessTeamResources' && touched('spoOrgSharing'))
		return '§7.6';
	return before === after ? 'same' : null;
}

function settingsOfUser(state: SimState, side: OrgSide): Record<string, unknown> {
	const defaults = settingsWith(createDefaultState(), side, () => true) as Record<string, unknown>;
	const mine = settingsWith(state, side, () => true, state.orgs[side].people[0]?.policy ?? null);
	return Object.fromEntries(
		Object.entries(mine).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(defaults[k])),
	);
}

describe('old v1 share links (fixture from the code before codec v2)', () => {
	test('the fixture covers every preset and every setting', () => {
		expect(states.length).toBeGreaterThan(150);
		expect(states.every((s) => s.link.startsWith('v1.'))).toBe(true);
	});

	const changedBy: Record<string, number> = {};
	test.each(states.map((s) => [s.name, s] as const))(
		'%s opens with the same settings and results',
		(_n, entry) => {
			const { state, problems } = decodeState(entry.link);
			expect(problems).toEqual([]);
			expect({ A: settingsOfUser(state, 'A'), B: settingsOfUser(state, 'B') }).toEqual(entry.saved);
			for (const [view, expected] of [
				['now', entry.now],
				['worstCase', entry.worstCase],
			] as const) {
				const got = evaluateMatrix(state, view).map((c) => LETTER[c.outcome]);
				got.forEach((after, i) => {
					const before = expected[i] as string;
					const why = explained(entry, cells[i] as string, before, after);
					expect(why, `${view} ${cells[i]}: ${before} → ${after}`).not.toBeNull();
					if (before !== after) changedBy[why as string] = (changedBy[why as string] ?? 0) + 1;
				});
			}
			// Re-encoded, the state is a v2 link that opens to the same state.
			const again = encodeState(state);
			expect(again.startsWith('v2.')).toBe(true);
			expect(decodeState(again)).toEqual({ state, problems: [] });
		},
	);

	test('a v1 link with a per-user domain scope moves it to a custom policy of its user (facts C1, §3.3)', () => {
		const entry = states.find((s) => s.name.startsWith('A changes userExternalOrgsScope, a week'));
		const { state } = decodeState(entry?.link);
		expect(state.orgs.A.people[0]).toMatchObject({ user: 'adele', policy: 'Custom' });
		expect(state.orgs.A.settings.userExternalOrgsScope).toBe('OrganizationDefault');
		expect(state.changes.every((c) => c.policy === 'Custom')).toBe(true);
	});

	test('only the corrections changed cells, and the TeamsOnly one did change some', () => {
		expect(changedBy.fn3).toBeGreaterThan(0);
	});
});
