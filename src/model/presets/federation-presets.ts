import { cell, definePreset } from './preset';

const BtoA = { direction: 'BtoA' } as const;

/** Presets for external access (federation) and unmanaged accounts, from simulator-anchors §8.1 and §12. */
export const FEDERATION_PRESETS = [
	definePreset(
		'one-sided-allow-list',
		{
			A: { settings: { fedDomainMode: 'allowList', fedAllowedDomains: ['fabrikam.com'] } },
			B: { settings: { fedDomainMode: 'allowList', fedAllowedDomains: ['northwind.com'] } },
		},
		[
			cell('federated', 'chat', 'blocked', ['fed.domainScope', 'B']),
			cell('federated', 'chat', 'blocked', ['fed.domainScope', 'B'], BtoA),
			cell('federated', 'meetingInvite', 'allowed', ['meeting.anonymousJoin', 'A']),
		],
		['L2', 'L3'],
	),
	definePreset(
		'empty-allowed-domains',
		{ A: { settings: { fedDomainMode: 'allowList', fedAllowedDomains: [] } } },
		[
			cell('federated', 'chat', 'blocked', ['fed.domainScope', 'A']),
			cell('federated', 'presenceShown', 'blocked', ['fed.domainScope', 'A'], BtoA),
		],
		['L2', 'P1'],
	),
	definePreset(
		'master-switch-off',
		{
			A: {
				settings: {
					allowFederatedUsers: false,
					fedDomainMode: 'allowList',
					fedAllowedDomains: ['fabrikam.com'],
				},
			},
		},
		[
			cell('federated', 'chat', 'blocked', ['fed.masterSwitch', 'A']),
			cell('federated', 'call', 'blocked', ['fed.masterSwitch', 'A'], BtoA),
		],
		['P1'],
	),
	definePreset(
		'user-policy-blocks',
		{ A: { settings: { userFederationAccess: false } } },
		[
			cell('federated', 'chat', 'blocked', ['fed.userPolicy', 'A']),
			cell('federated', 'meetingInvite', 'allowed', ['meeting.anonymousJoin', 'A']),
			cell('guest', 'chat', 'allowed'),
		],
		['L2', 'P2'],
	),
	definePreset(
		'unmanaged-inbound-off',
		{ A: { settings: { unmanagedInbound: false } } },
		[
			cell('unmanaged', 'chat', 'allowed'),
			cell('unmanaged', 'contactByThem', 'blocked', ['um.inbound', 'A']),
		],
		['L2', 'P1'],
	),
	definePreset(
		'not-teamsonly-recipient',
		{},
		[
			cell('federated', 'chat', 'allowed'),
			cell('federated', 'mentionsByThem', 'depends', ['fed.teamsOnly', null]),
			cell('federated', 'giphy', 'depends', ['fed.teamsOnly', null]),
		],
		['L1', 'L13'],
	),
	definePreset(
		'trial-tenant-blocked',
		{ B: { info: { trialOnly: true } } },
		[
			cell('federated', 'chat', 'blocked', ['fed.trialTenants', 'A']),
			cell('federated', 'chat', 'blocked', ['fed.trialTenants', 'A'], BtoA),
		],
		['P1', 'L2'],
	),
	definePreset(
		'blocked-user',
		{ A: { settings: { fedBlockedUsersEnabled: true, fedBlockedUsers: ['ben@fabrikam.com'] } } },
		[cell('federated', 'chat', 'blocked', ['fed.blockedUsers', 'A'])],
		['P3'],
	),
	definePreset(
		'blocked-domain-joins-anonymously',
		{ A: { settings: { fedDomainMode: 'blockList', fedBlockedDomains: ['fabrikam.com'] } } },
		[
			cell('federated', 'chat', 'blocked', ['fed.domainScope', 'A']),
			cell('federated', 'meetingInvite', 'allowed', ['meeting.anonymousJoin', 'A']),
		],
		['L2', 'P9'],
	),
	definePreset(
		'subdomain-not-blocked',
		{
			A: { settings: { fedDomainMode: 'blockList', fedBlockedDomains: ['fabrikam.com'] } },
			B: { info: { domain: 'sales.fabrikam.com' } },
		},
		[cell('federated', 'chat', 'allowed')],
		['P1', 'L2'],
	),
	definePreset(
		'partner-settings-unknown',
		{ B: { info: { known: false } } },
		[cell('federated', 'chat', 'depends', ['fed.masterSwitch', 'B']), cell('guest', 'chat', 'allowed')],
		['L3'],
	),
];
