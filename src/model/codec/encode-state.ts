import { toBase64Url } from './base64url';
import { compactValue, PREFIX, type CompactOrg, type CompactState } from './compact';
import { SETTINGS, getSetting, type SettingMeta } from '../settings';
import { DEFAULT_ORG_INFO, sameValue, type OrgState, type SimState } from '../state';
import type { OrgSide } from '../types';

function compactOrg(org: OrgState, side: OrgSide): CompactOrg | undefined {
	const d = DEFAULT_ORG_INFO[side];
	const out: CompactOrg = {};
	if (org.name !== d.name) out.n = org.name;
	if (org.domain !== d.domain) out.d = org.domain;
	if (org.user !== d.user) out.u = org.user;
	if (org.trialOnly) out.t = 1;
	if (!org.known) out.k = 0;
	const s: Record<string, ReturnType<typeof compactValue>> = {};
	for (const meta of SETTINGS) {
		const value = org.settings[meta.id];
		if (value !== undefined && !sameValue(value, meta.default)) s[meta.code] = compactValue(meta, value);
	}
	if (Object.keys(s).length > 0) out.s = s;
	return Object.keys(out).length > 0 ? out : undefined;
}

/** Encodes the whole state as `v1.` + base64url of a compact JSON that omits every default. */
export function encodeState(state: SimState): string {
	const compact: CompactState = {};
	if (state.presetId !== null) compact.p = state.presetId;
	if (state.clock !== 0) compact.c = state.clock;
	const a = compactOrg(state.orgs.A, 'A');
	const b = compactOrg(state.orgs.B, 'B');
	if (a) compact.a = a;
	if (b) compact.b = b;
	// Changes only ever name known settings (applyChange and decodeState check them).
	const changes = state.changes.map((c): [number, number, string, ReturnType<typeof compactValue>] => {
		const meta = getSetting(c.setting) as SettingMeta;
		return [c.at, c.side === 'A' ? 0 : 1, meta.code, compactValue(meta, c.value)];
	});
	if (changes.length > 0) compact.x = changes;
	const json = JSON.stringify(compact);
	return json === '{}' ? PREFIX : PREFIX + toBase64Url(json);
}
