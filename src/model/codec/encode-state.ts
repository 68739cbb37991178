import { toBase64Url } from './base64url';
import { compactValue, PREFIX, type CompactOrg, type CompactState } from './compact';
import { SETTINGS, getSetting, type SettingMeta } from '../settings';
import {
	createDefaultState,
	defaultOrgState,
	DEFAULT_ORG_INFO,
	POLICY_SETTINGS,
	sameValue,
	type OrgState,
	type SimState,
} from '../state';
import type { SettingValue } from '../types';
import type { OrgSide } from '../types';

function compactOrg(org: OrgState, side: OrgSide): CompactOrg | undefined {
	const d = DEFAULT_ORG_INFO[side];
	const out: CompactOrg = {};
	if (org.name !== d.name) out.n = org.name;
	if (org.domain !== d.domain) out.d = org.domain;
	if (org.user !== d.user) out.u = org.user;
	if (org.trialOnly) out.t = 1;
	if (!org.known) out.k = 0;
	if (!org.teamsOnly) out.m = 0;
	const s = changedValues(org.settings, SETTINGS);
	if (Object.keys(s).length > 0) out.s = s;
	const base = defaultOrgState(side, org);
	if (JSON.stringify(org.policies) !== JSON.stringify(base.policies))
		out.q = org.policies.map((p) => [p.name, changedValues(p.settings, POLICY_METAS)]);
	if (JSON.stringify(org.people) !== JSON.stringify(base.people))
		out.w = org.people.map((p) => [p.user, p.policy ?? '', p.guestMember ? 1 : 0]);
	return Object.keys(out).length > 0 ? out : undefined;
}

const POLICY_METAS = SETTINGS.filter((m) => (POLICY_SETTINGS as readonly string[]).includes(m.id));

/** Values that differ from Microsoft's defaults, by setting code. */
function changedValues(
	values: Readonly<Record<string, SettingValue>>,
	metas: readonly SettingMeta[],
): Record<string, ReturnType<typeof compactValue>> {
	const out: Record<string, ReturnType<typeof compactValue>> = {};
	for (const meta of metas) {
		const value = values[meta.id];
		if (value !== undefined && !sameValue(value, meta.default)) out[meta.code] = compactValue(meta, value);
	}
	return out;
}

/** Encodes the whole state as `v2.` + base64url of a compact JSON that omits every default. */
export function encodeState(state: SimState): string {
	const compact: CompactState = {};
	if (state.presetId !== null) compact.p = state.presetId;
	if (state.clock !== 0) compact.c = state.clock;
	const a = compactOrg(state.orgs.A, 'A');
	const b = compactOrg(state.orgs.B, 'B');
	if (a) compact.a = a;
	if (b) compact.b = b;
	// Changes only ever name known settings (applyChange and decodeState check them).
	const changes = state.changes.map((c): NonNullable<CompactState['x']>[number] => {
		const meta = getSetting(c.setting) as SettingMeta;
		const row = [c.at, c.side === 'A' ? 0 : 1, meta.code, compactValue(meta, c.value)] as const;
		return c.policy === undefined ? [...row] : [...row, c.policy];
	});
	if (changes.length > 0) compact.x = changes;
	const json = JSON.stringify(compact);
	return json === '{}' ? PREFIX : PREFIX + toBase64Url(json);
}

/**
 * The shortest link fragment (without `#`) that opens `state`: empty at Microsoft's defaults,
 * `preset=<id>` for a scenario exactly as it loads (`startOf` gives a scenario's starting state),
 * else `sim=` and the full encoding. Printed handouts and copied links stay short enough to type
 * from paper when nothing was changed. `shareFragment` (src/model/load.ts) passes the presets;
 * this module does not import them, so a first toggle loads no scenarios.
 */
export function fragmentFor(state: SimState, startOf: (presetId: string) => SimState | undefined): string {
	const code = encodeState(state);
	if (code === encodeState(createDefaultState())) return '';
	const start = state.presetId === null ? undefined : startOf(state.presetId);
	if (start && encodeState(start) === code) return `preset=${state.presetId}`;
	return `sim=${code}`;
}
