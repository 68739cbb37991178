import { fromBase64Url } from './base64url';
import { expandValue, PREFIX } from './compact';
import { getPreset, presetState } from '../presets';
import { getSettingByCode, isDomain, isValidValue, type SettingId } from '../settings';
import {
	createDefaultState,
	isUserPart,
	isValidName,
	MAX_CHANGES,
	MAX_CLOCK,
	type Change,
	type OrgState,
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

function decodeOrg(raw: unknown, base: OrgState, side: OrgSide, problems: Reason[]): OrgState {
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
	for (const key of Object.keys(raw))
		if (!['n', 'd', 'u', 't', 'k', 's'].includes(key))
			problems.push(problem('unknownField', { field: key.slice(0, 40) }));
	return org;
}

function decodeChanges(raw: unknown, clock: number, problems: Reason[]): Change[] {
	if (raw === undefined) return [];
	if (!Array.isArray(raw)) {
		problems.push(problem('badChange', { index: 0 }));
		return [];
	}
	const out: Change[] = [];
	raw.slice(0, MAX_CHANGES).forEach((entry: unknown, index) => {
		const [at, side, code, value] = Array.isArray(entry) ? (entry as unknown[]) : [];
		const last = out.at(-1)?.at ?? 0;
		const timeOk = Number.isInteger(at) && (at as number) >= last && (at as number) <= clock;
		if (!Array.isArray(entry) || entry.length !== 4 || !timeOk || (side !== 0 && side !== 1)) {
			problems.push(problem('badChange', { index }));
			return;
		}
		const decoded = decodeSetting(code, value, problems);
		if (decoded)
			out.push({ at: at as number, side: side === 0 ? 'A' : 'B', setting: decoded[0], value: decoded[1] });
	});
	if (raw.length > MAX_CHANGES) problems.push(problem('tooManyChanges', { max: MAX_CHANGES }));
	return out;
}

function decodeCompact(json: Obj, problems: Reason[]): SimState {
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
	return {
		presetId,
		clock,
		orgs: {
			A: decodeOrg(json.a, base.orgs.A, 'A', problems),
			B: decodeOrg(json.b, base.orgs.B, 'B', problems),
		},
		changes: decodeChanges(json.x, clock, problems),
	};
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
	if (text === '' || text === PREFIX) return { state: createDefaultState(), problems };
	const presetId = text.startsWith('preset=') ? text.slice('preset='.length) : text;
	const preset = getPreset(presetId);
	if (preset) return { state: presetState(preset), problems };
	if (text.startsWith('preset=')) return fallback('unknownPreset', { preset: presetId.slice(0, 40) });
	const match = /^v(\d{1,4})\.(.*)$/s.exec(text);
	if (!match) return fallback('badFormat');
	const [, version, payload] = match as unknown as [string, string, string];
	if (version !== '1') return fallback('badVersion', { version });
	const json = fromBase64Url(payload);
	if (json === undefined) return fallback('badEncoding');
	let parsed: unknown;
	try {
		parsed = JSON.parse(json);
	} catch {
		return fallback('badJson');
	}
	if (!isObj(parsed)) return fallback('badJson');
	const state = decodeCompact(parsed, problems);
	return { state, problems };
}
