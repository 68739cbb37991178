/**
 * Troubleshooting cards derived from the simulator's presets: the group a preset belongs to, the
 * check that causes its symptom, the smallest fix, and the simulator page that opens it. Pure over
 * the model: no Astro, no i18n (keys and values only), so the unit tests cover every preset.
 *
 * Card shape
 *   { id, titleKey, symptomKey, group, slug, expectation, outcome, host, orgs,
 *     cause: { check, layer, side, reason, setting } | null,
 *     fix: { status, fixes[] }, pending?: { ago, earliest, typical, latest } (minutes from now) }
 */
import {
	defaultSettings,
	evaluateCell,
	getSetting,
	presetState,
	savedSettings,
	sidesOf,
	smallestFix,
	PRESETS,
	type Check,
	type Fix,
	type IdentityId,
	type LayerId,
	type OrgSide,
	type Outcome,
	type Preset,
	type PresetExpectation,
	type Reason,
	type SettingValue,
	type SimState,
} from '../model/index';
import { pagePath } from './urls';

/** The page's groups, in page order. */
export const TROUBLE_GROUPS = ['externalAccess', 'guestAccess', 'sharedChannels', 'notYetEffective'] as const;
export type TroubleGroup = (typeof TROUBLE_GROUPS)[number];

/** The content slugs that carry a simulator able to open `#preset=<id>` (the link contract). */
export const SIMULATOR_SLUGS = ['external-access', 'guest-access'] as const;
export type SimulatorSlug = (typeof SIMULATOR_SLUGS)[number];

/** The most fixes a card lists (the model ranks them; the simulator shows the rest). */
export const MAX_CARD_FIXES = 3;

/** One setting a card names, with where it lives. */
export interface CardSetting {
	readonly side: OrgSide;
	readonly id: string;
	readonly labelKey: string;
	readonly adminPathKey: string;
	readonly powershell: string | null;
}

/** The check that explains the symptom: its layer, side, reason code and main setting. */
export interface CardCause {
	readonly ruleId: string;
	readonly layer: LayerId;
	readonly side: OrgSide | null;
	readonly reason: Reason;
	readonly setting: CardSetting | null;
}

/** One change of a fix: the new value, and for lists the entries added or removed. */
export interface CardFixChange extends CardSetting {
	readonly value: SettingValue;
	readonly added: readonly string[];
	readonly removed: readonly string[];
}

/** `found`: fixes listed. `none`: no small fix. `wait`: a saved change is pending. `depends`/`notNeeded`: not blocked. */
export type FixStatus = 'found' | 'none' | 'wait' | 'depends' | 'notNeeded';

/** Everything a troubleshooting card shows for one preset. */
export interface TroubleCard {
	readonly id: string;
	readonly titleKey: string;
	readonly symptomKey: string;
	readonly group: TroubleGroup;
	readonly slug: SimulatorSlug;
	readonly expectation: PresetExpectation;
	readonly outcome: Outcome;
	/** "Your organization" in the expectation's direction. */
	readonly host: OrgSide;
	readonly orgs: Readonly<Record<OrgSide, string>>;
	readonly cause: CardCause | null;
	readonly fix: {
		readonly status: FixStatus;
		readonly fixes: readonly { changes: readonly CardFixChange[]; delay: Fix['delay'] }[];
	};
	/** For a pending outcome: minutes since the change was saved and until it takes effect. */
	readonly pending?: { ago: number; earliest: number; typical: number; latest: number };
}

const GUEST_PAGE_IDENTITIES: readonly IdentityId[] = ['guest', 'sharedChannel'];

/** The expectation a card is about: the first one that is not plainly allowed, else the first. */
export function featuredExpectation(preset: Preset): PresetExpectation {
	const first = preset.expect.find((e) => e.outcome !== 'allowed') ?? preset.expect[0];
	/* c8 ignore next -- every preset has at least one expectation; a unit test proves it */
	if (!first) throw new Error(`Preset ${preset.id} has no expectations`);
	return first;
}

/** True when the preset starts with saved changes not yet in effect ("it hasn't taken effect yet"). */
export function startsPending(preset: Preset): boolean {
	return (preset.setup.changes?.length ?? 0) > 0 || preset.expect.some((e) => e.outcome === 'pending');
}

/** The group of a preset: pending first, else by the identity of its featured expectation. */
export function groupOf(preset: Preset): TroubleGroup {
	if (startsPending(preset)) return 'notYetEffective';
	const { identity } = featuredExpectation(preset);
	if (identity === 'sharedChannel') return 'sharedChannels';
	return identity === 'guest' ? 'guestAccess' : 'externalAccess';
}

/** The simulator page that shows the preset's featured cell. */
export function simulatorSlugOf(preset: Preset): SimulatorSlug {
	return GUEST_PAGE_IDENTITIES.includes(featuredExpectation(preset).identity)
		? 'guest-access'
		: 'external-access';
}

/** The link that opens a preset in its simulator, e.g. `/sv/external-access/#preset=one-sided-allow-list`. */
export function simulatorHref(locale: string, preset: Preset): string {
	return `${pagePath(locale, simulatorSlugOf(preset))}#preset=${encodeURIComponent(preset.id)}`;
}

