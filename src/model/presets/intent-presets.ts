import { cell, definePreset } from './preset';

const worst = { view: 'worstCase' } as const;
const partnerOnly = ['fabrikam.com'];

/**
 * Presets named by intent (issue 14): Contoso configured to a security baseline, or wide open. They
 * show what each baseline costs; the baselines panel gives the verdicts. Blocked expectations use the
 * worst-case view, so these do not become "find the one setting" puzzles.
 */
export const INTENT_PRESETS = [
	definePreset(
		'intent-cis-l1',
		{
			A: { settings: { unmanagedOutbound: false, unmanagedInbound: false, spoOrgSharing: 'newAndExisting' } },
		},
		[
			cell('unmanaged', 'chat', 'blocked', ['um.outbound', 'A'], worst),
			cell('federated', 'chat', 'allowed'),
			cell('guest', 'chat', 'allowed'),
		],
		['C1', 'L2'],
	),
	definePreset(
		'intent-cis-l2',
		{
			A: {
				settings: {
					unmanagedOutbound: false,
					unmanagedInbound: false,
					spoOrgSharing: 'newAndExisting',
					fedDomainMode: 'allowList',
					fedAllowedDomains: partnerOnly,
					anonymousJoin: false,
					entraGuestInvite: 'adminsOnly',
					entraCollabRestrictions: 'allowSpecified',
					entraCollabDomains: partnerOnly,
				},
			},
		},
		[
			cell('guest', 'addAsGuest', 'blocked', ['guest.invite', 'A'], worst),
			cell('federated', 'chat', 'allowed'),
		],
		['C1', 'L2', 'L17'],
	),
	definePreset(
		'intent-scuba',
		{
			A: {
				settings: {
					fedDomainMode: 'allowList',
					fedAllowedDomains: partnerOnly,
					unmanagedOutbound: false,
					entraGuestInvite: 'adminsOnly',
					entraCollabRestrictions: 'allowSpecified',
					entraCollabDomains: partnerOnly,
					spoOrgSharing: 'existing',
				},
			},
		},
		[
			cell('unmanaged', 'chat', 'blocked', ['um.outbound', 'A'], worst),
			cell('guest', 'addAsGuest', 'blocked', ['guest.invite', 'A'], worst),
			cell('federated', 'chat', 'allowed'),
		],
		['X1', 'L2'],
	),
	definePreset(
		'intent-open',
		{
			A: { settings: { crossTenantDcInbound: 'allow', crossTenantDcOutbound: 'allow' } },
			B: { settings: { crossTenantDcInbound: 'allow', crossTenantDcOutbound: 'allow' } },
		},
		[
			cell('sharedChannel', 'accessTeamResources', 'allowed'),
			cell('federated', 'chat', 'allowed'),
			cell('guest', 'chat', 'allowed'),
		],
		['L11', 'L4'],
	),
];
