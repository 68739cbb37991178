/** The two simulated organizations: A and B. Each one is "your organization" in one direction. */
export type OrgSide = 'A' | 'B';

/** A setting value: a switch, one option of a list, or a list of domains or addresses. */
export type SettingValue = boolean | string | readonly string[];

/** Where a setting lives (the product that owns it); used to group the trace and the settings panel. */
export type LayerId =
	| 'externalAccess'
	| 'userPolicy'
	| 'teamsGuest'
	| 'entra'
	| 'crossTenant'
	| 'groups'
	| 'sharepoint'
	| 'purview'
	| 'teamsPolicy'
	| 'capabilityTable';

/** A reason code: an i18n key plus parameters. The model never builds user-facing text. */
export interface Reason {
	readonly key: string;
	readonly params?: Readonly<Record<string, string | number>>;
}

/** A cited source: a key from the facts sheet (§10); its URL is `sourceUrl(key)` (sources.ts). */
export interface Source {
	readonly key: string;
}

/** A delay range in minutes between saving a change and it taking effect everywhere. */
export interface DelayRange {
	readonly id: string;
	readonly min: number;
	readonly typical: number;
	readonly max: number;
	/** Which numbers are our estimates, not sourced (facts C9: only maximums are sourced). */
	readonly estimated: readonly ('min' | 'typical')[];
	/** Explains where the numbers come from (i18n key). */
	readonly noteKey: string;
	readonly source: Source;
	readonly verified: string;
}

/** The result of one capability for one identity in one direction. */
export type Outcome = 'allowed' | 'blocked' | 'depends' | 'pending';

/** What one check in the trace concluded. */
export type CheckStatus = 'passed' | 'failed' | 'skipped' | 'unknown';

/** A reference to one setting of one organization. */
export interface SettingRef {
	readonly side: OrgSide;
	readonly setting: string;
	/** For a policy setting read from a custom policy: its name (absent: Global or org-wide). */
	readonly policy?: string;
}
