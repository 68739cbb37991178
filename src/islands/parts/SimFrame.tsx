import type { ComponentChildren } from 'preact';
import type { OrgSide } from '../../model/index';
import { cellTitle } from '../describe';
import type { T } from '../strings';
import type { IslandData } from '../types';
import type { Simulator } from '../use-simulator';
import { PowerShellPanel } from './PowerShellPanel';
import { PracticeBar } from './PracticeBar';
import { PracticeContext, usePractice } from './practice';
import { PresenterBar } from './PresenterBar';
import { TimePanel } from './TimePanel';
import { Toolbar } from './Toolbar';
import { TracePanel } from './TracePanel';

interface Props {
	t: T;
	lang: string;
	idPrefix: string;
	name: string;
	data: IslandData;
	sim: Simulator;
	sides: readonly OrgSide[];
	withDirection: boolean;
	children: ComponentChildren;
}

/** What every simulator shares around its settings and matrix: toolbar, trace, clock, PowerShell, live region. */
export function SimFrame({ t, lang, idPrefix, name, data, sim, sides, withDirection, children }: Props) {
	const { current, orgs } = sim;
	const adminPath = (id: string) => data.settings.find((s) => s.id === id)?.adminPathKey;
	const practice = usePractice(sim);
	return (
		<div
			class="sim"
			data-sim={name}
			data-pagefind-ignore
			data-predicting={practice.predicting ? '' : undefined}
			data-puzzle={practice.run?.status}
			onPointerEnter={sim.warm}
			onFocusCapture={sim.warm}
		>
			<Toolbar t={t} idPrefix={idPrefix} sim={sim} presets={data.presets} />
			<PresenterBar t={t} traceKey={sim.selected} link={sim.shareUrl} />
			<PracticeBar
				t={t}
				lang={lang}
				idPrefix={idPrefix}
				practice={practice}
				puzzles={data.puzzles}
				orgs={orgs}
				withDirection={withDirection}
			/>
			<PracticeContext.Provider value={practice.view}>{children}</PracticeContext.Provider>
			<div id={`${idPrefix}-trace`} class="sim-trace-slot">
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
						applied={sim.applied}
						onFix={sim.applyFix}
					/>
				) : (
					<p class="sim-hint">{t('sim.trace.hint')}</p>
				)}
			</div>
			<TimePanel t={t} lang={lang} sim={sim} />
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
