/**
 * Per-user custom external access policies (`Tag:` policies) that reopen access the org-level checks
 * consider closed (facts §1.5 #10): no baseline implementation reads them. The state holds them as
 * `OrgState.policies` (name + policy settings), changed through logged changes that name the policy.
 * This reads that shape defensively, so a state without custom policies has no flags.
 */
import { savedSettings, type SimState } from '../state';
import type { OrgSide, SettingValue } from '../types';

/** A reopening: which custom policy, what it reopens, and the controls whose pass it undermines. */
export interface PolicyFlag {
	readonly policy: string;
	readonly kind: 'federation' | 'unmanagedOutbound' | 'unmanagedInbound';
	readonly controls: readonly string[];
}

type PolicyValues = Readonly<Record<string, SettingValue | undefined>>;

interface PolicyLike {
	readonly name: string;
	readonly settings: PolicyValues;
}

interface ChangeLike {
	readonly side: OrgSide;
	readonly setting: string;
	readonly value: SettingValue;
	readonly policy?: string;
}

/** Each custom policy of one side with its logged changes applied. */
export function customPolicies(state: SimState, side: OrgSide): PolicyLike[] {
	const raw = (state.orgs[side] as { readonly policies?: readonly PolicyLike[] }).policies;
	if (!Array.isArray(raw)) return [];
	return raw.map((p) => {
		const settings: Record<string, SettingValue | undefined> = { ...p.settings };
		for (const c of state.changes as readonly ChangeLike[])
			if (c.side === side && c.policy === p.name) settings[c.setting] = c.value;
		return { name: p.name, settings };
	});
}

const REACHES_DOMAINS = [
	'AllowAllExternalDomains',
	'AllowSpecificExternalDomains',
	'BlockSpecificExternalDomains',
];

/** The custom policies of one side that reopen federation or unmanaged access closed at org level. */
export function policyFlags(state: SimState, side: OrgSide): PolicyFlag[] {
	const org = savedSettings(state, side) as PolicyValues;
	const flags: PolicyFlag[] = [];
	for (const p of customPolicies(state, side)) {
		const s = p.settings;
		const fedOn =
			s['userFederationAccess'] === true && s['userExternalOrgsScope'] !== 'BlockAllExternalDomains';
		// Global policy off closes federation for CIS 8.2.1; a custom policy with federation on reopens it.
		const closedByGlobal = org['allowFederatedUsers'] === true && org['userFederationAccess'] === false;
		// An org allow list (or block all) closes it for CIS 8.2.1 and SCuBA 2.1; a custom scope replaces it.
		const closedByList =
			org['allowFederatedUsers'] === true &&
			(org['fedDomainMode'] === 'allowList' || org['fedDomainMode'] === 'blockAll');
		if (
			fedOn &&
			(closedByGlobal || (closedByList && REACHES_DOMAINS.includes(String(s['userExternalOrgsScope']))))
		)
			flags.push({
				policy: p.name,
				kind: 'federation',
				controls: closedByList ? ['cis-8.2.1', 'scuba-MS.TEAMS.2.1v2'] : ['cis-8.2.1'],
			});
		if (
			org['unmanagedOutbound'] === true &&
			org['userUnmanagedOutbound'] === false &&
			s['userUnmanagedOutbound'] === true
		)
			flags.push({
				policy: p.name,
				kind: 'unmanagedOutbound',
				controls: ['cis-8.2.2', 'scuba-MS.TEAMS.2.3v2'],
			});
		if (
			org['unmanagedInbound'] === true &&
			org['userUnmanagedInbound'] === false &&
			s['userUnmanagedInbound'] === true &&
			s['userUnmanagedOutbound'] !== false
		)
			flags.push({
				policy: p.name,
				kind: 'unmanagedInbound',
				controls: ['cis-8.2.3', 'scuba-MS.TEAMS.2.2v2'],
			});
	}
	return flags;
}
