/**
 * A reader's session with a simulator, as one pure reducer: `(session, event) => session`, like
 * xstate's `transition()`. It holds the state and its undo history, who is talking on each side,
 * the selected cell, the reader's move count, the fix just applied, the problems of the link
 * that was opened, a running "find the one setting" puzzle, a "predict first" round and the
 * presenter's step through the open trace. The islands' hook only dispatches events and evaluates what it shows; every
 * rule about what an event does (what Undo takes back, what counts as a move, which people a
 * scenario opens on) lives here and is tested table by table.
 */
import type { People } from './evaluate';
import { getSetting } from './settings';
import type { FixChange } from './smallest-fix';
import { puzzleScore, puzzleStatus, type Puzzle } from './puzzle-run';
import {
	advanceClock,
	applyChange,
	createDefaultState,
	setOrgInfo,
	type OrgInfo,
	type SimState,
} from './state';
import type { OrgSide, Reason, SettingValue } from './types';

/** How many earlier states Undo can return to. */
export const UNDO_DEPTH = 50;

export interface Session {
	readonly state: SimState;
	/** Earlier states, oldest first; Undo returns to the last. */
	readonly past: readonly SimState[];
	/** Who is talking on each side (a user part); absent: the organization's first person. */
	readonly people: People;
	/** The cell whose trace is open, by the island's cell key. */
	readonly selected: string | null;
	/** Setting changes the reader made (a scenario, a link, Undo and Reset are not moves). */
	readonly moves: number;
	/** The changes of the fix applied last, until the next change of state. */
	readonly applied: readonly FixChange[] | null;
	/** What the opened link held that could not be used. */
	readonly problems: readonly Reason[];
	/** The puzzle being played (or just finished), if any. */
	readonly puzzle: PuzzleRun | null;
	/** The predict-first round, if any. */
	readonly predict: PredictRun | null;
	/** Presenter mode's step through the open trace: checks 1…step shown; null shows them all. */
	readonly step: number | null;
}

/** Where a puzzle stands; `base` is the move count when it started, so moves since are its changes. */
export type PuzzleRun = { readonly puzzle: Puzzle; readonly base: number } & (
	| { readonly status: 'playing' }
	| {
			readonly status: 'solved';
			readonly used: number;
			readonly score: number;
			readonly effectiveIn: { readonly typical: number; readonly max: number };
	  }
	/** Out of changes (`failed`) or given up (`revealed`): the answer is shown. */
	| { readonly status: 'failed' | 'revealed'; readonly answer: readonly FixChange[] }
	/** Another scenario was loaded (or Undo left the puzzle's): the puzzle is over, unscored. */
	| { readonly status: 'ended' }
);

/**
 * Predict first: the room marks the cells it expects a change to turn (by the island's cell
 * keys) while the results stay as they were in `from`; the reveal compares them.
 */
export interface PredictRun {
	readonly from: SimState;
	readonly marks: readonly string[];
	readonly revealed: boolean;
}

/** The tally of a reveal: marked cells that changed, all changed cells, marked cells that did not. */
export interface PredictScore {
	readonly hits: number;
	readonly changed: number;
	readonly wrong: number;
}

/** Scores a reveal from the marked cells and the cells that changed. */
export function scorePrediction(marks: ReadonlySet<string>, changed: readonly string[]): PredictScore {
	const hits = changed.filter((k) => marks.has(k)).length;
	return { hits, changed: changed.length, wrong: marks.size - hits };
}

/** How one cell fared in a reveal: foreseen (`hit`), not foreseen (`miss`), wrongly marked, or neither. */
export function verdictOf(
	marks: ReadonlySet<string>,
	changed: readonly string[],
	key: string,
): 'hit' | 'miss' | 'wrong' | null {
	const marked = marks.has(key);
	const turned = changed.includes(key);
	return marked && turned ? 'hit' : turned ? 'miss' : marked ? 'wrong' : null;
}

/**
 * A state to open with whose rows it is about and what a link's decoding ignored. Made outside
 * the reducer (src/model/load.ts), so the session needs neither the presets nor the link decoder.
 */
export interface Loaded {
	readonly state: SimState;
	readonly people: People;
	readonly problems: readonly Reason[];
}

