import { describe, expect, test } from 'vitest';
import { applyChange, createDefaultState, evaluateCell, type SimState } from '../../../src/model';

const at = (s: SimState, capability: string) => evaluateCell(s, 'AtoB', 'guest', capability, 'worstCase');
const set = (changes: [string, unknown][]) =>
	changes.reduce<SimState>((s, [id, v]) => applyChange(s, 'A', id, v), createDefaultState());

/**
 * Facts §5.1, transcribed: each configuration (others at defaults) and what the admin sees, as
 * expected outcomes for a new guest (addAsGuest), an existing guest's chat, team access and files.
 */
const ROWS: readonly {
	config: string;
	changes: [string, unknown][];
	addAsGuest?: string;
	chat?: string;
	team?: string;
	files?: string;
}[] = [
	{
		config: 'Teams "Guest access" off',
		changes: [['guestAccess', false]],
		addAsGuest: 'blocked',
		chat: 'blocked',
	},
	{
		config: 'Entra invite = only admin roles',
		changes: [['entraGuestInvite', 'adminsOnly']],
		addAsGuest: 'blocked',
		team: 'allowed',
	},
	{
		config: 'Entra invite = no one',
		changes: [['entraGuestInvite', 'noOne']],
		addAsGuest: 'blocked',
		chat: 'allowed',
		team: 'allowed',
	},
	{
		config: 'collaboration restrictions deny the partner domain',
		changes: [
			['entraCollabRestrictions', 'denySpecified'],
			['entraCollabDomains', ['fabrikam.com']],
		],
		addAsGuest: 'blocked',
		chat: 'allowed',
	},
	{
		config: 'collaboration restrictions allow only other domains',
		changes: [
			['entraCollabRestrictions', 'allowSpecified'],
			['entraCollabDomains', ['northwind.com']],
		],
		addAsGuest: 'blocked',
		chat: 'allowed',
	},
	{
		config: 'cross-tenant inbound B2B collaboration blocked',
		changes: [['crossTenantB2bCollabInbound', 'block']],
		chat: 'blocked',
		team: 'blocked',
	},
	{
		config: 'Groups "let owners add guests" off',
		changes: [['groupsOwnersAddGuests', false]],
		addAsGuest: 'blocked',
		team: 'blocked',
	},
	{
		config: 'Groups "guests access content" off',
		changes: [['groupsGuestAccessContent', false]],
		team: 'blocked',
		chat: 'allowed',
	},
	{
		config: 'SharePoint org = only your organization',
		changes: [['spoOrgSharing', 'onlyOrg']],
		team: 'allowed',
		chat: 'allowed',
		files: 'blocked',
	},
	{
		config: 'SharePoint site = only your organization',
		changes: [['spoSiteSharing', 'onlyOrg']],
		team: 'allowed',
		files: 'blocked',
	},
	{
		config: 'SharePoint = existing guests (unconfirmed)',
		changes: [['spoOrgSharing', 'existing']],
		files: 'depends',
	},
	{
		config: 'sensitivity label without external user access',
		changes: [['teamLabel', 'blocksGuests']],
		addAsGuest: 'blocked',
		team: 'blocked',
	},
	{
		config: 'defaults',
		changes: [],
		addAsGuest: 'allowed',
		chat: 'allowed',
		team: 'allowed',
		files: 'allowed',
	},
];

describe('guest symptom matrix (facts §5.1)', () => {
	test.each(ROWS)('$config', ({ changes, addAsGuest, chat, team, files }) => {
		const s = set(changes);
		if (addAsGuest) expect(at(s, 'addAsGuest').outcome, 'add a new guest').toBe(addAsGuest);
		if (chat) expect(at(s, 'chat').outcome, 'chat with an existing guest').toBe(chat);
		if (team) expect(at(s, 'accessTeamResources').outcome, 'team and channels').toBe(team);
		if (files) expect(at(s, 'channelFiles').outcome, 'channel files').toBe(files);
	});

	test('the organization sharing level caps a more permissive team site', () => {
		const s = set([
			['spoOrgSharing', 'onlyOrg'],
			['spoSiteSharing', 'anyone'],
		]);
		const r = at(s, 'channelFiles');
		expect(r.checks[r.decisive ?? -1]?.reason.key).toBe('reason.spoOnlyOrg.org');
	});

	test('the guest can be added and chat in channels while the Files tab fails', () => {
		const s = set([['spoOrgSharing', 'onlyOrg']]);
		expect([
			at(s, 'addAsGuest').outcome,
			at(s, 'accessTeamResources').outcome,
			at(s, 'channelFiles').outcome,
		]).toEqual(['allowed', 'allowed', 'blocked']);
	});

	test('sharing files in chat with a guest follows the SharePoint organization level', () => {
		expect(at(set([['spoOrgSharing', 'onlyOrg']]), 'shareFiles').outcome).toBe('blocked');
		expect(at(set([['spoSiteSharing', 'onlyOrg']]), 'shareFiles').outcome).toBe('allowed');
	});

	test('Meet now in channels needs team membership as well as its own setting', () => {
		expect(at(set([['guestMeetNow', false]]), 'meetNow').outcome).toBe('blocked');
		expect(at(set([['teamLabel', 'blocksGuests']]), 'meetNow').outcome).toBe('blocked');
	});
});

describe('shared channels (facts §7.6)', () => {
	const sc = (s: SimState, capability: string, direction: 'AtoB' | 'BtoA' = 'AtoB') =>
		evaluateCell(s, direction, 'sharedChannel', capability, 'worstCase');
	const open = () =>
		applyChange(
			applyChange(createDefaultState(), 'A', 'crossTenantDcInbound', 'allow'),
			'B',
			'crossTenantDcOutbound',
			'allow',
		);

	test('B2B direct connect is blocked by default', () => {
		expect(sc(createDefaultState(), 'accessTeamResources').outcome).toBe('blocked');
	});

	test('your inbound and their outbound open the channel in one direction only', () => {
		const s = open();
		expect(sc(s, 'accessTeamResources').outcome).toBe('allowed');
		expect(sc(s, 'accessTeamResources', 'BtoA').outcome).toBe('blocked');
	});

	test.each([
		['A', 'channelsInviteExternal'],
		['A', 'channelsCreateShared'],
		['B', 'channelsJoinExternal'],
		['A', 'groupsOwnersAddGuests'],
	] as const)('the %s policy %s off stops the shared channel', (side, id) => {
		expect(sc(applyChange(open(), side, id, false), 'accessTeamResources').outcome).toBe('blocked');
	});

	test('channel files also need SharePoint to allow guests', () => {
		expect(sc(open(), 'channelFiles').outcome).toBe('allowed');
		expect(sc(applyChange(open(), 'A', 'spoSiteSharing', 'onlyOrg'), 'channelFiles').outcome).toBe('blocked');
	});

	test('presence needs external access as well, and meetings fall back to anonymous join', () => {
		const s = applyChange(open(), 'A', 'fedDomainMode', 'blockAll');
		expect(sc(s, 'presenceShown').outcome).toBe('blocked');
		expect(sc(s, 'meetingInvite').outcome).toBe('allowed');
		expect(sc(open(), 'presenceShown').outcome).toBe('allowed');
	});

	test('rows Microsoft does not document for shared-channel members are "depends"', () => {
		expect(sc(open(), 'giphy').outcome).toBe('depends');
		expect(sc(open(), 'giphy').unknowns[0]?.key).toBe('unknown.undocumented');
	});
});
