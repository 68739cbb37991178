/**
 * The one adapter between the islands and the model. Until the first interaction it serves the
 * server-computed default state from props; then it loads `model-engine.ts`, sends each action as an
 * event through the session reducer (src/model/session.ts: state, undo, scenarios, links, clock,
 * people, selection) and keeps what the view derives from it: the results, which cells just
 * changed, the live-region message and the share link. Components stay view-only.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type {
	CellResult,
	Direction,
	FixChange,
	FixResult,
	IdentityId,
	OrgSide,
	PowerShellReadout,
	PredictScore,
	Puzzle,
	PuzzleRun,
	Reason,
	Session,
	SessionEvent,
	SimState,
} from '../model/index';
import { createAnnouncer } from './describe';
import { stringsAt } from './page-strings';
import { cellKey, cellsOf, changedKeys, linkFragment, type CellSpec, type Results } from './sim-helpers';
import { createT, type T } from './strings';
import type { EngineCell, Waiting } from './model-engine';
import type { IslandData, IslandProps, OrgFacts } from './types';

type Engine = typeof import('./model-engine');
type Extras = typeof import('./model-extras');

/** How an island turns changed cells into one live-region sentence in its language. */
export type Announce = (changed: readonly CellResult[], state: SimState) => string;

/** The share link: not copied yet, copied, or shown for copying by hand. */
export type LinkStatus =
	{ readonly kind: 'idle' } | { readonly kind: 'copied' | 'manual'; readonly url: string };

interface Store {
	readonly engine: Engine | null;
	/** The reader's session (src/model/session.ts), once the engine is loaded. */
	readonly session: Session | null;
	readonly results: Results;
	readonly changed: readonly string[];
	readonly message: string;
	readonly link: LinkStatus;
	/** The last action could not load the model's code (a lost connection); the next one retries. */
	readonly loadFailed: boolean;
}

/** A predict-first round as the view shows it (src/model/session.ts holds it). */
export interface PredictView {
	readonly marks: ReadonlySet<string>;
	readonly revealed: boolean;
	/** While marking: the results from when the round started, which the matrix keeps showing. */
	readonly frozen: Results | null;
	/** After the reveal: the tally. */
	readonly score: PredictScore | null;
	/** After the reveal: how one cell fared. */
	verdict(key: string): 'hit' | 'miss' | 'wrong' | null;
}

