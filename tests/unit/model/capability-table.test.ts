import { describe, expect, test } from 'vitest';
import {
	createDefaultState,
	applyChange,
	evaluateCell,
	setOrgInfo,
	CAPABILITIES,
	DIRECTIONS,
	type CellResult,
	sourceUrl,
} from '../../../src/model';

/**
 * Facts §2.1, transcribed by hand: the ext and guest columns with their footnotes, and for guest rows
 * marked ⁵ the Guest access setting that turns the row off (facts §3.5).
 */
const TABLE: readonly [row: string, ext: string, guest: string, guestSetting?: [string, unknown]][] = [
	['chat', 'Yes', 'Yes', ['guestChat', false]],
	['call', 'Yes', 'Yes', ['guestPrivateCalls', false]],
	['presence_lookup', 'Yes', 'Yes¹'],
	['search_other_orgs', 'Yes²', 'No'],
	['share_files', 'setting', 'Yes'],
	['see_ooo', 'No', 'Yes'],
	['block_person', 'Yes', 'Yes'],
	['mentions_by_you', 'Yes³', 'Yes'],
	['access_team_resources', 'No', 'Yes'],
	['group_chat', 'Yes', 'Yes'],
	['meeting_invite', 'Yes', 'Yes'],
	['private_calls', 'Yes', 'Yes⁵', ['guestPrivateCalls', false]],
	['see_dialin_numbers', 'No⁴', 'Yes'],
	['ip_video', 'Yes', 'Yes⁵', ['guestVideo', false]],
	['screen_share', 'Yes³', 'Yes⁵', ['guestScreenSharing', 'Disabled']],
	['meet_now', 'No', 'Yes⁵', ['guestMeetNow', false]],
	['edit_message', 'Yes³', 'Yes⁵', ['guestEditMessages', false]],
	['delete_message', 'Yes³', 'Yes⁵', ['guestDeleteMessages', false]],
	['giphy', 'Yes³', 'Yes⁵', ['guestGiphy', false]],
	['memes_stickers', 'Yes³', 'Yes⁵', ['guestMemes', false]],
	['presence_shown', 'Yes', 'Yes'],
	['mentions_by_them', 'Yes³', 'Yes'],
];

/** What each table cell means on Microsoft's defaults. */
const MEANING: Record<string, CellResult['outcome']> = {
	Yes: 'allowed',
	'Yes¹': 'allowed',
	'Yes²': 'allowed',
	// Only between two TeamsOnly users (footnote 3); the simulator assumes TeamsOnly and says so (issue 12).
	'Yes³': 'allowed',
	'Yes⁵': 'allowed',
	No: 'blocked',
	'No⁴': 'blocked',
	setting: 'blocked', // FileSharingInChatswithExternalUsers is documented as Disabled since Nov 2025
};

const capabilityOf = (row: string) => {
	const cap = CAPABILITIES.find((c) => c.factsRow === row);
	if (!cap) throw new Error(`no capability for facts row ${row}`);
	return cap.id;
};

describe('capability table (facts §2.1)', () => {
	test('every row of the facts table is a capability', () => {
		const rows = CAPABILITIES.flatMap((c) => (c.factsRow ? [c.factsRow] : []));
		expect(rows.sort()).toEqual(TABLE.map((r) => r[0]).sort());
	});

	describe.each(DIRECTIONS)('in direction %s, on Microsoft defaults', (direction) => {
		const state = createDefaultState();
		test.each(TABLE)('%s: external access user %s, guest %s', (row, ext, guest) => {
			const cap = capabilityOf(row);
			expect(evaluateCell(state, direction, 'federated', cap).outcome).toBe(MEANING[ext]);
			expect(evaluateCell(state, direction, 'guest', cap).outcome).toBe(MEANING[guest]);
		});
	});

	test.each(TABLE.filter((r) => r[2] === 'Yes⁵' || r[3]))(
		'%s for guests can be turned off on the Guest access page',
		(row, _e, _g, setting) => {
			const [id, off] = setting ?? ['', ''];
			const state = applyChange(createDefaultState(), 'A', id, off);
			const result = evaluateCell(state, 'AtoB', 'guest', capabilityOf(row), 'worstCase');
			expect(result.outcome).toBe('blocked');
			const decisive = result.checks[result.decisive ?? -1];
			expect(decisive?.reads).toContainEqual({ side: 'A', setting: id });
		},
	);

	test('footnote 3: the TeamsOnly assumption is in the trace, a non-TeamsOnly side blocks, an unknown side depends', () => {
		const result = evaluateCell(createDefaultState(), 'AtoB', 'federated', 'giphy');
		expect(result.checks.filter((c) => c.ruleId === 'fed.teamsOnly').map((c) => c.reason.key)).toEqual([
			'reason.teamsOnlyAssumed',
			'reason.teamsOnlyAssumed',
		]);
		const sfb = setOrgInfo(createDefaultState(), 'B', { teamsOnly: false });
		const blocked = evaluateCell(sfb, 'AtoB', 'federated', 'giphy');
		expect(blocked.outcome).toBe('blocked');
		expect(blocked.checks[blocked.decisive]).toMatchObject({ ruleId: 'fed.teamsOnly', side: 'B' });
		expect(evaluateCell(sfb, 'AtoB', 'federated', 'chat').outcome).toBe('allowed');
		const unknown = setOrgInfo(createDefaultState(), 'B', { known: false });
		expect(evaluateCell(unknown, 'AtoB', 'federated', 'giphy').unknowns.map((u) => u.key)).toContain(
			'unknown.teamsOnly',
		);
	});

	test('file sharing with external users turned on is "depends", because the UX is unconfirmed', () => {
		const state = applyChange(createDefaultState(), 'A', 'externalChatFileSharing', 'Enabled');
		const result = evaluateCell(state, 'AtoB', 'federated', 'shareFiles', 'worstCase');
		expect(result.outcome).toBe('depends');
		expect(result.unknowns[0]?.key).toBe('unknown.externalFileSharing');
	});

	test('memes and stickers for guests are one row: turning off stickers alone blocks it too', () => {
		const state = applyChange(createDefaultState(), 'A', 'guestStickers', false);
		expect(evaluateCell(state, 'AtoB', 'guest', 'memesStickers', 'worstCase').outcome).toBe('blocked');
	});

	test('every cell carries a source URL and the verified date on every check', () => {
		for (const direction of DIRECTIONS)
			for (const cap of CAPABILITIES) {
				const r = evaluateCell(createDefaultState(), direction, 'federated', cap.id);
				for (const c of r.checks) {
					expect(sourceUrl(c.source.key)).toMatch(/^https:\/\//);
					expect(c.verified).toBe('2026-12-03');
				}
			}
	});
});
