/**
 * The change plan: the difference between an imported baseline and the sandbox, as the exact
 * PowerShell that applies those changes and nothing else, plus the time each change needs to take
 * effect. Lists inside the federation configuration change by Add/Remove so entries the admin did
 * not touch are left alone. The site never runs any of it.
 */
import { ALL_KNOWN, formatValue, quoteList } from './powershell';
import { SETTINGS, type SettingId, type Settings } from './settings';
import {
	POLICY_SETTINGS,
	sameValue,
	savedPolicy,
	savedSettings,
	type CustomPolicy,
	type SimState,
} from './state';
import type { DelayRange, OrgSide, SettingValue } from './types';

/** One changed setting: its value in the baseline and in the sandbox, and its delay. */
export interface PlannedChange {
	readonly side: OrgSide;
	readonly setting: SettingId;
	readonly from: SettingValue;
	readonly to: SettingValue;
	readonly delay: DelayRange;
	/** True when the baseline value was Microsoft's default, assumed because the import did not have it. */
	readonly assumed: boolean;
	/** The admin center page for settings that have no cmdlet (an i18n key). */
	readonly adminPathKey: string;
	/** The custom external access policy the setting is in; absent for org-wide and Global settings. */
	readonly policy?: string;
}

/** One line of the script and the settings it applies; `noteKey` flags something to check first. */
export interface PlanLine {
	readonly text: string;
	readonly settings: readonly SettingId[];
	readonly noteKey?: string;
}

/** The plan for both organizations. */
export interface ChangePlan {
	readonly changes: readonly PlannedChange[];
	readonly lines: Readonly<Record<OrgSide, readonly PlanLine[]>>;
	/** Changed settings without a cmdlet: done in their admin center. */
	readonly manual: Readonly<Record<OrgSide, readonly SettingId[]>>;
}

const DOMAIN_GROUP: readonly SettingId[] = ['fedDomainMode', 'fedAllowedDomains', 'fedBlockedDomains'];

const list = (v: SettingValue) => (Array.isArray(v) ? (v as readonly string[]) : []);
const pattern = (d: string) => `(New-CsEdgeDomainPattern -Domain "${d}")`;

/** `-BlockedDomains @{Add=…; Remove=…}` for only the entries that differ. */
function blockedDelta(from: SettingValue, to: SettingValue): string | null {
	const add = list(to).filter((d) => !list(from).includes(d));
	const remove = list(from).filter((d) => !list(to).includes(d));
	const parts = [
		...(add.length > 0 ? [`Add=${add.map(pattern).join(',')}`] : []),
		...(remove.length > 0 ? [`Remove=${remove.map(pattern).join(',')}`] : []),
	];
	return parts.length > 0 ? `-BlockedDomains @{${parts.join('; ')}}` : null;
}

/** The federation domain parameters for a change of mode, allow list or block list. */
function domainParams(from: Settings, to: Settings): { params: string[]; noteKey?: string } {
	const params: string[] = [];
	let noteKey: string | undefined;
	const modeChanged = from.fedDomainMode !== to.fedDomainMode;
	if (to.fedDomainMode === 'allowList') {
		if (modeChanged || !sameValue(from.fedAllowedDomains, to.fedAllowedDomains))
			params.push(`-AllowedDomainsAsAList ${quoteList(to.fedAllowedDomains)}`);
	} else if (to.fedDomainMode === 'blockAll') {
		if (modeChanged) {
			params.push('-AllowFederatedUsers $false');
			noteKey = 'unknown.blockAllMapping';
		}
	} else if (modeChanged && (from.fedDomainMode === 'allowList' || from.fedDomainMode === 'blockAll')) {
		params.push(`-AllowedDomains ${ALL_KNOWN}`);
	}
	const blocked = blockedDelta(from.fedBlockedDomains, to.fedBlockedDomains);
	if (blocked) params.push(blocked);
	return noteKey ? { params, noteKey } : { params };
}

/**
 * The plan from `baseline` (the imported settings of each side) to the sandbox's saved settings.
 * `assumed` lists, per side, the settings the import did not have.
 */