/** Everything a simulator view needs: derived data and actions. */
export interface Simulator {
	readonly results: Results;
	readonly changed: readonly string[];
	readonly message: string;
	/** The last action could not load the model's code; the next one tries again. */
	readonly loadFailed: boolean;
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
	/** How many waiting changes have passed their typical delay (most likely in effect, by estimate). */
	readonly likely: number;
	readonly canUndo: boolean;
	/** How many setting changes the reader has made (loading a preset, undo or reset do not count). */
	readonly moves: number;
	/** The person talking on each side and their external access policy (null: Global). */
	talking(side: OrgSide): { readonly user: string; readonly policy: string | null };
	/** Picks who is talking on one side; every result is evaluated for that person. */
	setTalking(side: OrgSide, user: string): void;
	/** The saved values of a custom policy, once the engine is loaded. */
	policyValues(side: OrgSide, policy: string): Readonly<Record<string, unknown>> | null;
	/** The selected cell's full result and smallest fix, once the engine and its extras are loaded. */
	readonly current: {
		readonly result: CellResult;
		readonly fix: FixResult;
		/** A cited source's URL (the trace links each check to its source). */
		sourceUrl(key: string): string | undefined;
	} | null;
	/** PowerShell for one organization's saved settings, once the engine's extras are loaded. */
	powershell(side: OrgSide): PowerShellReadout | null;
	/** Presenter mode's step through the open trace (null: every check shown). */
	readonly step: number | null;
	/** One more check, one fewer, or all, in a trace of `total` checks. */
	stepTrace(to: 'next' | 'prev' | 'all', total: number): void;
	/** The puzzle being played or just finished. */
	readonly puzzle: PuzzleRun | null;
	/** The predict-first round, once the engine is loaded. */
	readonly predict: PredictView | null;
	startPuzzle(puzzle: Puzzle): void;
	giveUp(): void;
	endPuzzle(): void;
	startPredict(): void;
	mark(key: string): void;
	/** Ends the marking; `settled` first moves the clock past every saved change's longest delay. */
	reveal(settled: boolean): void;
	stopPredict(): void;
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

/**
 * A module loaded once per page. A failed load (a lost connection) is forgotten, so the next
 * action tries again instead of failing for good.
 */
function loadOnce<M>(load: () => Promise<M>): () => Promise<M> {
	let pending: Promise<M> | undefined;
	return () =>
		(pending ??= load().catch((error: unknown) => {
			pending = undefined;
			throw error;
		}));
}

const loadEngine = loadOnce<Engine>(() => import('./model-engine'));
/** Starts loading the engine ahead of use; a failure waits for the action that needs it to report. */
const preloadEngine = () => void loadEngine().catch(() => {});
/**
 * What a first toggle does not need: scenarios and links (the presets and the link decoder), a
 * trace's smallest fix and cited URLs, and the PowerShell readout.
 */
const loadExtras = loadOnce<Extras>(() => import('./model-extras'));

/** Holds one simulator's session; `cells` are the cells it shows, `announce` words their changes. */
export function useSimulator(
	data: IslandData,
	cells: readonly CellSpec[],
	announce: Announce,
	loadFailedText: string,
): Simulator {
	const [extras, setExtras] = useState<Extras | null>(null);
	// A scenario is loaded through the extras, so they are here whenever a state names one.
	const startOf = (id: string) => extras?.presetStart(id);
	/** Brings the extras in (once the engine is here, so the two do not compete for the network). */
	const wantExtras = () => void loadExtras().then(setExtras, () => {});
	/** Dispatches the event `make` builds from the extras (a scenario, a link, a puzzle's start). */
	const withExtras = (make: (x: Extras) => SessionEvent) =>
		void loadExtras().then((x) => {
			setExtras(x);
			dispatch(make(x));
		}, failed);
	const [store, setStore] = useState<Store>(() => ({
		engine: null,
		session: null,
		results: new Map(Object.entries(data.results)),
		changed: [],
		message: '',
		link: { kind: 'idle' },
		loadFailed: false,
	}));
	/** What a failed load shows and announces: nothing changed; the reader can try again. */
	const failed = () => setStore((s) => ({ ...s, loadFailed: true, message: loadFailedText }));

	/**
	 * Sends one event through the session reducer (src/model/session.ts). When the state or the
	 * people changed, the island's cells are evaluated again and the changed ones announced.
	 */
	const dispatch = (event: SessionEvent | null) =>
		void loadEngine().then((e) => {
			if (!extras) wantExtras();
			setStore((s) => {
				const before = s.session ?? e.createSession();
				const session = event ? e.sessionStep(before, event) : before;
				if (s.session && session.state === before.state && session.people === before.people)
					return { ...s, session, loadFailed: false };
				const results = e.evaluateCells(session.state, cells, session.people);
				// The first event that changes nothing (a selection, a warm-up) only brings the engine in.
				if (!s.session && session.state === before.state && session.people === before.people)
					return { ...s, engine: e, session, results, loadFailed: false };
				const changed = changedKeys(s.results, results);
				const message = announce(
					changed.flatMap((k) => results.get(k)?.result ?? []),
					session.state,
				);
				return {
					engine: e,
					session,
					results,
					changed,
					message,
					link: { kind: 'idle' },
					loadFailed: false,
				};
			});
		}, failed);

	/** The fragment this island last wrote, so its own writes are not read back as a new link. */
	const written = useRef<string | null>(null);

	/** Loads the state a `#sim=` or `#preset=` fragment describes; other fragments are not ours. */
	const readLink = (record: boolean) => {
		// decodeState never throws on a damaged fragment; it says what it ignored.
		const hash = linkFragment();
		const code = hash.startsWith('sim=') ? hash.slice(4) : hash.startsWith('preset=') ? hash : null;
		if (code !== null) withExtras((x) => ({ type: 'load', loaded: x.linkLoaded(code), record }));
	};

	useEffect(() => {
		// The island hydrates on the reader's first sign of intent, so the model is wanted next.
		preloadEngine();
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
		const { engine: e } = store;
		const st = store.session?.state;
		if (!e || !st) return;
		const code = e.fragmentFor(st, startOf);
		const fragment = code === '' ? '' : `#${code}`;
		const hash = location.hash;
		// A fragment that is not a simulator link (a heading, a puzzle) stays until the reader changes something.
		if (!written.current && fragment === '' && !/^#(sim|preset)=/.test(hash)) return;
		if (hash === fragment) return;
		written.current = fragment;
		history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment}`);
	}, [store.session?.state]);

	const { engine, session } = store;
	const state = session?.state ?? null;
	const people = session?.people ?? {};
	const selected = session?.selected ?? null;
	const derived = useMemo(() => {
		if (!engine || !state) return null;
		const r = selected === null ? undefined : (store.results.get(selected) as EngineCell | undefined);
		const { direction, identity, capability } = r?.result ?? {};
		// The trace opens once the extras are here (they follow the engine within moments).
		const current =
			r && direction && identity && capability && extras
				? {
						result: r.result,
						fix: extras.smallestFix(state, direction, identity, capability, people),
						sourceUrl: extras.sourceUrl,
					}
				: null;
		return {
			saved: { A: engine.savedSettings(state, 'A'), B: engine.savedSettings(state, 'B') },
			waiting: engine.waitingChanges(state),
			likely: engine.likelyInEffect(state),
			current,
		};
	}, [engine, extras, state, selected, store.results, people]);
	const round = session?.predict ?? null;
	const frozen = useMemo(
		() => (engine && round ? engine.evaluateCells(round.from, cells, people) : null),
		[engine, round?.from, people],
	);
	const predict = useMemo((): PredictView | null => {
		if (!engine || !round || !frozen) return null;
		const marks = new Set(round.marks);
		const changed = round.revealed ? changedKeys(frozen, store.results) : [];
		return {
			marks,
			revealed: round.revealed,
			frozen: round.revealed ? null : frozen,
			score: round.revealed ? engine.scorePrediction(marks, changed) : null,
			verdict: (key) => (round.revealed ? engine.verdictOf(marks, changed, key) : null),
		};
	}, [engine, round, frozen, store.results]);

	return {
		results: store.results,
		changed: store.changed,
		message: store.message,
		loadFailed: store.loadFailed,
		problems: session?.problems ?? [],
		selected,
		link: store.link,
		applied: session?.applied ?? null,
		presetId: state?.presetId ?? null,
		state,
		clock: state?.clock ?? 0,
		orgs: state?.orgs ?? data.orgs,
		saved: derived?.saved ?? { A: data.defaults, B: data.defaults },
		waiting: derived?.waiting ?? [],
		likely: derived?.likely ?? 0,
		canUndo: (session?.past.length ?? 0) > 0,
		moves: session?.moves ?? 0,
		current: derived?.current ?? null,
		powershell: (side) => (extras && state ? extras.powershellReadout(state, side) : null),
		step: session?.step ?? null,
		stepTrace: (to, total) => dispatch({ type: 'step', to, total }),
		puzzle: session?.puzzle ?? null,
		predict,
		startPuzzle: (puzzle) =>
			withExtras((x) => ({ type: 'puzzle-start', puzzle, loaded: x.presetLoaded(puzzle.presetId) })),
		giveUp: () => dispatch({ type: 'puzzle-give-up' }),
		endPuzzle: () => dispatch({ type: 'puzzle-end' }),
		startPredict: () => dispatch({ type: 'predict-start' }),
		mark: (key) => dispatch({ type: 'predict-mark', key }),
		reveal: (settled) => dispatch({ type: 'predict-reveal', settled }),
		stopPredict: () => dispatch({ type: 'predict-stop' }),
		warm: preloadEngine,
		talking: (side) => {
			const org = (state?.orgs ?? data.orgs)[side];
			const person = org.people.find((p) => p.user === people[side]) ?? org.people[0];
			return person ? { user: person.user, policy: person.policy } : { user: org.user, policy: null };
		},
		setTalking: (side, user) => dispatch({ type: 'talk', side, user }),
		policyValues: (side, policy) => (engine && state ? engine.savedPolicy(state, side, policy) : null),
		setSetting: (side, setting, value, policy) =>
			dispatch({ type: 'set', side, setting, value, ...(policy === undefined ? {} : { policy }) }),
		setOrg: (side, patch) => dispatch({ type: 'org', side, patch }),
		loadPreset: (id) => withExtras((x) => ({ type: 'load', loaded: x.presetLoaded(id) })),
		reset: () => dispatch({ type: 'reset' }),
		undo: () => dispatch({ type: 'undo' }),
		fastForward: (to) => dispatch({ type: 'fast-forward', to }),
		applyFix: (changes) => dispatch({ type: 'fix', changes }),
		select: (key) => dispatch({ type: 'select', key }),
		shareUrl: () => {
			const base = location.href.replace(/#.*$/, '');
			const code = engine && state ? engine.fragmentFor(state, startOf) : '';
			return code === '' ? base : `${base}#${code}`;
		},
		copyLink: () =>
			void loadEngine().then((e) => {
				const code = e.fragmentFor(state ?? e.createDefaultState(), startOf);
				const url = `${location.href.replace(/#.*$/, '')}${code === '' ? '' : `#${code}`}`;
				history.replaceState(history.state, '', url);
				const done = (kind: 'copied' | 'manual') => setStore((s) => ({ ...s, link: { kind, url } }));
				if (!navigator.clipboard?.writeText) return done('manual');
				navigator.clipboard.writeText(url).then(
					() => done('copied'),
					() => done('manual'),
				);
			}, failed),
	};
}

/** What an island shows: its columns (directions × identities) and rows (default: the primary capabilities). */
export interface IslandShape {
	readonly directions: readonly Direction[];
	readonly identities: readonly IdentityId[];
	readonly capabilities?: readonly string[];
	/** Announcements name the direction (two organizations side by side). */
	readonly withDirection?: boolean;
}

/**
 * The wiring every simulator island shares: its translator over the locale's strings file, the
 * cells it shows (those the server rendered a result for) and its session.
 */
export function useIsland(
	{ stringsUrl, data }: Pick<IslandProps, 'stringsUrl'> & { readonly data: IslandData },
	shape: IslandShape,
) {
	// One translator per island, so components that compare props (SettingGroup's fields) see the same one.
	const t: T = useMemo(() => createT(stringsAt(stringsUrl)), [stringsUrl]);
	const cells = cellsOf(shape.directions, shape.identities, shape.capabilities ?? data.main).filter(
		(c) => cellKey(c) in data.results,
	);
	const sim = useSimulator(
		data,
		cells,
		createAnnouncer(t, shape.withDirection ?? false),
		t('sim.loadFailed'),
	);
	return { t, sim };
}
