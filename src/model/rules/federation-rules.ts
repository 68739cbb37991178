import { asList, findDomain, uncoveredParent } from './domain-match';
import { rule, verdict, type OrgView, type RuleDef, type Verdict } from './rule';
import type { SettingId } from '../settings';

interface ScopeResult {
	readonly allowed: boolean;
	readonly key: string;
	readonly params: Readonly<Record<string, string>>;
}

const ORG_SCOPE_READS: readonly SettingId[] = [
	'fedDomainMode',
	'fedAllowedDomains',
	'fedBlockedDomains',
	'fedBlockAllSubdomains',
];
const USER_SCOPE_READS: readonly SettingId[] = [
	'userExternalOrgsScope',
	'userAllowedExternalDomains',
	'userBlockedExternalDomains',
];

/** The organization's domain list decision for `domain` (facts §7.1, `match scope`). */
function orgScope(self: OrgView, domain: string): ScopeResult {
	const s = self.settings;
	const subdomains = s.fedBlockAllSubdomains === true;
	const blocked = asList(s.fedBlockedDomains);
	switch (s.fedDomainMode) {
		case 'allowList': {
			const allowed = asList(s.fedAllowedDomains);
			if (allowed.length === 0)
				return { allowed: false, key: 'reason.fedAllowListEmpty', params: { domain } };
			return allowed.includes(domain)
				? { allowed: true, key: 'reason.fedDomainAllowed', params: { domain } }
				: { allowed: false, key: 'reason.fedDomainNotAllowed', params: { domain } };
		}
		case 'blockAll':
			return { allowed: false, key: 'reason.fedBlockAll', params: { domain } };
		default: {
			// "Allow all" and "Block only specific" both allow everything not on the block list.
			const hit = findDomain(blocked, domain, subdomains);
			if (hit !== undefined)
				return { allowed: false, key: 'reason.fedDomainBlocked', params: { domain, entry: hit } };
			const parent = subdomains ? undefined : uncoveredParent(blocked, domain);
			if (parent !== undefined)
				return { allowed: true, key: 'reason.fedSubdomainNotCovered', params: { domain, entry: parent } };
			return { allowed: true, key: 'reason.fedDomainNotBlocked', params: { domain } };
		}
	}
}

/** The user's own domain scope from a custom external access policy (facts §3.3). */
function userScope(self: OrgView, domain: string): ScopeResult {
	const s = self.settings;
	switch (s.userExternalOrgsScope) {
		case 'AllowAllExternalDomains':
			return { allowed: true, key: 'reason.userScopeAllowAll', params: { domain } };
		case 'AllowSpecificExternalDomains':
			return asList(s.userAllowedExternalDomains).includes(domain)
				? { allowed: true, key: 'reason.userScopeAllowed', params: { domain } }
				: { allowed: false, key: 'reason.userScopeNotAllowed', params: { domain } };
		case 'BlockSpecificExternalDomains':
			return asList(s.userBlockedExternalDomains).includes(domain)
				? { allowed: false, key: 'reason.userScopeBlocked', params: { domain } }
				: { allowed: true, key: 'reason.userScopeNotBlocked', params: { domain } };
		default:
			return { allowed: false, key: 'reason.userScopeBlockAll', params: { domain } };
	}
}

function fromScope(r: ScopeResult, reads: readonly SettingId[], subject: string): Verdict {
	return verdict(r.allowed ? 'passed' : 'failed', r.key, reads, r.params, subject);
}

/** Federation rules: one organization's half of `permits()` in facts §7.1. */
export const FEDERATION_RULES: readonly RuleDef[] = [
	rule('fed.masterSwitch', 'externalAccess', 'P1', (self) =>
		self.settings.allowFederatedUsers === true
			? verdict('passed', 'reason.fedMasterOn', ['allowFederatedUsers'], { org: self.name })
			: verdict('failed', 'reason.fedMasterOff', ['allowFederatedUsers'], { org: self.name }),
	),
	rule('fed.userPolicy', 'userPolicy', 'P2', (self) =>
		self.settings.userFederationAccess === true
			? verdict('passed', 'reason.fedUserPolicyOn', ['userFederationAccess'], { org: self.name })
			: verdict('failed', 'reason.fedUserPolicyOff', ['userFederationAccess'], { org: self.name }),
	),
	rule('fed.trialTenants', 'externalAccess', 'P1', (self, other) => {
		const reads: SettingId[] = ['fedTrialTenants', 'fedAllowedTrialDomains'];
		const params = { org: other.name, domain: other.domain };
		if (!other.trialOnly) return verdict('skipped', 'reason.trialNotApplicable', reads, params);
		if (self.settings.fedTrialTenants === 'Allowed')
			return verdict('passed', 'reason.trialAllowed', reads, params);
		return asList(self.settings.fedAllowedTrialDomains).includes(other.domain)
			? verdict('passed', 'reason.trialDomainListed', reads, params, other.domain)
			: verdict('failed', 'reason.trialBlocked', reads, params, other.domain);
	}),
	rule('fed.blockedUsers', 'externalAccess', 'P3', (self, other) => {
		const reads: SettingId[] = ['fedBlockedUsersEnabled', 'fedBlockedUsers'];
		const params = { address: other.address };
		if (self.settings.fedBlockedUsersEnabled !== true)
			return verdict('skipped', 'reason.blockedUsersOff', reads, params, other.address);
		return asList(self.settings.fedBlockedUsers).includes(other.address)
			? verdict('failed', 'reason.userBlocked', reads, params, other.address)
			: verdict('passed', 'reason.userNotBlocked', reads, params, other.address);
	}),
	rule('fed.domainScope', 'externalAccess', 'L2', (self, other) => {
		const org = orgScope(self, other.domain);
		if (self.settings.userExternalOrgsScope === 'OrganizationDefault')
			return fromScope(org, [...ORG_SCOPE_READS, 'userExternalOrgsScope'], other.domain);
		const reads = [...ORG_SCOPE_READS, ...USER_SCOPE_READS];
		const user = userScope(self, other.domain);
		if (user.allowed === org.allowed) return fromScope(user, reads, other.domain);
		// Facts §3.3: how a custom policy's domain scope combines with the org lists is unconfirmed.
		return verdict(
			'unknown',
			'unknown.scopePrecedence',
			reads,
			{
				domain: other.domain,
				user: user.allowed ? 'allowed' : 'blocked',
				org: org.allowed ? 'allowed' : 'blocked',
			},
			other.domain,
		);
	}),
	rule('fed.teamsOnly', 'capabilityTable', 'L13', () => verdict('unknown', 'unknown.teamsOnly', [])),
];
