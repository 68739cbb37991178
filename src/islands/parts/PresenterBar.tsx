import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import '../../styles/presenter.css';
import type { T } from '../strings';
import type { Simulator } from '../use-simulator';
import { Handout, fillHandout } from './Handout';

/** Presenter state and actions, shared by the buttons in the trainer tools and the step controls beside the trace. */
export interface Presenter {
	readonly on: boolean;
	readonly hidden: boolean;
	readonly step: number | null;
	readonly count: number;
	readonly keys: boolean;
	readonly ref: { current: HTMLDivElement | null };
	readonly linkRef: { current: HTMLSpanElement | null };
	enter(): void;
	leave(): void;
	toggleHidden(): void;
	next(): void;
	prev(): void;
	all(): void;
	setKeys(on: boolean): void;
	printHandout(): void;
}

const CHECKS = '.sim-trace__checks > li';

/**
 * Presenter mode for trainers: the simulator fills the screen in large type; results can be
 * hidden while the room predicts, then revealed; the reason trace steps one check at a time.
 * Shortcuts need Alt+Shift (WCAG 2.1.4) and can be switched off; the on-screen list shows them.
 * Also prints a one-page handout (settings, matrix, trace and the link back to this state).
 */
/**
 * Presenter mode state. The step through the trace is the session's (src/model/session.ts: a new
 * trace starts over); `link` gives the share link of the current state, printed on the handout.
 * The number of checks is read after each render, so the step buttons know a trace just opened.
 */
export function usePresenter(sim: Pick<Simulator, 'step' | 'stepTrace'>, link: () => string): Presenter {
	const ref = useRef<HTMLDivElement>(null);
	const [on, setOn] = useState(false);
	const [hidden, setHidden] = useState(false);
	const { step } = sim;
	const [keys, setKeys] = useState(true);
	const [count, setCount] = useState(0);
	const linkRef = useRef<HTMLSpanElement>(null);

	const root = () => ref.current?.closest<HTMLElement>('.sim') ?? null;
	const total = () => root()?.querySelectorAll(CHECKS).length ?? 0;

	// The trace renders in the same commit as this hook's owner: count its checks afterwards.
	useLayoutEffect(() => {
		const n = total();
		if (n !== count) setCount(n);
	});

	// Reflect the modes on the simulator's root, where the CSS (presenter.css) reads them.
	useEffect(() => {
		const el = root();
		if (!el) return;
		el.toggleAttribute('data-presenter', on);
		el.toggleAttribute('data-hide-results', on && hidden);
		if (on && step !== null) el.dataset['step'] = String(step);
		else delete el.dataset['step'];
	}, [on, hidden, step]);

	const next = () => sim.stepTrace('next', total());
	const prev = () => sim.stepTrace('prev', total());
	const all = () => sim.stepTrace('all', total());
	const leave = () => {
		setOn(false);
		all();
		setHidden(false);
		if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
	};
	const enter = () => {
		setOn(true);
		// Full screen where the browser allows it; the fixed layout works without it too.
		void root()
			?.requestFullscreen?.()
			.catch(() => undefined);
	};

	useEffect(() => {
		if (!on) return;
		const onKey = (event: KeyboardEvent) => {
			// In full screen the browser may take Esc itself; either way the next Esc leaves. An Esc
			// inside the trace belongs to the trace (it returns focus to the cell).
			if (event.key === 'Escape') {
				if ((event.target as Element | null)?.closest?.('.sim-trace')) return;
				return leave();
			}
			if (!keys || !event.altKey || !event.shiftKey) return;
			const action = { ArrowRight: next, ArrowLeft: prev, KeyH: () => setHidden((h) => !h), KeyA: all }[
				event.code
			];
			if (!action) return;
			event.preventDefault();
			action();
		};
		document.addEventListener('keydown', onKey);
		return () => document.removeEventListener('keydown', onKey);
	}, [on, keys]);

	// Any print carries the link back to exactly this state (written directly: print is synchronous).
	useEffect(() => {
		const before = () => {
			if (linkRef.current) linkRef.current.textContent = link();
		};
		const after = () => {
			delete document.documentElement.dataset['printHandout'];
			delete root()?.dataset['handout'];
		};
		window.addEventListener('beforeprint', before);
		window.addEventListener('afterprint', after);
		return () => {
			window.removeEventListener('beforeprint', before);
			window.removeEventListener('afterprint', after);
		};
	}, [link]);

	// "Print handout" prints this simulator alone, on one page (presenter.css).
	const printHandout = () => {
		const el = root();
		if (!el) return;
		if (linkRef.current) linkRef.current.textContent = link();
		fillHandout(el);
		el.dataset['handout'] = '';
		document.documentElement.dataset['printHandout'] = '';
		window.print();
	};

	return {
		on,
		hidden,
		step,
		count,
		keys,
		ref,
		linkRef,
		enter,
		leave,
		toggleHidden: () => setHidden((h) => !h),
		next,
		prev,
		all,
		setKeys,
		printHandout,
	};
}

