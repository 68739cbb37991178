/**
 * Workshop practice for one simulator: "predict first" (the room marks the cells it expects to
 * change, the trainer changes settings, then the reveal scores the marks) and "find the one
 * setting" puzzles. Their rules live in the session reducer (src/model/session.ts); this maps
 * them to what the practice bar and the matrix show. The matrix reads it through `PracticeContext`.
 */
import { createContext } from 'preact';
import type { Puzzle } from '../../model/index';
import type { Results } from '../sim-helpers';
import type { Simulator } from '../use-simulator';

/** How a cell fared after the reveal. */
export type Verdict = 'hit' | 'miss' | 'wrong';

/** What the matrix needs while the room predicts, and after the reveal. */
export interface PracticeView {
	/** While marking: the results from before, which the matrix keeps showing. */
	readonly frozen: Results | null;
	readonly marks: ReadonlySet<string>;
	verdict(key: string): Verdict | null;
	toggle(key: string): void;
}

export const PracticeContext = createContext<PracticeView | null>(null);

/** Predict-first and puzzle state for one simulator, from its session. */
export function usePractice(sim: Simulator) {
	const predict = sim.predict;
	const run = sim.puzzle;
	const view: PracticeView | null = predict && {
		frozen: predict.frozen,
		marks: predict.marks,
		verdict: predict.verdict,
		toggle: sim.mark,
	};
	return {
		view,
		predicting: predict !== null && !predict.revealed,
		marked: predict?.marks.size ?? 0,
		score: predict?.score ?? null,
		startPredict: sim.startPredict,
		reveal: () => sim.reveal(false),
		/** Saved changes are still pending, so the reveal can also show them in effect. */
		pending: sim.waiting.length > 0,
		revealSettled: () => sim.reveal(true),
		stopPredict: sim.stopPredict,
		run,
		/** Setting changes since the puzzle started. */
		used: run ? Math.max(0, sim.moves - run.base) : 0,
		startPuzzle: (puzzle: Puzzle) => sim.startPuzzle(puzzle),
		giveUp: sim.giveUp,
		endPuzzle: sim.endPuzzle,
	};
}

export type Practice = ReturnType<typeof usePractice>;