export function changePlan(
	state: SimState,
	baseline: Readonly<Record<OrgSide, Settings>>,
	assumed: Readonly<Record<OrgSide, readonly string[]>> = { A: [], B: [] },
	/** The baseline's custom policies; without them, custom policies are left out of the plan. */
	basePolicies?: Readonly<Record<OrgSide, readonly CustomPolicy[]>>,
): ChangePlan {
	const changes: PlannedChange[] = [];
	const lines: Record<OrgSide, PlanLine[]> = { A: [], B: [] };
	const manual: Record<OrgSide, SettingId[]> = { A: [], B: [] };
	for (const side of ['A', 'B'] as const) {
		const from = baseline[side];
		const to = savedSettings(state, side);
		const targets = new Map<string, { params: string[]; settings: SettingId[]; noteKey?: string }>();
		for (const meta of SETTINGS) {
			if (meta.retired !== undefined || sameValue(from[meta.id], to[meta.id])) continue;
			const isAssumed = assumed[side].includes(meta.id);
			changes.push({
				side,
				setting: meta.id,
				from: from[meta.id],
				to: to[meta.id],
				delay: meta.delay,
				assumed: isAssumed,
				adminPathKey: meta.adminPathKey,
			});
			const ps = meta.powershell;
			if (!ps) {
				manual[side].push(meta.id);
				continue;
			}
			const target = `${ps.cmdlet}${ps.identity ? ` ${ps.identity}` : ''}`;
			const entry = targets.get(target) ?? { params: [], settings: [] };
			if (DOMAIN_GROUP.includes(meta.id)) {
				if (!entry.settings.some((id) => DOMAIN_GROUP.includes(id))) {
					const d = domainParams(from, to);
					entry.params.push(...d.params);
					if (d.noteKey) entry.noteKey = d.noteKey;
				}
			} else entry.params.push(`-${ps.parameter} ${formatValue(meta, to[meta.id])}`);
			// A value we never read may differ in the tenant: say so next to the line.
			if (isAssumed && !entry.noteKey) entry.noteKey = 'plan.note.assumed';
			entry.settings.push(meta.id);
			targets.set(target, entry);
		}
		for (const [target, e] of targets) {
			const params = [...new Set(e.params)];
			if (params.length === 0) continue;
			const line = { text: `${target} ${params.join(' ')}`, settings: e.settings };
			lines[side].push(e.noteKey ? { ...line, noteKey: e.noteKey } : line);
		}
		if (basePolicies) {
			const policies = policyChanges(state, side, basePolicies[side]);
			changes.push(...policies.changes);
			lines[side].push(...policies.lines);
		}
	}
	return { changes, lines, manual };
}

/**
 * Custom external access policies (facts C1): a policy the baseline had gets one
 * `Set-CsExternalAccessPolicy -Identity "<name>"` with only the values that differ; a policy the
 * sandbox added gets `New-CsExternalAccessPolicy` with its non-default values. Assignments are not
 * planned: the import never knows who holds a policy.
 */
function policyChanges(
	state: SimState,
	side: OrgSide,
	base: readonly CustomPolicy[],
): { changes: PlannedChange[]; lines: PlanLine[] } {
	const changes: PlannedChange[] = [];
	const lines: PlanLine[] = [];
	for (const policy of state.orgs[side].policies) {
		const before = base.find((p) => p.name === policy.name)?.settings;
		const now = savedPolicy(state, side, policy.name);
		const params: string[] = [];
		const settings: SettingId[] = [];
		for (const id of POLICY_SETTINGS) {
			const meta = SETTINGS.find((m) => m.id === id);
			const from = before ? before[id] : meta?.default;
			if (!meta?.powershell || from === undefined || sameValue(from, now[id])) continue;
			changes.push({
				side,
				setting: id,
				from,
				to: now[id],
				delay: meta.delay,
				assumed: false,
				adminPathKey: meta.adminPathKey,
				policy: policy.name,
			});
			params.push(`-${meta.powershell.parameter} ${formatValue(meta, now[id])}`);
			settings.push(id);
		}
		if (params.length > 0)
			lines.push({
				text: `${before ? 'Set' : 'New'}-CsExternalAccessPolicy -Identity "${policy.name}" ${params.join(' ')}`,
				settings,
			});
	}
	return { changes, lines };
}

/** The longest delay among the changes (minutes): when every change has surely taken effect. */
export function planSettleMinutes(plan: ChangePlan): number {
	return Math.max(0, ...plan.changes.map((c) => c.delay.max));
}
