/**
 * "Find the one setting" puzzles for workshops, derived from the presets: a preset whose symptom
 * cell is blocked and can be fixed with a single setting change becomes a puzzle. The player gets a
 * few spare changes; the score falls with every change beyond the one that was needed.
 */
import type { CapabilityId } from './capabilities';
import { evaluateCell, viewTime } from './evaluate';
import type { Direction, IdentityId } from './identities';
import { getPreset, PRESETS, presetState, type Preset } from './presets';
import { smallestFix, type FixChange } from './smallest-fix';
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
}

/** The puzzle a preset makes, or null when its symptom is not one blocked cell with a one-change fix. */
export function puzzleOf(preset: Preset): Puzzle | null {
	const state = presetState(preset);
	for (const e of preset.expect) {
		// Puzzles talk about the default people only.
		if (e.outcome !== 'blocked' || (e.view ?? 'now') !== 'now' || e.people) continue;
		const fix = smallestFix(state, e.direction, e.identity, e.capability);
		const fewest = fix.fixes[0]?.changes.length;
		if (fix.status !== 'found' || fewest !== 1) continue;
		return {
			presetId: preset.id,
			target: { direction: e.direction, identity: e.identity, capability: e.capability },
			fewest,
			limit: fewest + PUZZLE_SPARE_CHANGES,
		};
	}
	return null;
}

let all: readonly Puzzle[] | undefined;

/** Every puzzle, in preset order (derived once: each runs a smallest-fix search). */
export function puzzles(): readonly Puzzle[] {
	return (all ??= PRESETS.flatMap((p) => puzzleOf(p) ?? []));
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

/** The answer to show when the player gives up or runs out: the first smallest fix from the start. */
export function puzzleAnswer(puzzle: Puzzle): readonly FixChange[] {
	const preset = getPreset(puzzle.presetId);
	if (!preset) return [];
	const { direction, identity, capability } = puzzle.target;
	return smallestFix(presetState(preset), direction, identity, capability).fixes[0]?.changes ?? [];
}
