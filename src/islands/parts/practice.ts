/**
 * Workshop practice for one simulator: "predict first" (the room marks the cells it expects to
 * change, the trainer changes settings, then the reveal scores the marks) and "find the one
 * setting" puzzles. The state lives in SimFrame; the matrix reads it through `PracticeContext`.
 */
import { createContext } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { FixChange, Puzzle } from '../../model/index';
import { changedKeys, type Results } from '../sim-helpers';
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

type Predict =
	| {
			readonly phase: 'marking';
			readonly frozen: Results;
			readonly marks: ReadonlySet<string>;
			/** Revealing once every saved change is in effect (the clock is being moved there). */
			readonly settling?: boolean;
	  }
	| { readonly phase: 'revealed'; readonly marks: ReadonlySet<string>; readonly changed: readonly string[] };

/** The tally of a reveal. */
export interface PredictScore {
	readonly hits: number;
	readonly changed: number;
	readonly wrong: number;
}

/** Where a puzzle stands. `used` counts setting changes since it started. */
export type PuzzleRun = {
	readonly puzzle: Puzzle;
	readonly base: number;
	/** Set once the puzzle's preset has been loaded, so loading another one ends the puzzle. */
	readonly loaded: boolean;
} & (
	| { readonly status: 'playing' }
	| {
			readonly status: 'solved';
			readonly used: number;
			readonly score: number;
			readonly effectiveIn: { readonly typical: number; readonly max: number };
	  }
	| { readonly status: 'failed' | 'revealed'; readonly answer: readonly FixChange[] }
	| { readonly status: 'ended' }
);

/** Scores a reveal: marked cells that changed, all changed cells, and marked cells that did not. */
export function scorePrediction(marks: ReadonlySet<string>, changed: readonly string[]): PredictScore {
	const hits = changed.filter((k) => marks.has(k)).length;
	return { hits, changed: changed.length, wrong: marks.size - hits };
}

/** Holds predict-first and puzzle state for one simulator. */
export function usePractice(sim: Simulator) {
	const [predict, setPredict] = useState<Predict | null>(null);
	const [run, setRun] = useState<PuzzleRun | null>(null);

	// Follow the puzzle as the reader changes settings.
	useEffect(() => {
		if (!run || run.status !== 'playing') return;
		const onPreset = sim.presetId === run.puzzle.presetId;
		if (!run.loaded) {
			if (onPreset) setRun({ ...run, loaded: true });
			return;
		}
		if (!onPreset) return setRun({ ...run, status: 'ended' });
		const used = sim.moves - run.base;
		if (used < 1) return;
		const status = sim.puzzleStatus(run.puzzle);
		if (status?.solved && status.effectiveIn)
			setRun({
				...run,
				status: 'solved',
				used,
				score: sim.puzzleScore(run.puzzle, used, true),
				effectiveIn: status.effectiveIn,
			});
		else if (status && used >= run.puzzle.limit)
			setRun({ ...run, status: 'failed', answer: sim.puzzleAnswer(run.puzzle) });
	}, [run, sim.moves, sim.presetId, sim.results]);

	const reveal = () =>
		setPredict((p) =>
			p?.phase === 'marking'
				? { phase: 'revealed', marks: p.marks, changed: changedKeys(p.frozen, sim.results) }
				: p,
		);
	// The settled reveal waits until the clock has passed every saved change's maximum delay.
	useEffect(() => {
		if (predict?.phase === 'marking' && predict.settling && sim.waiting.length === 0) reveal();
	}, [predict, sim.waiting]);

	const marking = predict?.phase === 'marking' ? predict : null;
	const revealed = predict?.phase === 'revealed' ? predict : null;
	const view: PracticeView | null = predict && {
		frozen: marking?.frozen ?? null,
		marks: predict.marks,
		verdict: (key) => {
			if (!revealed) return null;
			const marked = revealed.marks.has(key);
			const changed = revealed.changed.includes(key);
			return marked && changed ? 'hit' : changed ? 'miss' : marked ? 'wrong' : null;
		},
		toggle: (key) =>
			setPredict((p) => {
				if (p?.phase !== 'marking') return p;
				const marks = new Set(p.marks);
				if (!marks.delete(key)) marks.add(key);
				return { ...p, marks };
			}),
	};

	return {
		view,
		predicting: marking !== null,
		marked: predict?.marks.size ?? 0,
		score: revealed ? scorePrediction(revealed.marks, revealed.changed) : null,
		startPredict: () => setPredict({ phase: 'marking', frozen: sim.results, marks: new Set() }),
		reveal,
		/** Saved changes are still pending, so the reveal can also show them in effect. */
		pending: sim.waiting.length > 0,
		revealSettled: () => {
			setPredict((p) => (p?.phase === 'marking' ? { ...p, settling: true } : p));
			sim.fastForward('max');
		},
		stopPredict: () => setPredict(null),
		run,
		/** Setting changes since the puzzle started. */
		used: run ? Math.max(0, sim.moves - run.base) : 0,
		startPuzzle: (puzzle: Puzzle) => {
			setRun({ puzzle, base: sim.moves, loaded: false, status: 'playing' });
			sim.loadPreset(puzzle.presetId);
		},
		giveUp: () =>
			setRun((r) =>
				r?.status === 'playing' ? { ...r, status: 'revealed', answer: sim.puzzleAnswer(r.puzzle) } : r,
			),
		endPuzzle: () => setRun(null),
	};
}

export type Practice = ReturnType<typeof usePractice>;