/** "Presenter mode" and "Print handout", among the trainer tools; the handout's link line. */
export function PresenterButtons({ t, p }: { t: T; p: Presenter }) {
	return (
		<div class="sim-presenter" ref={p.ref} data-print-hide-controls>
			<Handout />
			<div class="sim-presenter__row">
				<button
					type="button"
					class="sim-button"
					aria-pressed={p.on}
					data-action="presenter"
					onClick={() => (p.on ? p.leave() : p.enter())}
				>
					{p.on ? t('sim.presenter.exit') : t('sim.presenter.enter')}
				</button>
				<button type="button" class="sim-button" data-action="print" onClick={p.printHandout}>
					{t('sim.presenter.print')}
				</button>
			</div>
			<p class="sim-print-link">
				{t('sim.presenter.printLink')} <span dir="ltr" ref={p.linkRef} />
			</p>
		</div>
	);
}

/** In presenter mode, beside the trace: exit, hide/reveal results, step through the checks, shortcuts. */
export function PresenterControls({ t, p }: { t: T; p: Presenter }) {
	if (!p.on) return null;
	const { step, count } = p;
	return (
		<div
			class="sim-presenter__row sim-presenter__controls"
			role="group"
			aria-label={t('sim.presenter.controls')}
			data-print-hide-controls
		>
			<button type="button" class="sim-button" aria-pressed data-action="presenter-exit" onClick={p.leave}>
				{t('sim.presenter.exit')}
			</button>
			<button
				type="button"
				class="sim-button"
				aria-pressed={p.hidden}
				data-action="hide-results"
				onClick={p.toggleHidden}
			>
				{p.hidden ? t('sim.presenter.reveal') : t('sim.presenter.hide')}
			</button>
			<button
				type="button"
				class="sim-button"
				data-action="prev-check"
				disabled={step === null || step <= 1}
				onClick={p.prev}
			>
				{t('sim.presenter.prev')}
			</button>
			<button
				type="button"
				class="sim-button"
				data-action="next-check"
				disabled={count === 0 || (step !== null && step >= count)}
				onClick={p.next}
			>
				{t('sim.presenter.next')}
			</button>
			<button
				type="button"
				class="sim-button"
				data-action="all-checks"
				disabled={step === null}
				onClick={p.all}
			>
				{t('sim.presenter.all')}
			</button>
			<span class="sim-presenter__step" role="status">
				{step !== null && count > 0 ? t('sim.presenter.step', { n: step, total: count }) : ''}
			</span>
			<label class="sim-presenter__keys">
				<input type="checkbox" checked={p.keys} onChange={(e) => p.setKeys(e.currentTarget.checked)} />{' '}
				{t('sim.presenter.shortcuts')}
			</label>
			<details class="sim-presenter__help">
				<summary>{t('sim.presenter.keysTitle')}</summary>
				<dl>
					<dt>
						<kbd>Alt</kbd>+<kbd>{t('sim.keys.shift')}</kbd>+<kbd>→</kbd>
					</dt>
					<dd>{t('sim.presenter.next')}</dd>
					<dt>
						<kbd>Alt</kbd>+<kbd>{t('sim.keys.shift')}</kbd>+<kbd>←</kbd>
					</dt>
					<dd>{t('sim.presenter.prev')}</dd>
					<dt>
						<kbd>Alt</kbd>+<kbd>{t('sim.keys.shift')}</kbd>+<kbd>A</kbd>
					</dt>
					<dd>{t('sim.presenter.all')}</dd>
					<dt>
						<kbd>Alt</kbd>+<kbd>{t('sim.keys.shift')}</kbd>+<kbd>H</kbd>
					</dt>
					<dd>{t('sim.presenter.hideReveal')}</dd>
					<dt>
						<kbd>{t('sim.keys.esc')}</kbd>
					</dt>
					<dd>{t('sim.presenter.exit')}</dd>
				</dl>
			</details>
		</div>
	);
}
