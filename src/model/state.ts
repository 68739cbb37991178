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
	/** Local part of the default person's address, e.g. `adele` for adele@contoso.com (always `people[0]`). */
	readonly user: string;
	/** The tenant has only trial licenses (facts §3.2, trial tenants). */
	readonly trialOnly: boolean;
	/** False when you don't know this organization's settings: its checks answer "depends". */
	readonly known: boolean;
	/**
	 * The organization's users are in TeamsOnly coexistence mode (facts §2.1 footnote 3, §2.3): native
	 * federated chat. False means Skype for Business interop: text-only chat.
	 */
	readonly teamsOnly: boolean;
}

/** The settings an external access policy holds (facts §3.3); the Global policy keeps them in `settings`. */
export const POLICY_SETTINGS = [
	'userFederationAccess',
	'userExternalOrgsScope',
	'userAllowedExternalDomains',
	'userBlockedExternalDomains',
	'userUnmanagedOutbound',
	'userUnmanagedInbound',
] as const satisfies readonly SettingId[];

/** The id of a setting that lives in an external access policy. */
export type PolicySettingId = (typeof POLICY_SETTINGS)[number];

/** The values of one external access policy. */
export type PolicySettings = Readonly<Record<PolicySettingId, SettingValue>>;

/** True for a setting that each external access policy holds (Global or custom). */
export function isPolicySetting(id: string): id is PolicySettingId {
	return (POLICY_SETTINGS as readonly string[]).includes(id);
}

/** A custom external access policy (`Tag:<name>`, facts C1): its values before any logged change. */
export interface CustomPolicy {
	readonly name: string;
	readonly settings: PolicySettings;
}

/** A simulated person of an organization and the external access policy assigned to them. */
export interface Person {
	/** Local part of the address, e.g. `megan` for megan@contoso.com. */
	readonly user: string;
	/** The name of a custom policy in `OrgState.policies`, or null for the Global policy. */
	readonly policy: string | null;
	/**
	 * As a guest of the other organization: already a member of its team (true) or being added (false).
	 * Settings that only govern adding guests affect only the latter (facts C5).
	 */
	readonly guestMember: boolean;
}

/**
 * One organization: its facts, its settings (org-wide settings and the Global policy) before any change
 * in the change log, its custom external access policies and its people. `people[0]` is the default user.
 */
export interface OrgState extends OrgInfo {
	readonly settings: Settings;
	readonly policies: readonly CustomPolicy[];
	readonly people: readonly Person[];
}

/**
 * A saved setting change. It takes effect between `at + delay.min` and `at + delay.max`. `policy` names
 * the custom policy a policy setting is changed in; absent means org-wide or the Global policy.
 */
