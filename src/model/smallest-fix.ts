import type { CapabilityId } from './capabilities';
import { sidesOf, personView, type People } from './evaluate';
import type { Direction, IdentityId } from './identities';
import { planFor } from './plans';
import { runPlan, type Check } from './run-plan';
import { getSetting, SETTINGS, type SettingId, type SettingMeta, type Settings } from './settings';
import type { SimState } from './state';
import type { OrgSide, SettingValue } from './types';

/** One setting change a fix proposes, on one organization's side. */
export interface FixChange {
	readonly side: OrgSide;
	readonly setting: SettingId;
	readonly value: SettingValue;
	/** The custom policy to change, for a policy setting of a person on a custom policy. */
	readonly policy?: string;
}

/** A set of changes that together make the cell `allowed`, and how long they take to apply (minutes). */
export interface Fix {
	readonly changes: readonly FixChange[];
	readonly delay: { readonly min: number; readonly typical: number; readonly max: number };
}

/** `notNeeded`: already allowed. `found`: the smallest fixes. `none`: no setting change within reach allows it. */
export interface FixResult {
	readonly status: 'notNeeded' | 'found' | 'none';
	readonly fixes: readonly Fix[];
}

/** The largest number of changes a fix may combine. */
export const MAX_FIX_CHANGES = 3;
const MAX_FIXES = 5;
const order = new Map<string, number>(SETTINGS.map((s, i) => [s.id, i]));

function movesFor(check: Check, settings: Record<OrgSide, Settings>): FixChange[] {
	const moves: FixChange[] = [];
	for (const { side, setting, policy } of check.reads) {
		const inPolicy = policy === undefined ? {} : { policy };
		// Rules read known, current settings only (none reads a retired one).
		const meta = getSetting(setting) as SettingMeta & { readonly id: SettingId };
		const current = settings[side][setting as SettingId];
		if (meta.type === 'toggle') {
			moves.push({ side, setting: meta.id, value: current !== true, ...inPolicy });
		} else if (meta.type === 'choice') {
			for (const option of meta.options)
				// The Global policy's scope is fixed to OrganizationDefault (facts §3.3).
				if (
					option !== current &&
					(policy !== undefined || meta.id !== 'userExternalOrgsScope' || option === 'OrganizationDefault')
				)
					moves.push({ side, setting: meta.id, value: option, ...inPolicy });
		} else if (check.subject !== undefined && Array.isArray(current)) {
			const list = current as readonly string[];
			const subject = check.subject;
			const value = list.includes(subject) ? list.filter((v) => v !== subject) : [...list, subject];
			moves.push({ side, setting: meta.id, value, ...inPolicy });
		}
	}
	return moves;
}

function keyOf(changes: readonly FixChange[]): string {
	return changes
		.map((c) => `${c.side}.${c.setting}=${JSON.stringify(c.value)}`)
		.sort()
		.join('|');
}

/** Sort key among fixes of the same size: your own side first, then settings in panel order. */
function rankKey(fix: readonly FixChange[], host: OrgSide): string {
	const partner = fix.filter((c) => c.side !== host).length;
	return `${partner}:${fix.map((c) => String(order.get(c.setting)).padStart(3, '0')).join(',')}`;
}

/**
 * The fewest setting changes (up to MAX_FIX_CHANGES) that make a cell `allowed`, searched breadth-first
 * from the settings each organization has saved. Candidate changes come from the failed and unknown
 * checks of each step, so every proposal names a setting the trace showed.
 */
export function smallestFix(
	state: SimState,
	direction: Direction,
	identity: IdentityId,
	capability: CapabilityId,
	people: People = {},
): FixResult {
	const { host, partner } = sidesOf(direction);
	// Each side as its person sees it: org settings with that person's policy (Global or custom).
	const views = {
		[host]: personView(state, host, () => true, people[host]),
		[partner]: personView(state, partner, () => true, people[partner]),
	} as Record<OrgSide, ReturnType<typeof personView>>;
	const plan = planFor(identity, capability);
	const evaluate = (changes: readonly FixChange[]) => {
		const next = { A: { ...views.A.settings }, B: { ...views.B.settings } } as Record<
			OrgSide,
			Record<string, SettingValue>
		>;
		for (const c of changes) next[c.side][c.setting] = c.value;
		const settings = next as Record<OrgSide, Settings>;
		const result = runPlan(
			plan,
			{ ...views[host], settings: settings[host] },
			{ ...views[partner], settings: settings[partner] },
		);
		return { result, settings };
	};

	const root = evaluate([]);
	if (root.result.outcome === 'allowed') return { status: 'notNeeded', fixes: [] };
	let level: {
		changes: readonly FixChange[];
		checks: readonly Check[];
		settings: Record<OrgSide, Settings>;
	}[] = [{ changes: [], checks: root.result.checks, settings: root.settings }];
	const seen = new Set<string>(['']);
	for (let depth = 1; depth <= MAX_FIX_CHANGES; depth++) {
		const found: FixChange[][] = [];
		const next: typeof level = [];
		for (const node of level) {
			const open = node.checks.filter((c) => c.status === 'failed' || c.status === 'unknown');
			for (const move of open.flatMap((c) => movesFor(c, node.settings))) {
				if (node.changes.some((c) => c.side === move.side && c.setting === move.setting)) continue;
				const changes = [...node.changes, move];
				const key = keyOf(changes);
				if (seen.has(key)) continue;
				seen.add(key);
				const { result, settings } = evaluate(changes);
				if (result.outcome === 'allowed') found.push(changes);
				else next.push({ changes, checks: result.checks, settings });
			}
		}
		if (found.length > 0) {
			const fixes = found
				.sort((a, b) => rankKey(a, host).localeCompare(rankKey(b, host)))
				.slice(0, MAX_FIXES)
				.map((changes) => ({ changes, delay: delayOf(changes) }));
			return { status: 'found', fixes };
		}
		level = next;
	}
	return { status: 'none', fixes: [] };
}

function delayOf(changes: readonly FixChange[]): Fix['delay'] {
	const ranges = changes.map((c) => (getSetting(c.setting) as SettingMeta).delay);
	return {
		min: Math.max(...ranges.map((r) => r.min)),
		typical: Math.max(...ranges.map((r) => r.typical)),
		max: Math.max(...ranges.map((r) => r.max)),
	};
}
