/**
 * The one adapter between the islands and the model. Until the first interaction it serves the
 * server-computed default state from props; then it loads `engine.ts` and holds the state, its undo
 * history, the results, which cells just changed, the live-region message and the share link.
 * Components stay view-only and call the actions returned here.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type {
	CellResult,
	FixChange,
	FixResult,
	OrgSide,
	People,
	PowerShellReadout,
	Puzzle,
	PuzzleStatus,
	Reason,
	SimState,
} from '../model/index';
import { changedKeys, linkFragment, type CellSpec, type Results } from './sim-helpers';
import type { EngineCell, Waiting } from './engine';
import type { IslandData, OrgFacts } from './types';

type Engine = typeof import('./engine');

/** How an island turns changed cells into one live-region sentence in its language. */
export type Announce = (changed: readonly CellResult[], state: SimState) => string;

/** The share link: not copied yet, copied, or shown for copying by hand. */
export type LinkStatus =
	{ readonly kind: 'idle' } | { readonly kind: 'copied' | 'manual'; readonly url: string };

interface Store {
	readonly engine: Engine | null;
	readonly state: SimState | null;
	readonly past: readonly SimState[];
	readonly results: Results;
	readonly changed: readonly string[];
	readonly message: string;
	readonly problems: readonly Reason[];
	readonly selected: string | null;
	readonly link: LinkStatus;
	readonly applied: readonly FixChange[] | null;
	readonly moves: number;
	/** Who is talking on each side (a user part); absent: the organization's first person. */
	readonly people: People;
}

/** Everything a simulator view needs: derived data and actions. */
export interface Simulator {
	readonly results: Results;
	readonly changed: readonly string[];
	readonly message: string;
	readonly problems: readonly Reason[];
	readonly selected: string | null;
	readonly link: LinkStatus;
	readonly applied: readonly FixChange[] | null;
	readonly presetId: string | null;
	/** The whole state once the engine is loaded (read by the baselines panel), else null. */
	readonly state: SimState | null;
	readonly clock: number;
	readonly orgs: Readonly<Record<OrgSide, OrgFacts>>;
	readonly saved: Readonly<Record<OrgSide, Readonly<Record<string, unknown>>>>;
	readonly waiting: readonly Waiting[];
	readonly canUndo: boolean;
	/** How many setting changes the reader has made (loading a preset, undo or reset do not count). */
	readonly moves: number;
	/** The person talking on each side and their external access policy (null: Global). */
	talking(side: OrgSide): { readonly user: string; readonly policy: string | null };
	/** Picks who is talking on one side; every result is evaluated for that person. */
	setTalking(side: OrgSide, user: string): void;
	/** The saved values of a custom policy, once the engine is loaded. */
	policyValues(side: OrgSide, policy: string): Readonly<Record<string, unknown>> | null;
	/** A puzzle's status in the current state, once the engine is loaded. */
	puzzleStatus(puzzle: Puzzle): PuzzleStatus | null;
	/** A puzzle's score after `changes` changes. */
	puzzleScore(puzzle: Puzzle, changes: number, solved: boolean): number;
	/** The one-change answer to a puzzle, once the engine is loaded. */
	puzzleAnswer(puzzle: Puzzle): readonly FixChange[];
	/** The selected cell's full result and smallest fix, once the engine is loaded. */
	readonly current: { readonly result: CellResult; readonly fix: FixResult } | null;
	/** PowerShell for one organization's saved settings, once the engine is loaded. */
	powershell(side: OrgSide): PowerShellReadout | null;
	/** Starts loading the engine (on hover or focus, before the first click). */
	warm(): void;
	/** Saves a setting; `policy` names the custom policy a per-user setting changes in. */
	setSetting(side: OrgSide, id: string, value: unknown, policy?: string): void;
	setOrg(side: OrgSide, patch: Partial<OrgFacts>): void;
	loadPreset(id: string): void;
	reset(): void;
	undo(): void;
	fastForward(which: 'typical' | 'max'): void;
	applyFix(changes: readonly FixChange[]): void;
	select(key: string): void;
	copyLink(): void;
	/** The page URL with the current state in its fragment (the page URL alone before any change). */
	shareUrl(): string;
}

