import { cellTitle } from '../describe';
import type { EngineCell } from '../model-engine';
import type { T } from '../strings';
import type { Simulator } from '../use-simulator';
import { ResultBadge } from './ResultBadge';

interface Props {
	t: T;
	sim: Simulator;
	withDirection: boolean;
	/** While the room predicts, the strip stays empty like the live region. */
	predicting: boolean;
	/** The id of the results pane the strip's button brings into view. */
	resultsId: string;
}

const SHOWN = 2;

/**
 * On narrow screens, where the results sit below the settings: a strip that stays at the bottom
 * of the screen while the settings scroll and shows what the last change did: the first changed
 * cells with their new results, how many more changed, and a button to the matrix. Hidden on
 * wide screens (the results pane is beside the settings) and from screen readers (the live
 * region announces the same change).
 */
export function ResultStrip({ t, sim, withDirection, predicting, resultsId }: Props) {
	if (predicting || !sim.message) return null;
	const changed = sim.changed.flatMap((key) => {
		const r = sim.results.get(key) as EngineCell | undefined;
		return r?.result ? [{ key, r }] : [];
	});
	const rest = changed.length - SHOWN;
	return (
		<div class="sim-strip" data-result-strip aria-hidden="true">
			{sim.loadFailed ? (
				<p class="sim-strip__text">{t('sim.loadFailed')}</p>
			) : changed.length === 0 ? (
				<p class="sim-strip__text">{t('sim.announce.none')}</p>
			) : (
				<ul class="sim-strip__cells">
					{changed.slice(0, SHOWN).map(({ key, r }) => (
						<li key={key} data-strip-cell={key} data-result={r.outcome}>
							<span class="sim-strip__title">{cellTitle(t, sim.orgs, r.result, withDirection)}</span>{' '}
							<ResultBadge t={t} outcome={r.outcome} />
						</li>
					))}
					{rest > 0 && <li class="sim-strip__more">{t('sim.announce.more', { count: rest })}</li>}
				</ul>
			)}
			{/* A button, not a #link: the page's fragment holds the simulator's state. */}
			<button
				type="button"
				class="sim-button sim-strip__link"
				tabIndex={-1}
				onClick={() => {
					const pane = document.getElementById(resultsId);
					pane?.scrollIntoView({ block: 'start' });
					pane?.querySelector<HTMLElement>('table button')?.focus({ preventScroll: true });
				}}
			>
				{t('sim.strip.results')}
			</button>
		</div>
	);
}