export interface Change {
	readonly at: number;
	readonly side: OrgSide;
	readonly setting: SettingId;
	readonly value: SettingValue;
	readonly policy?: string;
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

/** The most custom policies and people one organization keeps. */
export const MAX_POLICIES = 8;
export const MAX_PEOPLE = 8;

/** The default facts of organization A and B. */
export const DEFAULT_ORG_INFO: Readonly<Record<OrgSide, OrgInfo>> = {
	A: {
		name: 'Contoso',
		domain: 'contoso.com',
		user: 'adele',
		trialOnly: false,
		known: true,
		teamsOnly: true,
	},
	B: {
		name: 'Fabrikam',
		domain: 'fabrikam.com',
		user: 'ben',
		trialOnly: false,
		known: true,
		teamsOnly: true,
	},
};

/** The name of the custom policy every organization starts with (same values as Global). */
export const DEFAULT_POLICY = 'Partners';

/** The second person of each organization: on the custom policy, already a member of the other's team. */
export const DEFAULT_SECOND_PERSON: Readonly<Record<OrgSide, Person>> = {
	A: { user: 'megan', policy: DEFAULT_POLICY, guestMember: true },
	B: { user: 'bianca', policy: DEFAULT_POLICY, guestMember: true },
};

/** The Global policy's values at Microsoft's defaults (also a new custom policy's values). */
export function defaultPolicySettings(): Record<PolicySettingId, SettingValue> {
	const all = defaultSettings();
	return Object.fromEntries(POLICY_SETTINGS.map((id) => [id, all[id]])) as Record<
		PolicySettingId,
		SettingValue
	>;
}

/** The default policies and people of one side. */
export function defaultOrgState(side: OrgSide, info: OrgInfo = DEFAULT_ORG_INFO[side]): OrgState {
	return {
		...info,
		settings: defaultSettings(),
		policies: [{ name: DEFAULT_POLICY, settings: defaultPolicySettings() }],
		people: [{ user: info.user, policy: null, guestMember: false }, DEFAULT_SECOND_PERSON[side]],
	};
}

/** A fresh state: both organizations at Microsoft's defaults, clock 0, no changes, no preset. */
export function createDefaultState(): SimState {
	return {
		presetId: null,
		clock: 0,
		orgs: { A: defaultOrgState('A'), B: defaultOrgState('B') },
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

/**
 * The org-wide settings and Global policy with only the changes accepted by `take` applied, in log
 * order. With `policy` (a custom policy's name), that policy's values and changes replace the Global
 * policy's: the settings a person on that policy gets.
 */
export function settingsWith(
	state: SimState,
	side: OrgSide,
	take: (change: Change) => boolean,
	policy: string | null = null,
): Settings {
	const org = state.orgs[side];
	const custom = policy === null ? undefined : org.policies.find((p) => p.name === policy);
	const out: Record<string, SettingValue> = { ...org.settings, ...custom?.settings };
	for (const change of state.changes) {
		if (change.side !== side || !take(change)) continue;
		// A custom policy's people follow its own changes; Global's policy changes don't reach them.
		const applies =
			change.policy === undefined
				? !(custom && isPolicySetting(change.setting))
				: custom !== undefined && change.policy === policy;
		if (applies) out[change.setting] = change.value;
	}
	return out as Settings;
}

/** The saved values of one policy (null: Global) of one organization. */
export function savedPolicy(state: SimState, side: OrgSide, policy: string | null): PolicySettings {
	const all = settingsWith(state, side, () => true, policy);
	return Object.fromEntries(POLICY_SETTINGS.map((id) => [id, all[id]])) as PolicySettings;
}

/** A person of an organization by user name; the default person when the name is unknown or absent. */
export function personOf(state: SimState, side: OrgSide, user?: string): Person {
	const people = state.orgs[side].people;
	return people.find((p) => p.user === user) ?? (people[0] as Person);
}

/** The name shown for a policy: its custom name, or `Global`. */
export function policyName(policy: string | null): string {
	return policy ?? 'Global';
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
export function applyChange(
	state: SimState,
	side: OrgSide,
	settingId: string,
	value: unknown,
	policy?: string,
): SimState {
	const normalized = normalizeValue(settingId, value);
	if (normalized === undefined || state.changes.length >= MAX_CHANGES) return state;
	const setting = settingId as SettingId;
	if (policy !== undefined) {
		// A custom policy holds only policy settings, and must exist.
		if (!isPolicySetting(setting) || !state.orgs[side].policies.some((p) => p.name === policy)) return state;
		if (sameValue(savedPolicy(state, side, policy)[setting], normalized)) return state;
		return {
			...state,
			changes: [...state.changes, { at: state.clock, side, setting, value: normalized, policy }],
		};
	}
	// The Global policy's domain scope is fixed to OrganizationDefault (facts §3.3, C1).
	if (setting === 'userExternalOrgsScope' && normalized !== 'OrganizationDefault') return state;
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
		...(typeof patch.teamsOnly === 'boolean' ? { teamsOnly: patch.teamsOnly } : {}),
	};
	const people = next.user === org.user ? org.people : renameFirst(org.people, next.user);
	if (people === undefined) return state;
	return { ...state, orgs: { ...state.orgs, [side]: { ...next, people } } };
}

function renameFirst(people: readonly Person[], user: string): readonly Person[] | undefined {
	if (people.slice(1).some((p) => p.user === user)) return undefined;
	return people.map((p, i) => (i === 0 ? { ...p, user } : p));
}

/** True for a custom policy name: letters, digits, space, dot, dash or underscore; not `Global`. */
export function isPolicyName(name: unknown): name is string {
	return (
		typeof name === 'string' &&
		/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,39}$/.test(name) &&
		name.toLowerCase() !== 'global'
	);
}

/**
 * Creates a custom external access policy (`New-CsExternalAccessPolicy`) with Global's default values,
 * or with `settings` over them. Takes effect at once (it applies to nobody until granted).
 */
export function addPolicy(
	state: SimState,
	side: OrgSide,
	name: string,
	settings: Partial<Record<PolicySettingId, SettingValue>> = {},
): SimState {
	const org = state.orgs[side];
	if (!isPolicyName(name) || org.policies.some((p) => p.name === name) || org.policies.length >= MAX_POLICIES)
		return state;
	const values: Record<string, SettingValue> = defaultPolicySettings();
	for (const [id, value] of Object.entries(settings)) {
		const normalized = normalizeValue(id, value);
		if (normalized !== undefined && isPolicySetting(id)) values[id] = normalized;
	}
	const policies = [...org.policies, { name, settings: values as PolicySettings }];
	return { ...state, orgs: { ...state.orgs, [side]: { ...org, policies } } };
}

/**
 * Adds a person, or changes one (policy assignment as with `Grant-CsExternalAccessPolicy`, guest
 * membership). Unknown policies, bad names and a full list leave the state unchanged.
 */
export function setPerson(
	state: SimState,
	side: OrgSide,
	user: string,
	patch: Partial<Omit<Person, 'user'>>,
): SimState {
	const org = state.orgs[side];
	if (!isUserPart(user)) return state;
	if (patch.policy != null && !org.policies.some((p) => p.name === patch.policy)) return state;
	const index = org.people.findIndex((p) => p.user === user);
	if (index < 0 && org.people.length >= MAX_PEOPLE) return state;
	const before = index < 0 ? { user, policy: null, guestMember: false } : (org.people[index] as Person);
	const person: Person = {
		user,
		policy: patch.policy === undefined ? before.policy : patch.policy,
		guestMember: typeof patch.guestMember === 'boolean' ? patch.guestMember : before.guestMember,
	};
	const people = index < 0 ? [...org.people, person] : org.people.map((p, i) => (i === index ? person : p));
	return { ...state, orgs: { ...state.orgs, [side]: { ...org, people } } };
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
