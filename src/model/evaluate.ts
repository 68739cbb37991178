import { appliesTo, CAPABILITIES, type CapabilityId } from './capabilities';
import { IDENTITIES, DIRECTIONS, type Direction, type IdentityId } from './identities';
import { planFor } from './plans';
import { runPlan, type Check, type PendingWindow, type PlanRun } from './run-plan';
import type { OrgView } from './rules';
import { getSetting, type Settings } from './settings';
import { isPolicySetting, personOf, settingsWith, type Change, type Person, type SimState } from './state';
import type { Outcome, OrgSide, Reason } from './types';

/** When to look: now (unsettled changes are pending), after the typical delay, or in the worst case. */
export type View = 'now' | 'typical' | 'worstCase';

/** A pending cell: the outcome before and after the unsettled changes, and when they take effect. */
export interface PendingCell extends PendingWindow {
	readonly from: Exclude<Outcome, 'pending'>;
	readonly to: Exclude<Outcome, 'pending'>;
	/** The outcome now if every change took effect at its typical delay: an estimate (facts C9). */
	readonly likely: Exclude<Outcome, 'pending'>;
}

/** Which person talks for each organization (user names; the default person when absent). */
export type People = Partial<Record<OrgSide, string>>;

/** The evaluation of one identity × capability in one direction. */
export interface CellResult {
	/** Whose row it is: the address of the person on each side, and their policy (null: Global). */
	readonly people: Readonly<Record<OrgSide, { readonly address: string; readonly policy: string | null }>>;
	readonly direction: Direction;
	readonly identity: IdentityId;
	readonly capability: CapabilityId;
	readonly outcome: Outcome;
	/** Every check in order (the trace). */
	readonly checks: readonly Check[];
	/** Index in `checks` of the check that decided the outcome. */
	readonly decisive: number;
	/** What is unknown when the outcome is `depends` (or may be after a pending change). */
	readonly unknowns: readonly Reason[];
	readonly pending?: PendingCell;
	/** The clock time (minutes) the result describes. */
	readonly at: number;
}

/** The host (your organization) and partner of a direction. */
export function sidesOf(direction: Direction): { host: OrgSide; partner: OrgSide } {
	return direction === 'AtoB' ? { host: 'A', partner: 'B' } : { host: 'B', partner: 'A' };
}

/** Builds the view of one organization and one of its people that rules read. */
export function orgView(state: SimState, side: OrgSide, settings: Settings, person?: Person): OrgView {
	const org = state.orgs[side];
	const who = person ?? personOf(state, side);
	return {
		side,
		name: org.name,
		domain: org.domain,
		address: `${who.user}@${org.domain}`,
		trialOnly: org.trialOnly,
		known: org.known,
		teamsOnly: org.teamsOnly,
		policy: who.policy,
		guestMember: who.guestMember,
		settings,
	};
}

/** The view of one side's person with only the changes accepted by `take` in effect. */
export function personView(
	state: SimState,
	side: OrgSide,
	take: (c: Change) => boolean,
	user?: string,
): OrgView {
	const person = personOf(state, side, user);
	return orgView(state, side, settingsWith(state, side, take, person.policy), person);
}

function delayOf(change: Change) {
	/* c8 ignore next -- changes only name known settings (applyChange and the codec check) */
	return getSetting(change.setting)?.delay ?? { min: 0, typical: 0, max: 0 };
}

/** True when a change has surely taken effect at time `t` (its maximum delay has passed). */
export function isSettled(change: Change, t: number): boolean {
	return change.at + delayOf(change).max <= t;
}

/** The clock time a view describes: now, or when every saved change has reached its typical or maximum delay. */
export function viewTime(state: SimState, view: View): number {
	if (view === 'now') return state.clock;
	const ends = state.changes.map((c) => c.at + (view === 'typical' ? delayOf(c).typical : delayOf(c).max));
	return Math.max(state.clock, ...ends);
}

function run(
	state: SimState,
	direction: Direction,
	identity: IdentityId,
	capability: CapabilityId,
	take: (c: Change) => boolean,
	people: People,
): PlanRun {
	const { host, partner } = sidesOf(direction);
	return runPlan(
		planFor(identity, capability),
		personView(state, host, take, people[host]),
		personView(state, partner, take, people[partner]),
	);
}

function windowOf(changes: readonly Change[]): PendingWindow {
	return {
		earliest: Math.min(...changes.map((c) => c.at + delayOf(c).min)),
		typical: Math.max(...changes.map((c) => c.at + delayOf(c).typical)),
		latest: Math.max(...changes.map((c) => c.at + delayOf(c).max)),
	};
}

function readsChange(check: Check, change: Change): boolean {
	return check.reads.some(
		(r) =>
			r.side === change.side &&
			r.setting === change.setting &&
			(!isPolicySetting(change.setting) || (r.policy ?? null) === (change.policy ?? null)),
	);
}

/** Evaluates one cell of the matrix at the given view (default: now). */
export function evaluateCell(
	state: SimState,
	direction: Direction,
	identity: IdentityId,
	capability: CapabilityId,
	view: View = 'now',
	people: People = {},
): CellResult {
	const at = viewTime(state, view);
	const after = run(state, direction, identity, capability, () => true, people);
	const unsettled = view === 'now' ? state.changes.filter((c) => !isSettled(c, at)) : [];
	const who = (side: OrgSide) => {
		const p = personOf(state, side, people[side]);
		return { address: `${p.user}@${state.orgs[side].domain}`, policy: p.policy };
	};
	const base = { direction, identity, capability, at, people: { A: who('A'), B: who('B') } };
	if (unsettled.length === 0) return { ...base, ...after, unknowns: unknownsOf(after.checks) };

	const before = run(state, direction, identity, capability, (c) => isSettled(c, at), people);
	// If every unsettled change took effect at its estimated typical delay (facts C9: an estimate).
	const likely = run(
		state,
		direction,
		identity,
		capability,
		(c) => isSettled(c, at) || c.at + delayOf(c).typical <= at,
		people,
	).outcome;
	const checks = after.checks.map((check) => {
		const hits = unsettled.filter((c) => readsChange(check, c));
		return hits.length === 0 ? check : { ...check, pending: windowOf(hits) };
	});
	if (before.outcome === after.outcome) return { ...base, ...after, checks, unknowns: unknownsOf(checks) };

	const relevant = unsettled.filter((c) =>
		[...before.checks, ...after.checks].some((k) => readsChange(k, c)),
	);
	const window = windowOf(relevant);
	const firstPending = checks.findIndex((c) => c.pending !== undefined);
	return {
		...base,
		outcome: 'pending',
		checks,
		// A changed outcome always traces back to a check that reads a pending setting.
		/* c8 ignore next */
		decisive: firstPending < 0 ? after.decisive : firstPending,
		unknowns: unknownsOf(checks),
		pending: { ...window, from: before.outcome, to: after.outcome, likely },
	};
}

function unknownsOf(checks: readonly Check[]): Reason[] {
	return checks.filter((c) => c.status === 'unknown').map((c) => c.reason);
}

/** Evaluates every applicable cell: both directions × every identity × every capability, for the given people. */
export function evaluateMatrix(state: SimState, view: View = 'now', people: People = {}): CellResult[] {
	const out: CellResult[] = [];
	for (const direction of DIRECTIONS)
		for (const { id: identity } of IDENTITIES)
			for (const capability of CAPABILITIES)
				if (appliesTo(capability, identity))
					out.push(evaluateCell(state, direction, identity, capability.id, view, people));
	return out;
}