export type SessionEvent =
	| {
			readonly type: 'set';
			readonly side: OrgSide;
			readonly setting: string;
			readonly value: unknown;
			/** The custom policy a per-user setting changes in. */
			readonly policy?: string;
	  }
	| { readonly type: 'org'; readonly side: OrgSide; readonly patch: Partial<OrgInfo> }
	/**
	 * A scenario or a link's state (src/model/load.ts makes them from an id or a link); `record`
	 * false for the link the page opened with (nothing to undo).
	 */
	| { readonly type: 'load'; readonly loaded: Loaded; readonly record?: boolean }
	| { readonly type: 'reset' }
	| { readonly type: 'undo' }
	| { readonly type: 'fast-forward'; readonly to: 'typical' | 'max' }
	| { readonly type: 'fix'; readonly changes: readonly FixChange[] }
	| { readonly type: 'talk'; readonly side: OrgSide; readonly user: string }
	/** Opens a cell's trace, or closes it when it is the open one. */
	| { readonly type: 'select'; readonly key: string }
	/** Loads the puzzle's scenario and starts counting changes. */
	| { readonly type: 'puzzle-start'; readonly puzzle: Puzzle; readonly loaded: Loaded }
	| { readonly type: 'puzzle-give-up' }
	| { readonly type: 'puzzle-end' }
	| { readonly type: 'predict-start' }
	/** Marks a cell as expected to change, or unmarks it. */
	| { readonly type: 'predict-mark'; readonly key: string }
	/** Ends the marking; `settled` first moves the clock past every saved change's longest delay. */
	| { readonly type: 'predict-reveal'; readonly settled?: boolean }
	| { readonly type: 'predict-stop' }
	/** Steps through the open trace of `total` checks: one more, one fewer, or all at once. */
	| { readonly type: 'step'; readonly to: 'next' | 'prev' | 'all'; readonly total: number };

/** A session at Microsoft's defaults, or at `state`. */
export function createSession(state: SimState = createDefaultState()): Session {
	return {
		state,
		past: [],
		people: {},
		selected: null,
		moves: 0,
		applied: null,
		problems: [],
		puzzle: null,
		predict: null,
		step: null,
	};
}

const delayOf = (setting: string) => getSetting(setting)?.delay ?? { min: 0, typical: 0, max: 0 };

/** The clock time at which every saved change has passed its typical or its longest delay. */
export function settleTime(state: SimState, which: 'typical' | 'max'): number {
	return Math.max(state.clock, ...state.changes.map((c) => c.at + delayOf(c.setting)[which]));
}

/** A saved change that may not be in effect yet, with its window in minutes from now. */
export interface Waiting {
	readonly side: OrgSide;
	readonly setting: string;
	readonly value: SettingValue;
	readonly earliest: number;
	readonly typical: number;
	readonly latest: number;
	/** Its estimated typical delay has passed: most likely in effect, still pending until `latest`. */
	readonly likely: boolean;
}

/** Saved changes whose longest delay has not passed: saved, but not surely in effect. */
export function waitingChanges(state: SimState): Waiting[] {
	return state.changes.flatMap((c) => {
		const d = delayOf(c.setting);
		const rel = (m: number) => c.at + m - state.clock;
		return rel(d.max) > 0
			? [
					{
						side: c.side,
						setting: c.setting,
						value: c.value,
						earliest: rel(d.min),
						typical: rel(d.typical),
						latest: rel(d.max),
						likely: rel(d.typical) <= 0,
					},
				]
			: [];
	});
}

/**
 * How many of the waiting changes have passed their typical delay: most likely in effect, by
 * estimate, though they count as pending until their documented maximum (facts C9).
 */
export function likelyInEffect(state: SimState): number {
	return waitingChanges(state).filter((w) => w.likely).length;
}

interface Move {
	/** Put the old state on the undo history (default true). */
	readonly record?: boolean;
	/** How many reader's moves this is (default 0). */
	readonly moved?: number;
	readonly people?: People;
	readonly problems?: readonly Reason[];
}

/** A new state; a new state also ends the "fix just applied" marker. */
function moveTo(s: Session, state: SimState, { record = true, moved = 0, ...rest }: Move = {}): Session {
	if (state === s.state && rest.people === undefined && rest.problems === undefined) return s;
	const past = record && state !== s.state ? [...s.past, s.state].slice(-UNDO_DEPTH) : s.past;
	return { ...s, ...rest, state, past, applied: null, moves: s.moves + moved };
}