const refKey = (side: OrgSide, setting: string) => `${side}.${setting}`;

/** `A.setting` for every setting the preset moves away from Microsoft's defaults or has a saved change for. */
export function touchedSettings(preset: Preset): Set<string> {
	const defaults: Record<string, SettingValue> = defaultSettings();
	const out = new Set<string>();
	for (const side of ['A', 'B'] as const)
		for (const [id, value] of Object.entries(preset.setup[side]?.settings ?? {}))
			if (JSON.stringify(value) !== JSON.stringify(defaults[id])) out.add(refKey(side, id));
	for (const c of preset.setup.changes ?? []) out.add(refKey(c.side, c.setting));
	return out;
}

function cardSetting(side: OrgSide, id: string): CardSetting | null {
	const meta = getSetting(id);
	if (!meta) return null;
	const ps = meta.powershell;
	return {
		side,
		id,
		labelKey: meta.labelKey,
		adminPathKey: meta.adminPathKey,
		powershell: ps ? `${ps.cmdlet} -${ps.parameter}` : null,
	};
}

/**
 * The check behind the symptom: the rule and side the preset names, else (for an allowed cell) the
 * last check that reads a setting the preset changed, else the model's decisive check.
 */
export function causeCheck(
	checks: readonly Check[],
	decisive: number | null,
	expectation: PresetExpectation,
	outcome: Outcome,
	touched: ReadonlySet<string>,
): Check | null {
	const named = expectation.decisive;
	const hit = named && checks.find((c) => c.ruleId === named.rule && c.side === named.side);
	if (hit) return hit;
	if (outcome === 'allowed') {
		const reads = (c: Check) => c.reads.some((r) => touched.has(refKey(r.side, r.setting)));
		const last = [...checks].reverse().find(reads);
		if (last) return last;
	}
	return decisive === null ? null : (checks[decisive] ?? null);
}

function causeOf(check: Check | null, touched: ReadonlySet<string>): CardCause | null {
	if (!check) return null;
	const main = check.reads.find((r) => touched.has(refKey(r.side, r.setting))) ?? check.reads[0];
	return {
		ruleId: check.ruleId,
		layer: check.layer,
		side: check.side,
		reason: check.reason,
		setting: main ? cardSetting(main.side, main.setting) : null,
	};
}

function listDiff(before: SettingValue | undefined, after: SettingValue) {
	if (!Array.isArray(before) || !Array.isArray(after)) return { added: [], removed: [] };
	const b = before as readonly string[];
	const a = after as readonly string[];
	return { added: a.filter((v) => !b.includes(v)), removed: b.filter((v) => !a.includes(v)) };
}

function fixOf(state: SimState, e: PresetExpectation, outcome: Outcome): TroubleCard['fix'] {
	if (outcome === 'pending') return { status: 'wait', fixes: [] };
	if (outcome === 'depends') return { status: 'depends', fixes: [] };
	if (outcome === 'allowed') return { status: 'notNeeded', fixes: [] };
	const result = smallestFix(state, e.direction, e.identity, e.capability);
	if (result.status !== 'found') return { status: 'none', fixes: [] };
	const saved = { A: savedSettings(state, 'A'), B: savedSettings(state, 'B') };
	const fixes = result.fixes.slice(0, MAX_CARD_FIXES).map((fix) => ({
		delay: fix.delay,
		changes: fix.changes.flatMap((c) => {
			const setting = cardSetting(c.side, c.setting);
			/* c8 ignore next -- fixes only name known settings */
			if (!setting) return [];
			return [{ ...setting, value: c.value, ...listDiff(saved[c.side][c.setting], c.value) }];
		}),
	}));
	return { status: 'found', fixes };
}

/** The troubleshooting card of one preset, derived entirely from the model. */
export function troubleCard(preset: Preset): TroubleCard {
	const state = presetState(preset);
	const e = featuredExpectation(preset);
	const result = evaluateCell(state, e.direction, e.identity, e.capability, e.view ?? 'now');
	const touched = touchedSettings(preset);
	const pending = result.pending;
	const firstSave = Math.min(...state.changes.map((c) => c.at));
	return {
		id: preset.id,
		titleKey: preset.titleKey,
		symptomKey: preset.symptomKey,
		group: groupOf(preset),
		slug: simulatorSlugOf(preset),
		expectation: e,
		outcome: result.outcome,
		host: sidesOf(e.direction).host,
		orgs: { A: state.orgs.A.name, B: state.orgs.B.name },
		cause: causeOf(causeCheck(result.checks, result.decisive, e, result.outcome, touched), touched),
		fix: fixOf(state, e, result.outcome),
		...(pending
			? {
					pending: {
						ago: Math.max(0, state.clock - firstSave),
						earliest: Math.max(0, pending.earliest - state.clock),
						typical: Math.max(0, pending.typical - state.clock),
						latest: Math.max(0, pending.latest - state.clock),
					},
				}
			: {}),
	};
}

/** Every preset's card, grouped in page order; presets keep their model order inside a group. */
export function troubleGroups(presets: readonly Preset[] = PRESETS) {
	const cards = presets.map(troubleCard);
	return TROUBLE_GROUPS.map((group) => ({ group, cards: cards.filter((c) => c.group === group) }));
}
