import { fromBase64Url } from './base64url';
import { expandValue, PREFIX } from './compact';
import { getPreset, presetState } from '../presets';
import { getSettingByCode, isDomain, isValidValue, type SettingId } from '../settings';
import {
	createDefaultState,
	defaultPolicySettings,
	isPolicyName,
	isPolicySetting,
	isUserPart,
	isValidName,
	MAX_CHANGES,
	MAX_CLOCK,
	MAX_PEOPLE,
	MAX_POLICIES,
	POLICY_SETTINGS,
	type Change,
	type CustomPolicy,
	type OrgState,
	type Person,
	type PolicySettings,
	type SimState,
} from '../state';
import type { OrgSide, Reason, SettingValue } from '../types';

/** A decoded state and the problems found on the way (empty for a clean link). */
export interface Decoded {
	readonly state: SimState;
	readonly problems: readonly Reason[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const problem = (key: string, params?: Record<string, string | number>): Reason =>
	params ? { key: `problem.${key}`, params } : { key: `problem.${key}` };

function decodeSetting(
	code: unknown,
	raw: unknown,
	problems: Reason[],
): [SettingId, SettingValue] | undefined {
	const meta = typeof code === 'string' ? getSettingByCode(code) : undefined;
	if (!meta) {
		problems.push(problem('unknownSetting', { setting: String(code).slice(0, 40) }));
		return undefined;
	}
	const value = expandValue(meta, raw);
	if (!isValidValue(meta, value)) {
		problems.push(problem('badValue', { setting: meta.id }));
		return undefined;
	}
	return [meta.id, value];
}

/** v2 custom policies: [name, values by code]; undefined when anything is not valid. */
function decodePolicies(raw: unknown): CustomPolicy[] | undefined {
	if (!Array.isArray(raw) || raw.length > MAX_POLICIES) return undefined;
	const out: CustomPolicy[] = [];
	for (const entry of raw as unknown[]) {
		if (!Array.isArray(entry) || entry.length !== 2 || !isPolicyName(entry[0]) || !isObj(entry[1]))
			return undefined;
		if (out.some((p) => p.name === entry[0])) return undefined;
		const values: Record<string, SettingValue> = defaultPolicySettings();
		for (const [code, value] of Object.entries(entry[1])) {
			const meta = getSettingByCode(code);
			if (!meta || !isPolicySetting(meta.id)) return undefined;
			const expanded = expandValue(meta, value);
			if (!isValidValue(meta, expanded)) return undefined;
			values[meta.id] = expanded;
		}
		out.push({ name: entry[0], settings: values as PolicySettings });
	}
	return out;
}

/** v2 people: [user, policy name or "", 1 if a guest member]; undefined when anything is not valid. */
function decodePeople(raw: unknown, policies: readonly CustomPolicy[]): Person[] | undefined {
	if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_PEOPLE) return undefined;
	const out: Person[] = [];
	for (const entry of raw as unknown[]) {
		if (!Array.isArray(entry) || entry.length !== 3) return undefined;
		const [user, policy, member] = entry as unknown[];
		if (!isUserPart(user) || out.some((p) => p.user === user)) return undefined;
		if (policy !== '' && !policies.some((p) => p.name === policy)) return undefined;
		if (member !== 0 && member !== 1) return undefined;
		out.push({ user, policy: policy === '' ? null : (policy as string), guestMember: member === 1 });
	}
	return out;
}

function decodeOrg(
	raw: unknown,
	base: OrgState,
	side: OrgSide,
	problems: Reason[],
	version: number,
): OrgState {
	if (raw === undefined) return base;
	if (!isObj(raw)) {
		problems.push(problem('badOrg', { side }));
		return base;
	}
	const org = { ...base, settings: { ...base.settings } } as { -readonly [K in keyof OrgState]: OrgState[K] };
	const field = (key: string, ok: boolean, apply: () => void) => {
		if (raw[key] === undefined) return;
		if (ok) apply();
		else problems.push(problem('badOrgField', { side, field: key }));
	};
	field('n', isValidName(raw.n), () => (org.name = raw.n as string));
	field('d', typeof raw.d === 'string' && isDomain(raw.d), () => (org.domain = raw.d as string));
	field('u', isUserPart(raw.u), () => (org.user = raw.u as string));
	field('t', raw.t === 1, () => (org.trialOnly = true));
	field('k', raw.k === 0, () => (org.known = false));
	if (version >= 2) {
		field('m', raw.m === 0, () => (org.teamsOnly = false));
		if (raw.q !== undefined) {
			const policies = decodePolicies(raw.q);
			if (policies) org.policies = policies;
			else problems.push(problem('badOrgField', { side, field: 'q' }));
		}
		if (raw.w !== undefined) {
			const people = decodePeople(raw.w, org.policies);
			if (people) {
				org.people = people;
				org.user = (people[0] as Person).user;
			} else problems.push(problem('badOrgField', { side, field: 'w' }));
		}
	}
	if (raw.s !== undefined) {
		if (!isObj(raw.s)) problems.push(problem('badOrgField', { side, field: 's' }));
		else {
			const settings: Record<string, SettingValue> = { ...org.settings };
			for (const [code, value] of Object.entries(raw.s)) {
				const decoded = decodeSetting(code, value, problems);
				if (decoded) settings[decoded[0]] = decoded[1];
			}
			org.settings = settings as OrgState['settings'];
		}
	}
	if (org.people[0]?.user !== org.user)
		org.people = org.people.map((p, i) => (i === 0 ? { ...p, user: org.user } : p));
	const fields =
		version >= 2 ? ['n', 'd', 'u', 't', 'k', 'm', 's', 'q', 'w'] : ['n', 'd', 'u', 't', 'k', 's'];
	for (const key of Object.keys(raw))
		if (!fields.includes(key)) problems.push(problem('unknownField', { field: key.slice(0, 40) }));
	return org;
}

function decodeChanges(
	raw: unknown,
	clock: number,
	problems: Reason[],
	orgs: Readonly<Record<OrgSide, OrgState>>,
): Change[] {
	if (raw === undefined) return [];
	if (!Array.isArray(raw)) {
		problems.push(problem('badChange', { index: 0 }));
		return [];
	}
	const out: Change[] = [];
	raw.slice(0, MAX_CHANGES).forEach((entry: unknown, index) => {
		const [at, side, code, value, policy] = Array.isArray(entry) ? (entry as unknown[]) : [];
		const last = out.at(-1)?.at ?? 0;
		const timeOk = Number.isInteger(at) && (at as number) >= last && (at as number) <= clock;
		const sideId: OrgSide = side === 0 ? 'A' : 'B';
		const policyOk =
			policy === undefined ||
			(typeof policy === 'string' && orgs[sideId].policies.some((p) => p.name === policy));
		const lengthOk = Array.isArray(entry) && (entry.length === 4 || entry.length === 5);
		if (!lengthOk || !timeOk || (side !== 0 && side !== 1) || !policyOk) {
			problems.push(problem('badChange', { index }));
			return;
		}
		const decoded = decodeSetting(code, value, problems);
		if (!decoded) return;
		if (policy !== undefined && !isPolicySetting(decoded[0])) {
			problems.push(problem('badChange', { index }));
			return;
		}
		const change: Change = { at: at as number, side: sideId, setting: decoded[0], value: decoded[1] };
		out.push(policy === undefined ? change : { ...change, policy: policy as string });
	});
	if (raw.length > MAX_CHANGES) problems.push(problem('tooManyChanges', { max: MAX_CHANGES }));
	return out;
}

function decodeCompact(json: Obj, problems: Reason[], version: number): SimState {
	const base = createDefaultState();
	let presetId: string | null = null;
	if (json.p !== undefined) {
		if (typeof json.p === 'string' && getPreset(json.p)) presetId = json.p;
		else problems.push(problem('unknownPreset', { preset: String(json.p).slice(0, 40) }));
	}
	let clock = 0;
	if (json.c !== undefined) {
		if (Number.isInteger(json.c) && (json.c as number) >= 0 && (json.c as number) <= MAX_CLOCK)
			clock = json.c as number;
		else problems.push(problem('badClock'));
	}
	for (const key of Object.keys(json))
		if (!['p', 'c', 'a', 'b', 'x'].includes(key))
			problems.push(problem('unknownField', { field: key.slice(0, 40) }));
	const orgs = {
		A: decodeOrg(json.a, base.orgs.A, 'A', problems, version),
		B: decodeOrg(json.b, base.orgs.B, 'B', problems, version),
	};
	const state = { presetId, clock, orgs, changes: decodeChanges(json.x, clock, problems, orgs) };
	return version === 1 ? migrateV1(state) : state;
}

/** The name of the custom policy a v1 link's per-user domain scope moves to (v1 printed `-Identity Custom`). */
export const V1_POLICY = 'Custom';

const SCOPE_SETTINGS: readonly string[] = [
	'userExternalOrgsScope',
	'userAllowedExternalDomains',
	'userBlockedExternalDomains',
];

/**
 * v1 had one user per organization whose "user policy" could carry a domain scope, which only a custom
 * policy can (facts §3.3, C1). Where a v1 link uses one, its user's policy values and changes move to a
 * custom policy named `Custom` assigned to that user, and Global goes back to defaults: the v1 user
 * gets the same answers as before.
 */
function migrateV1(state: SimState): SimState {
	const orgs = { ...state.orgs };
	let changes = state.changes;
	const defaults: Record<string, SettingValue> = defaultPolicySettings();
	for (const side of ['A', 'B'] as const) {
		const org = orgs[side];
		const settings: Record<string, SettingValue> = org.settings;
		const scoped =
			SCOPE_SETTINGS.some((id) => JSON.stringify(settings[id]) !== JSON.stringify(defaults[id])) ||
			changes.some((c) => c.side === side && SCOPE_SETTINGS.includes(c.setting));
		if (!scoped) continue;
		const values = Object.fromEntries(POLICY_SETTINGS.map((id) => [id, org.settings[id]])) as PolicySettings;
		orgs[side] = {
			...org,
			settings: { ...org.settings, ...defaults },
			policies: [...org.policies, { name: V1_POLICY, settings: values }],
			people: org.people.map((p, i) => (i === 0 ? { ...p, policy: V1_POLICY } : p)),
		};
		changes = changes.map((c) =>
			c.side === side && isPolicySetting(c.setting) ? { ...c, policy: V1_POLICY } : c,
		);
	}
	return { ...state, orgs, changes };
}

/**
 * Decodes a share link. Never throws: a bad, old or tampered link yields its valid part merged over
 * Microsoft's defaults, plus the problems found (reason codes under `problem.*`). Also accepts
 * `preset=<id>` (or a bare preset id) to open a preset.
 */
export function decodeState(input: unknown): Decoded {
	const problems: Reason[] = [];
	const fallback = (key: string, params?: Record<string, string | number>): Decoded => ({
		state: createDefaultState(),
		problems: [problem(key, params)],
	});
	if (typeof input !== 'string') return fallback('notText');
	const text = input.trim().replace(/^#/, '');
	if (text === '' || text === PREFIX || text === 'v1.') return { state: createDefaultState(), problems };
	const presetId = text.startsWith('preset=') ? text.slice('preset='.length) : text;
	const preset = getPreset(presetId);
	if (preset) return { state: presetState(preset), problems };
	if (text.startsWith('preset=')) return fallback('unknownPreset', { preset: presetId.slice(0, 40) });
	const match = /^v(\d{1,4})\.(.*)$/s.exec(text);
	if (!match) return fallback('badFormat');
	const [, version, payload] = match as unknown as [string, string, string];
	if (version !== '1' && version !== '2') return fallback('badVersion', { version });
	const json = fromBase64Url(payload);
	if (json === undefined) return fallback('badEncoding');
	let parsed: unknown;
	try {
		parsed = JSON.parse(json);
	} catch {
		return fallback('badJson');
	}
	if (!isObj(parsed)) return fallback('badJson');
	const state = decodeCompact(parsed, problems, Number(version));
	return { state, problems };
}
