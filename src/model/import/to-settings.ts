/** The mapper from a neutral TenantConfig to the model's settings of one organization, with what it assumed. */
import { defaultSettings, getSetting, isValidValue, SETTINGS, type SettingId } from '../settings';
import { isPolicyName, MAX_POLICIES, type PolicySettingId } from '../state';
import type { SettingValue } from '../types';
import { FIELDS, NOT_IMPORTED, SECTION_SOURCE, type SectionId } from './fields';
import type { ExternalAccessPolicyConfig, ImportedPolicy, ReportEntry, TenantConfig } from './types';

/** Sections ScubaGear exports; everything else is "not in a ScubaGear file" (facts §2.10). */
const SCUBA_SECTIONS: readonly SectionId[] = [
	'federation',
	'meetingPolicies',
	'client',
	'authorizationPolicy',
	'groupSettings',
	'sharepoint',
];
const DOMAIN_SETTINGS: readonly SettingId[] = ['fedDomainMode', 'fedAllowedDomains', 'fedBlockedDomains'];

/** Settings, the ids left at Microsoft's default, and a report line for each of those. */
export interface Mapped {
	readonly settings: Record<SettingId, SettingValue>;
	readonly assumed: readonly SettingId[];
	readonly missing: readonly ReportEntry[];
	/** Report lines for the domain settings (mapped from two raw fields). */
	readonly read: readonly ReportEntry[];
}

function missingReason(config: TenantConfig, setting: SettingId, section: SectionId | null): ReportEntry {
	const fixed = NOT_IMPORTED[setting];
	const source = section ? SECTION_SOURCE[section] : '';
	if (fixed) return { path: source, setting, reason: { key: fixed } };
	if (section && config.notCollected.includes(section))
		return { path: source, setting, reason: { key: 'import.missing.notCollected', params: { source } } };
	if (
		section &&
		(config.format === 'scubaGear' || config.format === 'scubaResults') &&
		!SCUBA_SECTIONS.includes(section)
	)
		return { path: source, setting, reason: { key: 'import.missing.notInScubaGear', params: { source } } };
	return { path: source, setting, reason: { key: 'import.missing.notInFile', params: { source } } };
}

/** Maps a tenant's configuration onto Microsoft's defaults; never fails. */
export function toSettings(config: TenantConfig): Mapped {
	const settings = defaultSettings();
	const set = new Set<SettingId>();
	const read: ReportEntry[] = [];
	for (const row of FIELDS) {
		const field = config.fields[`${row.section}.${row.names[0]}`];
		if (!field) continue;
		settings[row.setting] = field.value;
		set.add(row.setting);
	}
	const d = config.domains;
	if (d) {
		const allowPath = `${d.path}${d.path ? '.' : ''}AllowedDomains`;
		if (d.allowed.mode === 'list') {
			settings.fedDomainMode = 'allowList';
			settings.fedAllowedDomains = d.allowed.domains;
			set.add('fedDomainMode').add('fedAllowedDomains');
			read.push({
				path: allowPath,
				setting: 'fedDomainMode',
				value: 'allowList',
				reason: { key: 'import.read.value' },
			});
			read.push({
				path: allowPath,
				setting: 'fedAllowedDomains',
				value: d.allowed.domains,
				reason: { key: 'import.read.value' },
			});
		} else if (d.blocked !== null) {
			settings.fedDomainMode = d.blocked.length > 0 ? 'blockList' : 'allowAll';
			set.add('fedDomainMode').add('fedAllowedDomains');
			read.push({
				path: allowPath,
				setting: 'fedDomainMode',
				value: settings.fedDomainMode,
				reason: { key: 'import.read.value' },
			});
		}
		if (d.blocked !== null) {
			settings.fedBlockedDomains = d.blocked;
			set.add('fedBlockedDomains');
			const path = `${d.path}${d.path ? '.' : ''}BlockedDomains`;
			read.push({
				path,
				setting: 'fedBlockedDomains',
				value: d.blocked,
				reason: { key: 'import.read.value' },
			});
		}
	}
	const assumed: SettingId[] = [];
	const missing: ReportEntry[] = [];
	for (const meta of SETTINGS) {
		if (meta.retired !== undefined || set.has(meta.id)) continue;
		assumed.push(meta.id);
		const section = DOMAIN_SETTINGS.includes(meta.id)
			? 'federation'
			: (FIELDS.find((r) => r.setting === meta.id)?.section ?? null);
		missing.push(missingReason(config, meta.id, section));
	}
	return { settings, assumed, missing, read };
}

/**
 * The custom external access policies (`Tag:` ones) as the model's policies (facts C1): their own
 * switches, scope and domain lists. Assignments are never exported (§3), so nobody holds them yet.
 * Names the model cannot hold (bad characters, duplicates, more than MAX_POLICIES) are left out.
 */
export function toPolicies(config: TenantConfig): ImportedPolicy[] {
	const out: ImportedPolicy[] = [];
	for (const p of config.externalAccessPolicies) {
		const name = p.identity.replace(/^tag:/i, '');
		if (!isPolicyName(name) || out.some((q) => q.name === name) || out.length >= MAX_POLICIES) continue;
		out.push({ name, settings: policySettings(p) });
	}
	return out;
}

function policySettings(p: ExternalAccessPolicyConfig): Partial<Record<PolicySettingId, SettingValue>> {
	const values: Partial<Record<PolicySettingId, SettingValue>> = {
		userAllowedExternalDomains: p.allowedExternalDomains,
		userBlockedExternalDomains: p.blockedExternalDomains,
	};
	if (p.enableFederationAccess !== undefined) values.userFederationAccess = p.enableFederationAccess;
	if (p.enableTeamsConsumerAccess !== undefined) values.userUnmanagedOutbound = p.enableTeamsConsumerAccess;
	if (p.enableTeamsConsumerInbound !== undefined) values.userUnmanagedInbound = p.enableTeamsConsumerInbound;
	const scope = getSetting('userExternalOrgsScope');
	if (
		scope &&
		p.communicationWithExternalOrgs !== undefined &&
		isValidValue(scope, p.communicationWithExternalOrgs)
	)
		values.userExternalOrgsScope = p.communicationWithExternalOrgs;
	return values;
}
