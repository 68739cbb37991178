// The session reducer: what each event a reader causes does to the state, the undo history, the
// people talking, the selection, the move count, the "fix applied" marker and a link's problems.
import { describe, expect, test } from 'vitest';
import {
	createDefaultState,
	createSession,
	encodeState,
	getSetting,
	likelyInEffect,
	linkLoaded,
	presetLoaded,
	puzzleAnswer,
	puzzles,
	scorePrediction,
	verdictOf,
	waitingChanges,
	savedSettings,
	sessionStep,
	settleTime,
	UNDO_DEPTH,
	type Session,
	type SessionEvent,
} from '../../../src/model/index';

const run = (events: readonly SessionEvent[], from: Session = createSession()) =>
	events.reduce(sessionStep, from);
const off: SessionEvent = { type: 'set', side: 'A', setting: 'allowFederatedUsers', value: false };
const guestOff: SessionEvent = { type: 'set', side: 'B', setting: 'guestAccess', value: false };
// The events the islands send for a scenario and a link (the states come from src/model/load.ts).
const preset = (id: string): SessionEvent => ({ type: 'load', loaded: presetLoaded(id) });
const link = (code: string, record: boolean): SessionEvent => ({
	type: 'load',
	loaded: linkLoaded(code),
	record,
});
const masterA = (s: Session) => savedSettings(s.state, 'A')['allowFederatedUsers'];

interface Row {
	readonly name: string;
	readonly events: readonly SessionEvent[];
	readonly expect: {
		readonly past?: number;
		readonly moves?: number;
		readonly masterA?: unknown;
		readonly people?: Record<string, string>;
		readonly selected?: string | null;
		readonly applied?: number | null;
		readonly problems?: number;
		readonly presetId?: string | null;
	};
}

const ROWS: readonly Row[] = [
	{
		name: 'a change is one move and one undo step',
		events: [off],
		expect: { past: 1, moves: 1, masterA: false },
	},
	{
		name: 'a value the setting cannot take changes nothing',
		events: [{ type: 'set', side: 'A', setting: 'allowFederatedUsers', value: 'maybe' }],
		expect: { past: 0, moves: 0, masterA: true },
	},
	{
		name: 'an unknown setting changes nothing',
		events: [{ ...off, setting: 'noSuchSetting' }],
		expect: { past: 0, moves: 0 },
	},
	{
		name: 'undo takes the change back but not the move count',
		events: [off, { type: 'undo' }],
		expect: { past: 0, moves: 1, masterA: true },
	},
	{
		name: 'undo with nothing to undo does nothing',
		events: [{ type: 'undo' }],
		expect: { past: 0, moves: 0 },
	},
	{
		name: 'a scenario opens on the people it is about, and can be undone',
		events: [off, preset('user-policy-blocks')],
		expect: { past: 2, moves: 1, people: { A: 'megan' }, presetId: 'user-policy-blocks' },
	},
	{
		name: 'reset returns to the defaults and to the first people, as a step undo can take back',
		events: [preset('user-policy-blocks'), off, { type: 'reset' }],
		expect: { past: 3, people: {}, masterA: true, presetId: null },
	},
	{
		name: 'the link the page opened with is not an undo step',
		events: [link(`sim=${encodeState({ ...createDefaultState(), clock: 5 })}`.slice(4), false)],
		expect: { past: 0, problems: 0 },
	},
	{
		name: 'a scenario link opens on its people; one edited on the open page is an undo step',
		events: [link('preset=user-policy-blocks', true)],
		expect: { past: 1, people: { A: 'megan' }, presetId: 'user-policy-blocks' },
	},
	{
		name: 'a damaged link keeps its problems until a scenario or reset is loaded',
		events: [link('v2.%%%', false), off],
		expect: { problems: 1, masterA: false },
	},
	{
		name: 'loading a scenario clears the link problems',
		events: [link('v2.%%%', false), preset('user-policy-blocks')],
		expect: { problems: 0 },
	},
	{
		name: 'a fix counts one move per change and is marked applied',
		events: [
			{
				type: 'fix',
				changes: [
					{ side: 'A', setting: 'allowFederatedUsers', value: false },
					{ side: 'B', setting: 'guestAccess', value: false },
				],
			},
		],
		expect: { past: 1, moves: 2, applied: 2 },
	},
	{
		name: 'the next change ends the applied marker',
		events: [
			{ type: 'fix', changes: [{ side: 'A', setting: 'allowFederatedUsers', value: false }] },
			guestOff,
		],
		expect: { past: 2, moves: 2, applied: null },
	},
	{
		name: 'picking a person is not a change of settings',
		events: [{ type: 'talk', side: 'A', user: 'megan' }],
		expect: { past: 0, moves: 0, people: { A: 'megan' } },
	},
	{
		name: 'a cell opens, and closes when chosen again',
		events: [
			{ type: 'select', key: 'AtoB|federated|chat' },
			{ type: 'select', key: 'AtoB|federated|chat' },
		],
		expect: { selected: null, past: 0 },
	},
	{
		name: 'choosing another cell moves the trace there',
		events: [
			{ type: 'select', key: 'AtoB|federated|chat' },
			{ type: 'select', key: 'BtoA|federated|chat' },
		],
		expect: { selected: 'BtoA|federated|chat' },
	},
];

