/**
 * The importer's two products.
 *
 * TenantConfig: what a file says about one tenant, in neutral terms — the value of each known field
 * of each cmdlet's Global item (keyed `section.Property`), the federation domain lists, and every
 * external access policy (Global and `Tag:` ones) — plus which sections the file had at all.
 * The mapper (to-settings.ts) turns it into the model's settings.
 *
 * ImportReport: what was read, what was ignored and why, and what was missing and kept at
 * Microsoft's default; every entry names its field path and carries an i18n key plus params.
 */
import type { Reason, SettingValue } from '../types';
import type { SettingId } from '../settings';
import type { PolicySettingId } from '../state';
import type { SectionId } from './fields';

/** Which kind of file it was. */
export type ImportFormat = 'labExport' | 'scubaGear' | 'scubaResults' | 'cmdlet';

/** One field's value and where in the file it was. */
export interface FieldValue {
	readonly value: SettingValue;
	readonly path: string;
}

/** One external access policy (facts §2.3): Global or a custom `Tag:` policy. */
export interface ExternalAccessPolicyConfig {
	readonly identity: string;
	readonly path: string;
	readonly enableFederationAccess?: boolean;
	readonly communicationWithExternalOrgs?: string;
	readonly allowedExternalDomains: readonly string[];
	readonly blockedExternalDomains: readonly string[];
	readonly enableTeamsConsumerAccess?: boolean;
	readonly enableTeamsConsumerInbound?: boolean;
}

/** A custom policy as the model holds it: its name without `Tag:` and the values the file gave. */
export interface ImportedPolicy {
	readonly name: string;
	readonly settings: Readonly<Partial<Record<PolicySettingId, SettingValue>>>;
}

/** The organization's federation domain lists: all known domains or an allow list, and the block list. */
export interface FederationDomains {
	readonly allowed: { readonly mode: 'all' } | { readonly mode: 'list'; readonly domains: readonly string[] };
	readonly blocked: readonly string[] | null;
	readonly path: string;
}

/** What one file says about one tenant. */
export interface TenantConfig {
	readonly format: ImportFormat;
	/** The label the admin gave the export, or null. */
	readonly label: string | null;
	/** Sections present in the file, with their paths. */
	readonly sections: Readonly<Partial<Record<SectionId, string>>>;
	/** Sections the export script tried to read and could not (missing module or permission). */
	readonly notCollected: readonly SectionId[];
	/** Field values by `section.Property` (the first name of the field's row). */
	readonly fields: Readonly<Record<string, FieldValue>>;
	readonly domains: FederationDomains | null;
	readonly externalAccessPolicies: readonly ExternalAccessPolicyConfig[];
}

/** One line of the report. */
export interface ReportEntry {
	/** Where in the file, e.g. `teams.tenantFederationConfiguration.AllowFederatedUsers`. */
	readonly path: string;
	readonly setting?: SettingId;
	readonly value?: SettingValue;
	readonly reason: Reason;
}

/** What an import read, ignored and assumed. */
export interface ImportReport {
	readonly format: ImportFormat;
	/** The exporter's version (our schema version, or ScubaGear's module version), if the file says. */
	readonly version: string | null;
	readonly read: readonly ReportEntry[];
	readonly ignored: readonly ReportEntry[];
	/** Settings not in the file: kept at Microsoft's default and shown as assumed. */
	readonly missing: readonly ReportEntry[];
}

/** The outcome of importing one file: settings and a report, or a reason the file was refused. */
export type ImportResult =
	| {
			readonly ok: true;
			readonly config: TenantConfig;
			readonly settings: Readonly<Record<SettingId, SettingValue>>;
			/** Settings whose value is Microsoft's default because the file did not have them. */
			readonly assumed: readonly SettingId[];
			/** Custom external access policies, unassigned (absent in results kept by older versions). */
			readonly policies?: readonly ImportedPolicy[];
			readonly report: ImportReport;
	  }
	| { readonly ok: false; readonly error: Reason };
