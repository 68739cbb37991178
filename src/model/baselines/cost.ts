import { evaluateMatrix, type CellResult } from '../evaluate';
import { getSetting } from '../settings';
import type { FixChange } from '../smallest-fix';
import { applyChange, type SimState } from '../state';
import type { OrgSide } from '../types';
import type { Control } from './controls';
import { baselineInput, evaluateControl } from './evaluate';

/** What a set of changes does to the results once in effect: cells allowed → blocked, and blocked → allowed. */
export interface Cost {
	readonly closes: readonly CellResult[];
	readonly opens: readonly CellResult[];
}

/** The change a failing control needs on one side and its cost; `cost` is null when the simulator can't show it. */
export interface ControlFixPlan {
	readonly changes: readonly FixChange[];
	readonly cost: Cost | null;
}

function keyOf(c: CellResult): string {
	// A per-person model adds a `person` to cells; keep it in the key when present.
	const person = (c as { readonly person?: unknown }).person;
	return `${c.direction}|${c.identity}|${c.capability}|${typeof person === 'string' ? person : ''}`;
}

/** Applies changes through the model's normal change path (the same as the simulator's undoable edits). */
export function withChanges(state: SimState, changes: readonly FixChange[]): SimState {
	return changes.reduce((s, c) => applyChange(s, c.side, c.setting, c.value), state);
}

/**
 * The cells that turn from allowed to blocked (and back) when `changes` are saved, comparing the model's
 * own matrix before and after, each once every saved change has taken effect (worst-case view).
 */
export function costOf(state: SimState, changes: readonly FixChange[]): Cost {
	const before = new Map(evaluateMatrix(state, 'worstCase').map((c) => [keyOf(c), c.outcome]));
	const after = evaluateMatrix(withChanges(state, changes), 'worstCase');
	return {
		closes: after.filter((c) => c.outcome === 'blocked' && before.get(keyOf(c)) === 'allowed'),
		opens: after.filter((c) => c.outcome === 'allowed' && before.get(keyOf(c)) === 'blocked'),
	};
}

/**
 * The smallest change that makes a failing control pass on `side`: among the control's single changes
 * that the simulator models and that do make it pass, the one that blocks the fewest cells (data order
 * breaks ties). Changes to inputs the simulator does not model come back with a null cost.
 */
export function fixControl(state: SimState, side: OrgSide, control: Control): ControlFixPlan | null {
	let best: ControlFixPlan | null = null;
	for (const fix of control.fixes) {
		if (fix.some(([key]) => getSetting(key) === undefined)) {
			best ??= {
				changes: fix.map(([setting, value]) => ({ side, setting, value }) as FixChange),
				cost: null,
			};
			continue;
		}
		const changes = fix.map(([setting, value]) => ({ side, setting, value }) as FixChange);
		const next = withChanges(state, changes);
		if (evaluateControl(control, baselineInput(next, side)).verdict !== 'pass') continue;
		const cost = costOf(state, changes);
		if (best === null || best.cost === null || cost.closes.length < best.cost.closes.length)
			best = { changes, cost };
	}
	return best;
}

/** The cells a passing control blocks today: blocked results with a failed check on a setting the control reads. */
export function blockedBy(
	state: SimState,
	side: OrgSide,
	control: Control,
	matrix: readonly CellResult[] = evaluateMatrix(state, 'worstCase'),
): CellResult[] {
	return matrix.filter(
		(r) =>
			r.outcome === 'blocked' &&
			r.checks.some(
				(c) =>
					c.status === 'failed' && c.reads.some((x) => x.side === side && control.reads.includes(x.setting)),
			),
	);
}
