/**
 * A running puzzle's rules: the puzzle's shape, whether a state solves it and the score. Apart
 * from the puzzles' derivation (puzzles.ts, which searches every preset for its smallest fix), so
 * the session that plays a puzzle needs neither the presets nor the search.
 */
import type { CapabilityId } from './capabilities';
import { evaluateCell, viewTime } from './evaluate';
import type { Direction, IdentityId } from './identities';
import type { FixChange } from './smallest-fix';
import type { SimState } from './state';

/** Changes a player may make beyond the fewest that solve a puzzle. */
export const PUZZLE_SPARE_CHANGES = 2;
/** Points lost for each change beyond the fewest. */
export const PUZZLE_PENALTY = 25;

/** One puzzle: the preset it starts from and the cell to make `allowed`. */
export interface Puzzle {
	readonly presetId: string;
	readonly target: {
		readonly direction: Direction;
		readonly identity: IdentityId;
		readonly capability: CapabilityId;
	};
	/** The fewest setting changes that solve it (always 1: "find the one setting"). */
	readonly fewest: number;
	/** How many changes the player may make. */
	readonly limit: number;
	/** The answer shown when the player gives up or runs out: the first smallest fix from the start. */
	readonly answer: readonly FixChange[];
}

/** Where a puzzle stands after some changes. */
export interface PuzzleStatus {
	/** The target is allowed once every saved change has taken effect. */
	readonly solved: boolean;
	/** Minutes from now until the target surely works (0 when it already does); null if unsolved. */
	readonly effectiveIn: { readonly typical: number; readonly max: number } | null;
}

/** Checks a puzzle against a state: solved once every saved change has taken effect. */
export function puzzleStatus(state: SimState, puzzle: Puzzle): PuzzleStatus {
	const { direction, identity, capability } = puzzle.target;
	const settled = evaluateCell(state, direction, identity, capability, 'worstCase');
	if (settled.outcome !== 'allowed') return { solved: false, effectiveIn: null };
	const now = evaluateCell(state, direction, identity, capability, 'now');
	if (now.outcome === 'allowed') return { solved: true, effectiveIn: { typical: 0, max: 0 } };
	return {
		solved: true,
		effectiveIn: {
			typical: viewTime(state, 'typical') - state.clock,
			max: viewTime(state, 'worstCase') - state.clock,
		},
	};
}

/** The score out of 100: full marks for the fewest changes, less for each extra one, 0 unsolved or over the limit. */
export function puzzleScore(puzzle: Puzzle, changes: number, solved: boolean): number {
	if (!solved || changes > puzzle.limit) return 0;
	return Math.max(0, 100 - PUZZLE_PENALTY * Math.max(0, changes - puzzle.fewest));
}
