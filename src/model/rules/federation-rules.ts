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
	// Facts C1: the person's own policy (Global or a custom one) decides, not "the Global policy".
	rule('fed.userPolicy', 'userPolicy', 'P2', (self) => {
		const on = self.settings.userFederationAccess === true;
		const params = { org: self.name, user: self.address, policy: self.policy ?? 'Global' };
		return self.policy === null
			? verdict(
					on ? 'passed' : 'failed',
					on ? 'reason.fedUserPolicyOn' : 'reason.fedUserPolicyOff',
					['userFederationAccess'],
					params,
				)
			: verdict(
					on ? 'passed' : 'failed',
					on ? 'reason.fedCustomPolicyOn' : 'reason.fedCustomPolicyOff',
					['userFederationAccess'],
					params,
				);
	}),
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
		if (self.settings.userExternalOrgsScope === 'OrganizationDefault')
			return fromScope(
				orgScope(self, other.domain),
				[...ORG_SCOPE_READS, 'userExternalOrgsScope'],
				other.domain,
			);
		// Facts C3 (MC1150123 with P2's OrganizationDefault): a custom policy's scope replaces the org
		// lists under the master switch; "Block all" blocks. C4: some tenants may also need CustomizeFederation.
		const user = userScope(self, other.domain);
		return verdict(
			user.allowed ? 'passed' : 'failed',
			user.key,
			USER_SCOPE_READS,
			{ ...user.params, policy: self.policy ?? 'Global' },
			other.domain,
		);
	}),
	// Facts §2.1 footnote 3 and §2.3: rich chat needs both users in TeamsOnly mode (native chat). The
	// simulator assumes TeamsOnly unless the organization says otherwise; run once per side.
	rule('fed.teamsOnly', 'capabilityTable', 'L13', (self) => {
		const params = { org: self.name };
		if (!self.known) return verdict('unknown', 'unknown.teamsOnly', [], params);
		return self.teamsOnly
			? verdict('passed', 'reason.teamsOnlyAssumed', [], params)
			: verdict('failed', 'reason.notTeamsOnly', [], params);
	}),
];