/** What one event does to a session. Total: an event that cannot apply returns the session unchanged. */
export function sessionStep(s: Session, e: SessionEvent): Session {
	const next = step(s, e);
	// A running puzzle follows every change of state or move count.
	const run = next.puzzle;
	if (run?.status !== 'playing' || (next.state === s.state && next.moves === s.moves)) return next;
	return { ...next, puzzle: followPuzzle(next, run) };
}

/** A playing puzzle after the session changed: ended, solved, out of changes, or still playing. */
function followPuzzle(s: Session, run: PuzzleRun & { status: 'playing' }): PuzzleRun {
	if (s.state.presetId !== run.puzzle.presetId)
		return { puzzle: run.puzzle, base: run.base, status: 'ended' };
	const used = s.moves - run.base;
	if (used < 1) return run;
	const status = puzzleStatus(s.state, run.puzzle);
	if (status.solved && status.effectiveIn)
		return {
			puzzle: run.puzzle,
			base: run.base,
			status: 'solved',
			used,
			score: puzzleScore(run.puzzle, used, true),
			effectiveIn: status.effectiveIn,
		};
	if (used >= run.puzzle.limit)
		return { puzzle: run.puzzle, base: run.base, status: 'failed', answer: run.puzzle.answer };
	return run;
}

function step(s: Session, e: SessionEvent): Session {
	switch (e.type) {
		case 'set':
			return moveTo(s, applyChange(s.state, e.side, e.setting, e.value, e.policy), { moved: 1 });
		case 'org':
			return moveTo(s, setOrgInfo(s.state, e.side, e.patch));
		case 'load':
			return moveTo(s, e.loaded.state, {
				record: e.record ?? true,
				problems: e.loaded.problems,
				people: e.loaded.people,
			});
		case 'reset':
			return moveTo(s, createDefaultState(), { problems: [], people: {} });
		case 'undo': {
			const previous = s.past.at(-1);
			return previous ? { ...s, state: previous, past: s.past.slice(0, -1), applied: null } : s;
		}
		case 'fast-forward':
			return moveTo(s, advanceClock(s.state, settleTime(s.state, e.to) - s.state.clock));
		case 'fix': {
			const state = e.changes.reduce(
				(acc, c) => applyChange(acc, c.side, c.setting, c.value, c.policy),
				s.state,
			);
			return state === s.state ? s : { ...moveTo(s, state, { moved: e.changes.length }), applied: e.changes };
		}
		case 'talk':
			return { ...s, people: { ...s.people, [e.side]: e.user } };
		case 'select':
			// Another trace starts again from its first check (when stepping).
			return { ...s, selected: s.selected === e.key ? null : e.key, step: s.step === null ? null : 1 };
		case 'step': {
			const to =
				e.to === 'all'
					? null
					: e.to === 'next'
						? Math.min((s.step ?? 0) + 1, Math.max(1, e.total))
						: s.step === null
							? null
							: Math.max(s.step - 1, 1);
			return to === s.step ? s : { ...s, step: to };
		}
		case 'puzzle-start': {
			const loaded = step(s, { type: 'load', loaded: e.loaded });
			return { ...loaded, puzzle: { puzzle: e.puzzle, base: loaded.moves, status: 'playing' } };
		}
		case 'puzzle-give-up': {
			const run = s.puzzle;
			return run?.status === 'playing'
				? {
						...s,
						puzzle: {
							puzzle: run.puzzle,
							base: run.base,
							status: 'revealed',
							answer: run.puzzle.answer,
						},
					}
				: s;
		}
		case 'puzzle-end':
			return s.puzzle ? { ...s, puzzle: null } : s;
		case 'predict-start':
			return { ...s, predict: { from: s.state, marks: [], revealed: false } };
		case 'predict-mark': {
			const p = s.predict;
			if (!p || p.revealed) return s;
			const marks = p.marks.includes(e.key) ? p.marks.filter((k) => k !== e.key) : [...p.marks, e.key];
			return { ...s, predict: { ...p, marks } };
		}
		case 'predict-reveal': {
			const p = s.predict;
			if (!p || p.revealed) return s;
			const settled = e.settled ? step(s, { type: 'fast-forward', to: 'max' }) : s;
			return { ...settled, predict: { ...p, revealed: true } };
		}
		case 'predict-stop':
			return s.predict ? { ...s, predict: null } : s;
	}
}