const HISTORY = 50;
let loading: Promise<Engine> | undefined;
/** Loads the engine once per page. */
const loadEngine = () => (loading ??= import('./engine'));

/** Holds one simulator's state; `cells` are the cells it shows, `announce` words their changes. */
export function useSimulator(data: IslandData, cells: readonly CellSpec[], announce: Announce): Simulator {
	const [store, setStore] = useState<Store>(() => ({
		engine: null,
		state: null,
		past: [],
		results: new Map(Object.entries(data.results)),
		changed: [],
		message: '',
		problems: [],
		selected: null,
		link: { kind: 'idle' },
		applied: null,
		moves: 0,
		people: {},
	}));

	/** Runs `update` with the engine and the current state; a new state is evaluated and announced. */
	const act = (
		update: (e: Engine, state: SimState) => SimState,
		extra: Partial<Store> = {},
		record = true,
		moves = 0,
	) =>
		void loadEngine().then((e) =>
			setStore((s) => {
				const state = s.state ?? e.createDefaultState();
				const next = update(e, state);
				const people = extra.people ?? s.people;
				if (next === state && people === s.people) {
					const results = s.engine ? s.results : e.evaluateCells(state, cells, people);
					return { ...s, engine: e, state, results, ...extra };
				}
				const results = e.evaluateCells(next, cells, people);
				const changed = changedKeys(s.results, results);
				const message = announce(
					changed.flatMap((k) => results.get(k)?.result ?? []),
					next,
				);
				const past = record && next !== state ? [...s.past, state].slice(-HISTORY) : s.past;
				const base = { engine: e, state: next, past, results, changed, message, moves: s.moves + moves };
				return { ...s, ...base, link: { kind: 'idle' }, applied: null, ...extra };
			}),
		);

	/** The fragment this island last wrote, so its own writes are not read back as a new link. */
	const written = useRef<string | null>(null);

	/** Loads the state a `#sim=` or `#preset=` fragment describes; other fragments are not ours. */
	const readLink = (record: boolean) => {
		// decodeState never throws on a damaged fragment; it says what it ignored.
		const hash = linkFragment();
		const code = hash.startsWith('sim=') ? hash.slice(4) : hash.startsWith('preset=') ? hash : null;
		if (code === null) return;
		void loadEngine().then((e) => {
			const decoded = e.decodeState(code);
			// A scenario's link shows the people the scenario is about, like choosing it in the picker.
			const presetId = decoded.state.presetId;
			const people = presetId === null ? {} : e.peopleOfPreset(presetId);
			act(() => decoded.state, { problems: decoded.problems, people }, record);
		});
	};

	useEffect(() => {
		readLink(false);
		// A fragment edited on the open page (or a link followed within it) loads too, as a step
		// that Undo can take back.
		const onHash = () => {
			if (location.hash !== written.current) readLink(true);
		};
		window.addEventListener('hashchange', onHash);
		return () => window.removeEventListener('hashchange', onHash);
	}, []);

	// The URL tells the truth: every change writes the state into the fragment (replaceState, so
	// Back still leaves the page), and Microsoft's defaults clear it. Reload, a copied address bar
	// and the language picker (which carries the fragment) then keep the reader's settings.
	useEffect(() => {
		const { engine: e, state: st } = store;
		if (!e || !st) return;
		const code = e.shareFragment(st);
		const fragment = code === '' ? '' : `#${code}`;
		const hash = location.hash;
		// A fragment that is not a simulator link (a heading, a puzzle) stays until the reader changes something.
		if (!written.current && fragment === '' && !/^#(sim|preset)=/.test(hash)) return;
		if (hash === fragment) return;
		written.current = fragment;
		history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment}`);
	}, [store.state]);

	const { engine, state } = store;
	const derived = useMemo(() => {
		if (!engine || !state) return null;
		const r =
			store.selected === null ? undefined : (store.results.get(store.selected) as EngineCell | undefined);
		const current = r
			? {
					result: r.result,
					fix: engine.smallestFix(
						state,
						r.result.direction,
						r.result.identity,
						r.result.capability,
						store.people,
					),
				}
			: null;
		return {
			saved: { A: engine.savedSettings(state, 'A'), B: engine.savedSettings(state, 'B') },
			waiting: engine.waitingChanges(state),
			current,
		};
	}, [engine, state, store.selected, store.results, store.people]);

	return {
		results: store.results,
		changed: store.changed,
		message: store.message,
		problems: store.problems,
		selected: store.selected,
		link: store.link,
		applied: store.applied,
		presetId: state?.presetId ?? null,
		state,
		clock: state?.clock ?? 0,
		orgs: state?.orgs ?? data.orgs,
		saved: derived?.saved ?? { A: data.defaults, B: data.defaults },
		waiting: derived?.waiting ?? [],
		canUndo: store.past.length > 0,
		moves: store.moves,
		puzzleStatus: (puzzle) => (engine && state ? engine.puzzleStatus(state, puzzle) : null),
		puzzleScore: (puzzle, changes, solved) => engine?.puzzleScore(puzzle, changes, solved) ?? 0,
		puzzleAnswer: (puzzle) => engine?.puzzleAnswer(puzzle) ?? [],
		current: derived?.current ?? null,
		powershell: (side) => (engine && state ? engine.powershellReadout(state, side) : null),
		warm: () => void loadEngine(),
		talking: (side) => {
			const people = (state?.orgs ?? data.orgs)[side].people;
			const user = store.people[side];
			const person = people.find((p) => p.user === user) ?? people[0];
			return person
				? { user: person.user, policy: person.policy }
				: { user: (state?.orgs ?? data.orgs)[side].user, policy: null };
		},
		setTalking: (side, user) => act((_, s) => s, { people: { ...store.people, [side]: user } }),
		policyValues: (side, policy) => (engine && state ? engine.savedPolicy(state, side, policy) : null),
		setSetting: (side, id, value, policy) =>
			act((e, s) => e.applyChange(s, side, id, value, policy), {}, true, 1),
		setOrg: (side, patch) => act((e, s) => e.setOrgInfo(s, side, patch)),
		loadPreset: (id) =>
			void loadEngine().then((e) =>
				act(() => e.stateOfPreset(id), { problems: [], people: e.peopleOfPreset(id) }),
			),
		reset: () => act((e) => e.createDefaultState(), { problems: [], people: {} }),
		undo: () =>
			void loadEngine().then((e) =>
				setStore((s) => {
					const prev = s.past.at(-1);
					if (!prev) return s;
					const results = e.evaluateCells(prev, cells, s.people);
					const changed = changedKeys(s.results, results);
					const message = announce(
						changed.flatMap((k) => results.get(k)?.result ?? []),
						prev,
					);
					return { ...s, state: prev, past: s.past.slice(0, -1), results, changed, message, applied: null };
				}),
			),
		fastForward: (which) => act((e, s) => e.advanceClock(s, e.settleTime(s, which) - s.clock)),
		applyFix: (changes) =>
			act(
				(e, s) => changes.reduce((acc, c) => e.applyChange(acc, c.side, c.setting, c.value, c.policy), s),
				{ applied: changes },
				true,
				changes.length,
			),
		select: (key) => {
			act((_, s) => s);
			setStore((s) => ({ ...s, selected: s.selected === key ? null : key }));
		},
		shareUrl: () => {
			const base = location.href.replace(/#.*$/, '');
			const code = store.engine && store.state ? store.engine.shareFragment(store.state) : '';
			return code === '' ? base : `${base}#${code}`;
		},
		copyLink: () =>
			void loadEngine().then((e) => {
				const code = e.shareFragment(store.state ?? e.createDefaultState());
				const url = `${location.href.replace(/#.*$/, '')}${code === '' ? '' : `#${code}`}`;
				history.replaceState(history.state, '', url);
				const done = (kind: 'copied' | 'manual') => setStore((s) => ({ ...s, link: { kind, url } }));
				if (!navigator.clipboard?.writeText) return done('manual');
				navigator.clipboard.writeText(url).then(
					() => done('copied'),
					() => done('manual'),
				);
			}),
	};
}