describe('sessionStep', () => {
	test.each(ROWS)('$name', ({ events, expect: want }) => {
		const s = run(events);
		if (want.past !== undefined) expect(s.past).toHaveLength(want.past);
		if (want.moves !== undefined) expect(s.moves).toBe(want.moves);
		if (want.masterA !== undefined) expect(masterA(s)).toBe(want.masterA);
		if (want.people !== undefined) expect(s.people).toEqual(want.people);
		if (want.selected !== undefined) expect(s.selected).toBe(want.selected);
		if (want.applied !== undefined) expect(s.applied?.length ?? null).toBe(want.applied);
		if (want.problems !== undefined) expect(s.problems).toHaveLength(want.problems);
		if (want.presetId !== undefined) expect(s.state.presetId).toBe(want.presetId);
	});

	test('an event that changes nothing returns the same session, so the view need not render', () => {
		const s = createSession();
		expect(sessionStep(s, { type: 'undo' })).toBe(s);
		expect(sessionStep(s, { ...off, value: 'maybe' })).toBe(s);
		expect(sessionStep(s, { type: 'fast-forward', to: 'max' })).toBe(s);
	});

	test(`undo reaches back ${UNDO_DEPTH} changes and no further`, () => {
		const flips = Array.from({ length: UNDO_DEPTH + 10 }, (_, i): SessionEvent => ({
			...off,
			value: i % 2 === 1,
		}));
		const s = run(flips);
		expect(s.past).toHaveLength(UNDO_DEPTH);
		expect(s.moves).toBe(UNDO_DEPTH + 10);
		const undone = run(
			Array.from({ length: UNDO_DEPTH + 5 }, (): SessionEvent => ({ type: 'undo' })),
			s,
		);
		expect(undone.past).toHaveLength(0);
		// The oldest state kept is the one after the tenth change, not the defaults.
		expect(undone.state.changes).toHaveLength(10);
	});

	test.each(['typical', 'max'] as const)(
		'fast-forward (%s) moves the clock to the settle time of every saved change',
		(to) => {
			const s = run([off, guestOff, { type: 'fast-forward', to }]);
			const delays = [getSetting('allowFederatedUsers')!.delay, getSetting('guestAccess')!.delay];
			expect(s.state.clock).toBe(Math.max(...delays.map((d) => d[to])));
			expect(s.state.clock).toBe(settleTime(s.state, to));
			// Undo returns to the moment of saving.
			expect(sessionStep(s, { type: 'undo' }).state.clock).toBe(0);
		},
	);

	test('after the typical fast-forward every waiting change is most likely in effect, and none after the worst case', () => {
		const saved = run([off, guestOff]);
		expect(likelyInEffect(saved.state)).toBe(0);
		const typical = sessionStep(saved, { type: 'fast-forward', to: 'typical' });
		expect(likelyInEffect(typical.state)).toBe(2);
		// The panel then says the typical delay has passed instead of "typically 0 minutes".
		expect(waitingChanges(saved.state).map((w) => w.likely)).toEqual([false, false]);
		expect(waitingChanges(typical.state).map((w) => w.likely)).toEqual([true, true]);
		// Still waiting: only the maximum is documented (facts C9).
		expect(sessionStep(typical, { type: 'fast-forward', to: 'max' }).state.clock).toBeGreaterThan(
			typical.state.clock,
		);
		expect(likelyInEffect(sessionStep(typical, { type: 'fast-forward', to: 'max' }).state)).toBe(0);
	});
});

