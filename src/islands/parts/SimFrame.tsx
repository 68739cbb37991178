import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { OrgSide, SettingRef } from '../../model/index';
import { cellTitle } from '../describe';
import type { T } from '../strings';
import type { IslandData } from '../types';
import { puzzleLinkId } from '../sim-helpers';
import type { Simulator } from '../use-simulator';
import { PowerShellPanel } from './PowerShellPanel';
import { PracticeContext, usePractice } from './practice';
import { PresenterButtons, PresenterControls, usePresenter } from './PresenterBar';
import { ResultStrip } from './ResultStrip';
import { TimePanel } from './TimePanel';
import { Toolbar } from './Toolbar';
import { TracePanel } from './TracePanel';

type PracticeBarView = (typeof import('./PracticeBar'))['PracticeBar'];

interface Props {
	t: T;
	lang: string;
	idPrefix: string;
	name: string;
	data: IslandData;
	sim: Simulator;
	sides: readonly OrgSide[];
	withDirection: boolean;
	/** The settings pane: every control the reader toggles. */
	settings: ComponentChildren;
	/** The top of the results pane: summary sentence and matrix. */
	results: ComponentChildren;
}

/** The control of one setting of one organization (SettingField's id), or null. */
const controlOf = (root: Element, idPrefix: string, ref: SettingRef) =>
	root.querySelector<HTMLElement>(`#${CSS.escape(`${idPrefix}-${ref.side}-${ref.setting}`)}`);

/** The matrix cell of a cell key (`direction|identity|capability`), or null. */
const cellOf = (root: Element, key: string) => {
	const [direction, identity, capability] = key.split('|');
	return root.querySelector<HTMLElement>(
		`td[data-direction="${direction}"][data-identity="${identity}"][data-capability="${capability}"]`,
	);
};

/**
 * What every simulator shares, laid out so a toggle's effect is in view: one primary toolbar,
 * the trainer tools folded behind one control, then settings and results side by side on wide
 * screens with the results (summary, matrix, trace, clock) sticky beside the settings; on narrow
 * screens the results follow the settings and a strip at the bottom of the screen shows what the
 * last change did. Activating a cell brings its trace into view and focus; Esc returns to the cell.
 */
