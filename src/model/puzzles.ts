/**
 * "Find the one setting" puzzles for workshops, derived from the presets: a preset whose symptom
 * cell is blocked and can be fixed with a single setting change becomes a puzzle. The player gets a
 * few spare changes; the score falls with every change beyond the one that was needed.
 */
import { getPreset, PRESETS, presetState, type Preset } from './presets';
import { PUZZLE_SPARE_CHANGES, type Puzzle } from './puzzle-run';
import { smallestFix, type FixChange } from './smallest-fix';

export {
	PUZZLE_PENALTY,
	PUZZLE_SPARE_CHANGES,
	puzzleScore,
	puzzleStatus,
	type Puzzle,
	type PuzzleStatus,
} from './puzzle-run';

/** The puzzle a preset makes, or null when its symptom is not one blocked cell with a one-change fix. */
export function puzzleOf(preset: Preset): Puzzle | null {
	const state = presetState(preset);
	for (const e of preset.expect) {
		// Puzzles talk about the default people only.
		if (e.outcome !== 'blocked' || (e.view ?? 'now') !== 'now' || e.people) continue;
		const fix = smallestFix(state, e.direction, e.identity, e.capability);
		const answer = fix.fixes[0]?.changes;
		const fewest = answer?.length;
		if (fix.status !== 'found' || !answer || fewest !== 1) continue;
		return {
			presetId: preset.id,
			target: { direction: e.direction, identity: e.identity, capability: e.capability },
			fewest,
			limit: fewest + PUZZLE_SPARE_CHANGES,
			answer,
		};
	}
	return null;
}

let all: readonly Puzzle[] | undefined;

/** Every puzzle, in preset order (derived once: each runs a smallest-fix search). */
export function puzzles(): readonly Puzzle[] {
	return (all ??= PRESETS.flatMap((p) => puzzleOf(p) ?? []));
}

/** A puzzle's answer found again from its preset (the first smallest fix from the start); equals `puzzle.answer`. */
export function puzzleAnswer(puzzle: Puzzle): readonly FixChange[] {
	const preset = getPreset(puzzle.presetId);
	if (!preset) return [];
	const { direction, identity, capability } = puzzle.target;
	return smallestFix(presetState(preset), direction, identity, capability).fixes[0]?.changes ?? [];
}