describe('puzzles in the session', () => {
	const puzzle = puzzles()[0]!;
	const answer = puzzleAnswer(puzzle);
	const fix: SessionEvent = { type: 'fix', changes: answer };
	const start: SessionEvent = { type: 'puzzle-start', puzzle, loaded: presetLoaded(puzzle.presetId) };
	// Changes that do not solve it: guest access in B has no part in federated chat.
	const wrong = (i: number): SessionEvent => ({ ...guestOff, value: i % 2 === 1 });

	test('starting loads the scenario and plays; the one right change solves it for full marks', () => {
		expect(puzzle.target.identity).toBe('federated');
		const playing = run([off, start]);
		expect(playing.state.presetId).toBe(puzzle.presetId);
		expect(playing.puzzle?.status).toBe('playing');
		const solved = sessionStep(playing, fix).puzzle;
		expect(solved).toMatchObject({ status: 'solved', used: 1, score: 100 });
	});

	test('one wrong change costs points; running out of changes shows the answer', () => {
		const once = run([start, wrong(0), fix]).puzzle;
		expect(once).toMatchObject({ status: 'solved', used: 2 });
		expect(once?.status === 'solved' && once.score).toBeLessThan(100);
		const out = run([start, ...Array.from({ length: puzzle.limit }, (_, i) => wrong(i))]).puzzle;
		expect(out).toMatchObject({ status: 'failed', answer });
	});

	test('giving up reveals the answer; another scenario or Undo past the start ends it unscored', () => {
		expect(run([start, { type: 'puzzle-give-up' }]).puzzle).toMatchObject({ status: 'revealed', answer });
		expect(run([start, { type: 'reset' }]).puzzle?.status).toBe('ended');
		expect(run([off, start, { type: 'undo' }]).puzzle?.status).toBe('ended');
		expect(run([start, { type: 'puzzle-end' }]).puzzle).toBeNull();
		// Selecting a cell or picking who talks is not a change.
		expect(run([start, { type: 'select', key: 'x' }]).puzzle?.status).toBe('playing');
	});
});

describe('predict first in the session', () => {
	test('marks toggle while marking and freeze once revealed; the round keeps its starting state', () => {
		const s = run([
			{ type: 'predict-start' },
			{ type: 'predict-mark', key: 'a' },
			{ type: 'predict-mark', key: 'b' },
			{ type: 'predict-mark', key: 'a' },
			off,
			{ type: 'predict-reveal' },
			{ type: 'predict-mark', key: 'c' },
		]);
		expect(s.predict).toMatchObject({ marks: ['b'], revealed: true });
		expect(masterA({ ...s, state: s.predict!.from })).toBe(true);
		expect(masterA(s)).toBe(false);
		expect(run([{ type: 'predict-start' }, { type: 'predict-stop' }]).predict).toBeNull();
	});

	test('the settled reveal moves the clock past every saved change, so nothing is pending', () => {
		const plain = run([{ type: 'predict-start' }, off, { type: 'predict-reveal' }]);
		expect(waitingChanges(plain.state).length).toBe(1);
		const settled = run([{ type: 'predict-start' }, off, { type: 'predict-reveal', settled: true }]);
		expect(waitingChanges(settled.state)).toEqual([]);
		expect(settled.predict?.revealed).toBe(true);
	});

	test('scoring: hits, misses and wrong marks by cell', () => {
		const marks = new Set(['a', 'x']);
		expect(scorePrediction(marks, ['a', 'b'])).toEqual({ hits: 1, changed: 2, wrong: 1 });
		expect(['a', 'b', 'x', 'y'].map((k) => verdictOf(marks, ['a', 'b'], k))).toEqual([
			'hit',
			'miss',
			'wrong',
			null,
		]);
	});
});

describe("the presenter's step through a trace", () => {
	const step = (to: 'next' | 'prev' | 'all', total = 4): SessionEvent => ({ type: 'step', to, total });
	test('steps forward to the last check and back to the first; "all" shows every check again', () => {
		expect(run([step('next')]).step).toBe(1);
		expect(run([step('next'), step('next'), step('next'), step('next'), step('next')]).step).toBe(4);
		expect(run([step('next'), step('next'), step('prev'), step('prev'), step('prev')]).step).toBe(1);
		expect(run([step('prev')]).step).toBeNull();
		expect(run([step('next'), step('all')]).step).toBeNull();
	});

	test('another trace starts again from its first check, unless every check is shown', () => {
		const select = (key: string): SessionEvent => ({ type: 'select', key });
		expect(run([select('a'), step('next'), step('next'), select('b')]).step).toBe(1);
		expect(run([select('a'), select('b')]).step).toBeNull();
	});
});
