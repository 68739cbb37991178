import {
	defaultSettings,
	getSetting,
	isDomain,
	isValidValue,
	normalizeList,
	type SettingId,
	type Settings,
} from './settings';
import type { OrgSide, SettingValue } from './types';

/** Facts about an organization that are not admin settings (changing them takes effect at once). */
export interface OrgInfo {
	readonly name: string;
	readonly domain: string;
	/** Local part of the simulated user's address, e.g. `adele` for adele@contoso.com. */
	readonly user: string;
	/** The tenant has only trial licenses (facts §3.2, trial tenants). */
	readonly trialOnly: boolean;
	/** False when you don't know this organization's settings: its checks answer "depends". */
	readonly known: boolean;
}

/** One organization: its facts and its settings before any change in the change log. */
export interface OrgState extends OrgInfo {
	readonly settings: Settings;
}

/** A saved setting change. It takes effect between `at + delay.min` and `at + delay.max`. */
export interface Change {
	readonly at: number;
	readonly side: OrgSide;
	readonly setting: SettingId;
	readonly value: SettingValue;
}

/** The whole simulator state: both organizations, the clock (minutes) and the change log. */
export interface SimState {
	readonly presetId: string | null;
	readonly clock: number;
	readonly orgs: Readonly<Record<OrgSide, OrgState>>;
	readonly changes: readonly Change[];
}

/** The latest clock value the model accepts (about 19 years in minutes). */
export const MAX_CLOCK = 10_000_000;
/** The longest change log the model keeps. */
export const MAX_CHANGES = 200;
/** The longest organization name. */
export const MAX_NAME = 64;

/** The default facts of organization A and B. */
export const DEFAULT_ORG_INFO: Readonly<Record<OrgSide, OrgInfo>> = {
	A: { name: 'Contoso', domain: 'contoso.com', user: 'adele', trialOnly: false, known: true },
	B: { name: 'Fabrikam', domain: 'fabrikam.com', user: 'ben', trialOnly: false, known: true },
};

/** A fresh state: both organizations at Microsoft's defaults, clock 0, no changes, no preset. */
export function createDefaultState(): SimState {
	return {
		presetId: null,
		clock: 0,
		orgs: {
			A: { ...DEFAULT_ORG_INFO.A, settings: defaultSettings() },
			B: { ...DEFAULT_ORG_INFO.B, settings: defaultSettings() },
		},
		changes: [],
	};
}

/** Resets everything to Microsoft's defaults (alias kept for the UI's "Reset" button). */
export const resetToDefaults = createDefaultState;

/** The user's full address in an organization. */
export function userAddress(org: OrgInfo): string {
	return `${org.user}@${org.domain}`;
}

/** The settings an organization has saved: its baseline with every logged change applied. */
export function savedSettings(state: SimState, side: OrgSide): Settings {
	return settingsWith(state, side, () => true);
}

/** The baseline with only the changes accepted by `take` applied, in log order. */
export function settingsWith(state: SimState, side: OrgSide, take: (change: Change) => boolean): Settings {
	const out: Record<string, SettingValue> = { ...state.orgs[side].settings };
	for (const change of state.changes)
		if (change.side === side && take(change)) out[change.setting] = change.value;
	return out as Settings;
}

/** Normalizes a value for a setting, or returns undefined when it is not valid for it. */
export function normalizeValue(settingId: string, value: unknown): SettingValue | undefined {
	const meta = getSetting(settingId);
	if (!meta) return undefined;
	if ((meta.type === 'domains' || meta.type === 'addresses') && Array.isArray(value))
		return normalizeList(meta, value);
	return isValidValue(meta, value) ? value : undefined;
}

/**
 * Saves a setting change at the current clock. Invalid settings or values and changes that save
 * the value already saved leave the state unchanged. Retired settings are saved but change nothing.
 */
export function applyChange(state: SimState, side: OrgSide, settingId: string, value: unknown): SimState {
	const normalized = normalizeValue(settingId, value);
	if (normalized === undefined || state.changes.length >= MAX_CHANGES) return state;
	const setting = settingId as SettingId;
	if (sameValue(savedSettings(state, side)[setting], normalized)) return state;
	return { ...state, changes: [...state.changes, { at: state.clock, side, setting, value: normalized }] };
}

/** Moves the clock forward by `minutes` (negative or invalid amounts are ignored). */
export function advanceClock(state: SimState, minutes: number): SimState {
	if (!Number.isFinite(minutes) || minutes <= 0) return state;
	return { ...state, clock: Math.min(MAX_CLOCK, Math.floor(state.clock + minutes)) };
}

/** Changes an organization's facts (name, domain, user, trial-only, known) at once; invalid fields are ignored. */
export function setOrgInfo(state: SimState, side: OrgSide, patch: Partial<OrgInfo>): SimState {
	const org = state.orgs[side];
	const next: OrgState = {
		...org,
		...(isValidName(patch.name) ? { name: patch.name } : {}),
		...(typeof patch.domain === 'string' && isDomain(patch.domain) ? { domain: patch.domain } : {}),
		...(typeof patch.user === 'string' && isUserPart(patch.user) ? { user: patch.user } : {}),
		...(typeof patch.trialOnly === 'boolean' ? { trialOnly: patch.trialOnly } : {}),
		...(typeof patch.known === 'boolean' ? { known: patch.known } : {}),
	};
	return { ...state, orgs: { ...state.orgs, [side]: next } };
}

/** True for a usable organization name (1–64 characters, not only spaces). */
export function isValidName(name: unknown): name is string {
	return typeof name === 'string' && name.trim().length > 0 && name.length <= MAX_NAME;
}

/** True for the local part of an address, e.g. `adele`. */
export function isUserPart(user: unknown): user is string {
	return typeof user === 'string' && /^[a-z0-9._%+-]{1,64}$/.test(user);
}

/** Deep equality for setting values. */
export function sameValue(a: SettingValue | undefined, b: SettingValue | undefined): boolean {
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
	return a === b;
}