export function SimFrame({
	t,
	lang,
	idPrefix,
	name,
	data,
	sim,
	sides,
	withDirection,
	settings,
	results,
}: Props) {
	const { current, orgs } = sim;
	const adminPath = (id: string) => data.settings.find((s) => s.id === id)?.adminPathKey;
	const practice = usePractice(sim);
	const presenter = usePresenter(sim, sim.shareUrl);
	const rootRef = useRef<HTMLDivElement>(null);
	const traceRef = useRef<HTMLDivElement>(null);
	const opened = useRef<string | null>(null);
	// False in the server render and the first client render (they must match), true once live.
	// Before that, the `client:strings` directive holds a click and replays it once the island is.
	const [live, setLive] = useState(false);
	useEffect(() => setLive(true), []);

	// A newly activated cell: its trace comes into view (inside the sticky results pane, and the
	// page if needed) and takes focus, so the click visibly did something.
	useEffect(() => {
		const trace = traceRef.current?.querySelector<HTMLElement>('.sim-trace');
		if (!sim.selected || !trace || opened.current === sim.selected) return;
		opened.current = sim.selected;
		// Scroll only as far as needed to show the trace's start, so the matrix above it stays in
		// view where there is room for both (the sticky pane, presenter mode).
		const pane = trace.closest('.sim-results');
		const scrolls = pane && getComputedStyle(pane).overflowY !== 'visible';
		const box = scrolls ? pane.getBoundingClientRect() : { top: 0, bottom: innerHeight };
		const top = trace.getBoundingClientRect().top;
		const [from, to] = [Math.max(box.top, 0), Math.min(box.bottom, innerHeight)];
		// Enough of the trace must show to read its verdict: a quarter of the visible pane, up to 200 px.
		if (top < from || top > to - Math.min(200, (to - from) / 4)) trace.scrollIntoView({ block: 'start' });
		trace.focus({ preventScroll: true });
	}, [sim.selected, current]);
	useEffect(() => {
		if (!sim.selected) opened.current = null;
	}, [sim.selected]);

	// A change made from below the matrix (the clock's fast-forward at the foot of a tall results
	// pane) could turn cells the reader cannot see: bring the first changed cell into view. Narrow
	// screens have the result strip for this, and presenter mode shows the whole matrix.
	useEffect(() => {
		const root = rootRef.current;
		if (!root || sim.changed.length === 0 || presenter.on) return;
		const strip = root.querySelector('[data-result-strip]');
		if (strip && getComputedStyle(strip).display !== 'none') return;
		const cells = sim.changed.flatMap((key) => cellOf(root, key) ?? []);
		const seen = (el: HTMLElement) => {
			const r = el.getBoundingClientRect();
			return r.bottom > 0 && r.top < innerHeight;
		};
		if (cells.length && !cells.some(seen)) cells[0]?.scrollIntoView({ block: 'nearest' });
	}, [sim.changed]);

	// The settings the open trace reads are marked in the settings pane.
	useEffect(() => {
		const root = rootRef.current;
		if (!root) return;
		for (const el of root.querySelectorAll('[data-traced]')) el.removeAttribute('data-traced');
		for (const ref of current?.result.checks.flatMap((c) => c.reads) ?? []) {
			controlOf(root, idPrefix, ref)?.closest('.sim-field')?.setAttribute('data-traced', '');
		}
	}, [current]);

	const gotoSetting = (ref: SettingRef) => {
		const root = rootRef.current;
		const control = root && controlOf(root, idPrefix, ref);
		if (!control) return;
		const fold = control.closest('details');
		if (fold) fold.open = true;
		control.scrollIntoView({ block: 'center' });
		control.focus({ preventScroll: true });
	};
	const backToCell = (event: KeyboardEvent) => {
		if (event.key !== 'Escape' || !sim.selected) return;
		const cell = rootRef.current && cellOf(rootRef.current, sim.selected)?.querySelector('button');
		if (!cell) return;
		event.preventDefault();
		cell.focus();
	};
	// The trainer tools open by themselves when a mode starts (a puzzle link, presenter mode) and
	// are never closed under the trainer's hands; the reader folds them.
	const trainerRef = useRef<HTMLDetailsElement>(null);
	const trainerBusy = presenter.on || practice.predicting || Boolean(practice.run);
	useEffect(() => {
		if (trainerBusy && trainerRef.current) trainerRef.current.open = true;
	}, [trainerBusy]);
	// The predict-first and puzzle controls load when the trainer tools open (most readers never
	// do), at once for a puzzle link, and whenever a mode is running; a failed load says so and
	// the next opening tries again.
	const [Practice, setPractice] = useState<PracticeBarView | null>(null);
	const [practiceFailed, setPracticeFailed] = useState(false);
	const loadPractice = () => {
		if (Practice) return;
		import('./PracticeBar').then(
			(m) => {
				setPracticeFailed(false);
				setPractice(() => m.PracticeBar);
			},
			() => setPracticeFailed(true),
		);
	};
	useEffect(() => {
		if (live && (trainerBusy || puzzleLinkId() !== null)) loadPractice();
	}, [live, trainerBusy]);
	return (
		<div
			ref={rootRef}
			class="sim"
			data-sim={name}
			data-pagefind-ignore
			data-predicting={practice.predicting ? '' : undefined}
			data-puzzle={practice.run?.status}
			data-static={live ? undefined : ''}
			onPointerEnter={sim.warm}
			onFocusCapture={sim.warm}
		>
			{!live && <p class="sim-static-note">{t('sim.static.note')}</p>}
			<Toolbar t={t} idPrefix={idPrefix} sim={sim} presets={data.presets} />
			<details
				class="sim-trainer"
				ref={trainerRef}
				onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && loadPractice()}
			>
				<summary>{t('sim.trainer.summary')}</summary>
				<PresenterButtons t={t} p={presenter} />
				{Practice ? (
					<Practice
						t={t}
						lang={lang}
						idPrefix={idPrefix}
						practice={practice}
						puzzles={data.puzzles}
						orgs={orgs}
						withDirection={withDirection}
					/>
				) : (
					practiceFailed && <p class="sim-load-failed">{t('sim.loadFailed')}</p>
				)}
			</details>
			<div class="sim-body">
				<div class="sim-settings">
					{settings}
					<ResultStrip
						t={t}
						sim={sim}
						withDirection={withDirection}
						predicting={practice.predicting}
						resultsId={`${idPrefix}-results`}
					/>
				</div>
				<div class="sim-results" id={`${idPrefix}-results`}>
					{/* Where the eye goes after a change on a wide screen; the strip says it on a phone. */}
					{sim.loadFailed && <p class="sim-load-failed">{t('sim.loadFailed')}</p>}
					<PracticeContext.Provider value={practice.view}>{results}</PracticeContext.Provider>
					<PresenterControls t={t} p={presenter} />
					<div id={`${idPrefix}-trace`} class="sim-trace-slot" ref={traceRef} onKeyDown={backToCell}>
						{current ? (
							<TracePanel
								t={t}
								lang={lang}
								title={cellTitle(t, orgs, current.result, withDirection)}
								orgs={orgs}
								clock={sim.clock}
								adminPath={adminPath}
								result={current.result}
								fix={current.fix}
								sourceUrl={current.sourceUrl}
								applied={sim.applied}
								onFix={sim.applyFix}
								onGoto={gotoSetting}
							/>
						) : (
							<p class="sim-hint">{t('sim.trace.hint')}</p>
						)}
					</div>
					<TimePanel t={t} lang={lang} sim={sim} />
				</div>
			</div>
			<PowerShellPanel
				t={t}
				orgs={orgs}
				sides={sides}
				readout={(side) => sim.powershell(side) ?? data.powershell[side]}
			/>
			<p class="visually-hidden" role="status">
				{/* While the room predicts, the new results stay unannounced until the reveal. */}
				{practice.predicting ? '' : sim.message}
			</p>
		</div>
	);
}
