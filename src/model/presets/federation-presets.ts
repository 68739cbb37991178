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
		// Facts C1: adele's own custom policy turns external organizations off; Global and megan are untouched.
		{
			A: {
				policies: [{ name: 'NoExternal', settings: { userFederationAccess: false } }],
				people: [
					{ user: 'adele', policy: 'NoExternal', guestMember: false },
					{ user: 'megan', policy: null, guestMember: true },
				],
			},
		},
		[
			cell('federated', 'chat', 'blocked', ['fed.userPolicy', 'A']),
			cell('federated', 'meetingInvite', 'allowed', ['meeting.anonymousJoin', 'A']),
			cell('guest', 'chat', 'allowed'),
			cell('federated', 'chat', 'allowed', undefined, { people: { A: 'megan' } }),
		],
		['L2', 'P2'],
	),
	// Facts C1, C2, §3.3: block everyone except a few users, done right. The org allow list is empty
	// (AllowFederatedUsers stays on), Global is off, and the few get a custom policy with a domain scope.
	definePreset(
		'all-but-a-few',
		{
			A: {
				settings: { fedDomainMode: 'allowList', fedAllowedDomains: [], userFederationAccess: false },
				policies: [
					{
						name: 'ExternalPartners',
						settings: {
							userExternalOrgsScope: 'AllowSpecificExternalDomains',
							userAllowedExternalDomains: ['fabrikam.com'],
						},
					},
				],
				people: [
					{ user: 'adele', policy: null, guestMember: false },
					{ user: 'megan', policy: 'ExternalPartners', guestMember: true },
				],
			},
		},
		[
			cell('federated', 'chat', 'blocked', ['fed.userPolicy', 'A']),
			cell('federated', 'chat', 'allowed', undefined, { people: { A: 'megan' } }),
			cell('federated', 'chat', 'allowed', undefined, { people: { A: 'megan' }, direction: 'BtoA' }),
		],
		['P1', 'P2'],
	),
	// Facts C2: the same pattern with only EnableFederationAccess on the custom policy still follows the
	// empty org allow list (CommunicationWithExternalOrgs = OrganizationDefault), so it blocks everyone.
	definePreset(
		'all-but-a-few-switch-only',
		{
			A: {
				settings: { fedDomainMode: 'allowList', fedAllowedDomains: [], userFederationAccess: false },
				policies: [{ name: 'ExternalPartners', settings: { userFederationAccess: true } }],
				people: [
					{ user: 'adele', policy: null, guestMember: false },
					{ user: 'megan', policy: 'ExternalPartners', guestMember: true },
				],
			},
		},
		[
			cell('federated', 'chat', 'blocked', ['fed.userPolicy', 'A']),
			cell('federated', 'chat', 'blocked', ['fed.domainScope', 'A'], { people: { A: 'megan' } }),
		],
		['P1', 'P2'],
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
		{ B: { info: { teamsOnly: false } } },
		[
			cell('federated', 'chat', 'allowed'),
			cell('federated', 'mentionsByThem', 'blocked', ['fed.teamsOnly', 'B']),
			cell('federated', 'giphy', 'blocked', ['fed.teamsOnly', 'B']),
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
