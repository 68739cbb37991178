import {
	getSetting as metaOf,
	SETTINGS,
	SHARING_CAPABILITY,
	type SettingId,
	type SettingMeta,
	type Settings,
} from './settings';
import { POLICY_SETTINGS, sameValue, savedPolicy, savedSettings, type SimState } from './state';
import type { OrgSide, SettingValue } from './types';

/** One PowerShell line: read-only `Get-…` or a `Set-…` to review before running. */
export interface PowerShellLine {
	readonly kind: 'get' | 'set';
	readonly text: string;
	readonly settings: readonly SettingId[];
	/** An `unknown.*` key when the mapping of the line is unconfirmed in the facts. */
	readonly noteKey?: string;
}

/** The read-out for one organization: Get lines, Set lines, and changed settings that have no cmdlet. */
export interface PowerShellReadout {
	readonly get: readonly PowerShellLine[];
	readonly set: readonly PowerShellLine[];
	/** Changed settings without a documented cmdlet: change them in their admin center. */
	readonly manual: readonly SettingId[];
}

const DOMAIN_GROUP: readonly SettingId[] = ['fedDomainMode', 'fedAllowedDomains', 'fedBlockedDomains'];
/** The value that lets federation reach every domain not blocked. */
export const ALL_KNOWN = '(New-CsEdgeAllowAllKnownDomains)';

/** A PowerShell array literal of strings. */
export const quoteList = (v: SettingValue) => `@(${(v as readonly string[]).map((s) => `"${s}"`).join(',')})`;
const patterns = (v: readonly string[]) =>
	`@{Add=${v.map((d) => `(New-CsEdgeDomainPattern -Domain "${d}")`).join(',')}}`;

/** A setting value as a PowerShell argument (SharePoint levels as their `SharingCapability` names). */
export function formatValue(meta: SettingMeta, value: SettingValue): string {
	if (meta.type === 'toggle') return value === true ? '$true' : '$false';
	if (meta.type === 'choice')
		return meta.layer === 'sharepoint'
			? ((SHARING_CAPABILITY as Record<string, string>)[String(value)] as string)
			: String(value);
	return quoteList(value);
}

/** The federation domain parameters (facts §4), mapped from the dropdown and its two lists. */
function domainParams(s: Settings): { params: string[]; noteKey?: string } {
	const blocked = s.fedBlockedDomains as readonly string[];
	switch (s.fedDomainMode) {
		case 'allowList':
			return { params: [`-AllowedDomainsAsAList ${quoteList(s.fedAllowedDomains)}`] };
		case 'blockAll':
			// Facts §9.6: whether the dropdown sets AllowFederatedUsers $false or an empty list is unconfirmed.
			return { params: ['-AllowFederatedUsers $false'], noteKey: 'unknown.blockAllMapping' };
		default:
			return {
				params: [
					`-AllowedDomains ${ALL_KNOWN}`,
					...(blocked.length > 0 ? [`-BlockedDomains ${patterns(blocked)}`] : []),
				],
			};
	}
}

/** PowerShell for one organization's saved settings: every Get line, and Set lines for what differs from defaults. */
export function powershellReadout(state: SimState, side: OrgSide): PowerShellReadout {
	const s = savedSettings(state, side);
	const get = new Map<string, PowerShellLine>();
	const set = new Map<string, { params: string[]; settings: SettingId[]; noteKey?: string }>();
	const manual: SettingId[] = [];
	for (const meta of SETTINGS) {
		const ps = meta.powershell;
		const changed = !sameValue(s[meta.id], meta.default) && meta.retired === undefined;
		if (!ps) {
			if (changed) manual.push(meta.id);
			continue;
		}
		const target = `${ps.cmdlet}${ps.identity ? ` ${ps.identity}` : ''}`;
		const getText = `${target.replace(/^Set-/, 'Get-')}`;
		const line = get.get(getText) ?? { kind: 'get' as const, text: getText, settings: [] };
		get.set(getText, { ...line, settings: [...line.settings, meta.id] });
		if (!changed) continue;
		const entry = set.get(target) ?? { params: [], settings: [] };
		if (DOMAIN_GROUP.includes(meta.id)) {
			if (!entry.settings.some((id) => DOMAIN_GROUP.includes(id))) {
				const d = domainParams(s);
				entry.params.push(...d.params);
				if (d.noteKey) entry.noteKey = d.noteKey;
			}
		} else {
			entry.params.push(`-${ps.parameter} ${formatValue(meta, s[meta.id] as SettingValue)}`);
		}
		entry.settings.push(meta.id);
		set.set(target, entry);
	}
	const setLines = [...set.entries()].map(([target, e]): PowerShellLine => {
		const params = [...new Set(e.params)];
		const base = { kind: 'set' as const, text: `${target} ${params.join(' ')}`, settings: e.settings };
		return e.noteKey ? { ...base, noteKey: e.noteKey } : base;
	});
	return { get: [...get.values()], set: [...setLines, ...customPolicyLines(state, side)], manual };
}

/**
 * Custom external access policies (facts C1, §3.3): `New-CsExternalAccessPolicy` with the values that
 * differ from Microsoft's defaults, then `Grant-CsExternalAccessPolicy` for each person on it. A policy
 * with only default values behaves like Global and is left out. When a policy has its own domain scope,
 * `-CustomizeFederation $true` is shown with its caveat (C4: may be required in some tenants).
 */
function customPolicyLines(state: SimState, side: OrgSide): PowerShellLine[] {
	const org = state.orgs[side];
	const lines: PowerShellLine[] = [];
	let scoped = false;
	for (const policy of org.policies) {
		const values = savedPolicy(state, side, policy.name);
		const changed = POLICY_SETTINGS.filter((id) => !sameValue(values[id], metaOf(id)?.default));
		if (changed.length === 0) continue;
		if (values.userExternalOrgsScope !== 'OrganizationDefault') scoped = true;
		const params = changed.map((id) => {
			const meta = metaOf(id) as SettingMeta;
			return `-${meta.powershell?.parameter} ${formatValue(meta, values[id])}`;
		});
		lines.push({
			kind: 'set',
			text: `New-CsExternalAccessPolicy -Identity "${policy.name}" ${params.join(' ')}`,
			settings: changed,
		});
		for (const person of org.people.filter((p) => p.policy === policy.name))
			lines.push({
				kind: 'set',
				text: `Grant-CsExternalAccessPolicy -Identity ${person.user}@${org.domain} -PolicyName "${policy.name}"`,
				settings: [],
			});
	}
	if (scoped)
		lines.unshift({
			kind: 'set',
			text: 'Set-CsTenantFederationConfiguration -CustomizeFederation $true',
			settings: [],
			noteKey: 'unknown.customizeFederation',
		});
	return lines;
}
