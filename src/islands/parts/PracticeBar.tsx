import { useEffect, useState } from 'preact/hooks';
import type { OrgSide, Puzzle } from '../../model/index';
import { cellTitle } from '../describe';
import { formatCount } from '../../i18n/format';
import { puzzleLinkId } from '../sim-helpers';
import { changeText, durations, type T } from '../strings';
import type { OrgFacts } from '../types';
import type { Practice } from './practice';
import { PresetPicker } from './PresetPicker';
import { rich } from './rich';

interface Props {
	t: T;
	lang: string;
	idPrefix: string;
	practice: Practice;
	puzzles: readonly Puzzle[];
	orgs: Readonly<Record<OrgSide, OrgFacts>>;
	withDirection: boolean;
}

/** Predict-first and puzzle controls, with their status line (a live region). */
export function PracticeBar({ t, lang, idPrefix, practice: p, puzzles, orgs, withDirection }: Props) {
	const [choice, setChoice] = useState(puzzles[0]?.presetId ?? '');
	const [badLink, setBadLink] = useState(false);
	const byId = (id: string) => puzzles.find((z) => z.presetId === id);

	// A link can open a puzzle directly; one that names no puzzle here says so and changes nothing.
	useEffect(() => {
		const id = puzzleLinkId();
		if (id === null) return;
		const puzzle = byId(id);
		if (!puzzle) return setBadLink(true);
		setChoice(id);
		p.startPuzzle(puzzle);
		// Read once, when the page opens.
	}, []);

	const run = p.run;
	const next = () => {
		const i = puzzles.findIndex((z) => z.presetId === run?.puzzle.presetId);
		const puzzle = puzzles[(i + 1) % puzzles.length];
		if (!puzzle) return;
		setChoice(puzzle.presetId);
		p.startPuzzle(puzzle);
	};
	const d = durations(t, lang);
	const n = (x: number) => formatCount(x, lang);
	const goal = run && cellTitle(t, orgs, run.puzzle.target, withDirection);
	const changes = run && t('sim.puzzle.changes', { used: p.used, limit: run.puzzle.limit });

	let status = '';
	if (p.predicting) status = t('sim.predict.marked', { n: n(p.marked) });
	if (p.score)
		status = t('sim.predict.score', {
			hits: n(p.score.hits),
			changed: n(p.score.changed),
			wrong: n(p.score.wrong),
		});
	if (run?.status === 'playing' && changes) status = changes;
	if (run?.status === 'solved')
		status = t('sim.puzzle.solved', { used: n(run.used), limit: n(run.puzzle.limit), score: n(run.score) });
	if (run?.status === 'failed') status = t('sim.puzzle.failed');
	if (run?.status === 'revealed') status = t('sim.puzzle.revealed');
	if (run?.status === 'ended') status = t('sim.puzzle.ended');

	return (
		<div class="sim-practice" data-print-hide-controls>
			<div class="sim-toolbar__row">
				{p.view === null ? (
					<button type="button" class="sim-button" data-action="predict" onClick={p.startPredict}>
						{t('sim.predict.start')}
					</button>
				) : (
					<>
						{p.predicting ? (
							<>
								<button type="button" class="sim-button" data-action="reveal" onClick={p.reveal}>
									{t('sim.predict.reveal')}
								</button>
								{p.pending && (
									<button
										type="button"
										class="sim-button"
										data-action="reveal-settled"
										onClick={p.revealSettled}
									>
										{t('sim.predict.revealSettled')}
									</button>
								)}
							</>
						) : (
							<button type="button" class="sim-button" data-action="predict" onClick={p.startPredict}>
								{t('sim.predict.again')}
							</button>
						)}
						<button type="button" class="sim-button" data-action="predict-stop" onClick={p.stopPredict}>
							{t('sim.predict.stop')}
						</button>
					</>
				)}
			</div>
			{p.predicting && <p class="sim-hint">{t('sim.predict.howTo')}</p>}
			{puzzles.length > 0 && (
				<PresetPicker
					t={t}
					id={`${idPrefix}-puzzle`}
					label={t('sim.puzzle.label')}
					ids={puzzles.map((z) => z.presetId)}
					value={choice}
					onChoose={setChoice}
					action="puzzle-start"
					button={t('sim.puzzle.start')}
					onGo={() => {
						const puzzle = byId(choice);
						if (puzzle) p.startPuzzle(puzzle);
					}}
				/>
			)}
			{badLink && (
				<p class="sim-notice" role="alert" data-notice="puzzle-link">
					{t('sim.puzzle.unknownLink')}
				</p>
			)}
			{run && run.status !== 'ended' && (
				<div class="sim-puzzle" role="group" aria-label={t('sim.puzzle.label')}>
					<p class="sim-puzzle__goal">
						<strong>{t('sim.puzzle.goal', { cell: goal ?? '' })}</strong>
					</p>
					{run.status === 'playing' && <p data-puzzle-changes>{changes}</p>}
					{run.status === 'solved' && run.effectiveIn.max > 0 && (
						<p>
							{t('sim.puzzle.effect', {
								typical: d.typical(run.effectiveIn.typical),
								max: d.upTo(run.effectiveIn.max),
							})}
						</p>
					)}
					{(run.status === 'failed' || run.status === 'revealed') && (
						<div data-puzzle-answer>
							<p>{t('sim.puzzle.answer')}</p>
							<ul>
								{run.answer.map((c) => (
									<li key={c.side + c.setting}>{rich(changeText(t, orgs, c))}</li>
								))}
							</ul>
						</div>
					)}
					<div class="sim-toolbar__row">
						{run.status === 'playing' ? (
							<button type="button" class="sim-button" data-action="puzzle-give-up" onClick={p.giveUp}>
								{t('sim.puzzle.giveUp')}
							</button>
						) : (
							<button type="button" class="sim-button" data-action="puzzle-next" onClick={next}>
								{t('sim.puzzle.next')}
							</button>
						)}
						<button type="button" class="sim-button" data-action="puzzle-end" onClick={p.endPuzzle}>
							{t('sim.puzzle.end')}
						</button>
					</div>
				</div>
			)}
			{/* While a puzzle runs the box shows the count; the region still announces it. */}
			<p
				class={run?.status === 'playing' ? 'sim-practice__status visually-hidden' : 'sim-practice__status'}
				role="status"
				data-practice-status
			>
				{status}
			</p>
		</div>
	);
}
