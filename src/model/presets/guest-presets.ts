import { cell, definePreset } from './preset';

/** Presets for guest access and shared channels, from simulator-anchors §8.2, §8.3 and §12. */
export const GUEST_PRESETS = [
	definePreset(
		'guest-files-denied',
		{ A: { settings: { spoOrgSharing: 'onlyOrg' } } },
		[
			cell('guest', 'accessTeamResources', 'allowed'),
			cell('guest', 'channelFiles', 'blocked', ['guest.sharepointSite', 'A']),
			cell('guest', 'chat', 'allowed'),
		],
		['L4', 'L5'],
	),
	definePreset(
		'groups-guest-content-off',
		{ A: { settings: { groupsGuestAccessContent: false } } },
		[
			cell('guest', 'accessTeamResources', 'blocked', ['guest.groupContent', 'A']),
			cell('guest', 'chat', 'allowed'),
		],
		['L4', 'L5'],
	),
	definePreset(
		'owner-cant-invite-new',
		{ A: { settings: { entraGuestInvite: 'adminsOnly' } } },
		[
			cell('guest', 'addAsGuest', 'blocked', ['guest.invite', 'A']),
			cell('guest', 'accessTeamResources', 'allowed'),
		],
		['L4', 'L9'],
	),
	definePreset(
		'invite-domain-restricted',
		{ A: { settings: { entraCollabRestrictions: 'denySpecified', entraCollabDomains: ['fabrikam.com'] } } },
		[
			cell('guest', 'addAsGuest', 'blocked', ['guest.collabRestrictions', 'A']),
			cell('guest', 'chat', 'allowed'),
		],
		['L4', 'L17'],
	),
	definePreset(
		'existing-guests-locked-out',
		{ A: { settings: { crossTenantB2bCollabInbound: 'block' } } },
		[cell('guest', 'chat', 'blocked', ['guest.crossTenantInbound', 'A'])],
		['L16'],
	),
	definePreset(
		'guest-switch-off',
		{ A: { settings: { guestAccess: false } } },
		[
			cell('guest', 'addAsGuest', 'blocked', ['guest.teamsSwitch', 'A']),
			cell('federated', 'chat', 'allowed'),
		],
		['L4', 'L10'],
	),
	definePreset(
		'guest-toggle-pending',
		{
			A: { settings: { guestAccess: false } },
			changes: [{ at: 0, side: 'A', setting: 'guestAccess', value: true }],
			clock: 60,
		},
		[
			cell('guest', 'addAsGuest', 'pending', ['guest.teamsSwitch', 'A']),
			cell('guest', 'chat', 'pending'),
			cell('guest', 'chat', 'allowed', undefined, { view: 'typical' }),
			cell('guest', 'chat', 'allowed', undefined, { view: 'worstCase' }),
		],
		['L4', 'L5'],
	),
	// Facts C5: owners can no longer add guests; a guest already in the team keeps team and file access.
	definePreset(
		'owners-cant-add-existing-stays',
		{ A: { settings: { groupsOwnersAddGuests: false } } },
		[
			cell('guest', 'accessTeamResources', 'blocked', ['guest.ownersAddGuests', 'A']),
			cell('guest', 'addAsGuest', 'blocked', ['guest.ownersAddGuests', 'A']),
			cell('guest', 'accessTeamResources', 'allowed', undefined, { people: { B: 'bianca' } }),
			cell('guest', 'channelFiles', 'allowed', undefined, { people: { B: 'bianca' } }),
			cell('guest', 'meetNow', 'allowed', undefined, { people: { B: 'bianca' } }),
		],
		['L4', 'L5'],
	),
	definePreset(
		'label-blocks-guests',
		{ A: { settings: { teamLabel: 'blocksGuests' } } },
		[
			cell('guest', 'addAsGuest', 'blocked', ['guest.teamLabel', 'A']),
			cell('guest', 'accessTeamResources', 'blocked', ['guest.teamLabel', 'A']),
			// Facts C5: the label stops adding guests; bianca is already a member and keeps access.
			cell('guest', 'accessTeamResources', 'allowed', undefined, { people: { B: 'bianca' } }),
		],
		['L15'],
	),
	definePreset(
		'shared-channel-off-by-default',
		{},
		[
			cell('sharedChannel', 'accessTeamResources', 'blocked', ['sc.dcInbound', 'A']),
			cell('federated', 'chat', 'allowed'),
			cell('guest', 'accessTeamResources', 'allowed'),
		],
		['L12', 'L11'],
	),
	definePreset(
		'shared-channel-xtap-one-side',
		{ A: { settings: { crossTenantDcInbound: 'allow' } } },
		[
			cell('sharedChannel', 'accessTeamResources', 'blocked', ['sc.dcOutbound', 'B']),
			cell('sharedChannel', 'accessTeamResources', 'blocked', ['sc.dcInbound', 'B'], { direction: 'BtoA' }),
		],
		['L11', 'L4'],
	),
];
