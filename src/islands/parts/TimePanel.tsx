import { formatCount } from '../../i18n/format';
import { durations, settingLabel, valueText, type T } from '../strings';
import { rich } from './rich';
import type { Simulator } from '../use-simulator';

/** The clock: saved changes that may not be in effect yet, with their window, and fast-forward buttons. */
export function TimePanel({ t, lang, sim }: { t: T; lang: string; sim: Simulator }) {
	const { waiting, orgs } = sim;
	const d = durations(t, lang);
	const button = (which: 'typical' | 'max', action: string, label: string) => (
		<button
			type="button"
			class="sim-button"
			data-action={action}
			disabled={waiting.length === 0}
			onClick={() => sim.fastForward(which)}
		>
			{t(label)}
		</button>
	);
	return (
		<div class="sim-time">
			<p class="sim-time__clock">{t('sim.time.clock', { time: d.amount(sim.clock) })}</p>
			{waiting.length === 0 ? (
				<p>{t('sim.time.settled')}</p>
			) : (
				<ul class="sim-time__changes">
					{waiting.map((c, i) => (
						<li key={i}>
							{rich(
								t('sim.time.change', {
									org: orgs[c.side].name,
									setting: settingLabel(t, c.setting),
									value: valueText(t, c.setting, c.value),
									window: d.window(c.earliest, c.latest),
									typical: c.likely ? t('sim.time.typicalPassed') : d.typical(c.typical),
								}),
							)}
						</li>
					))}
				</ul>
			)}
			{sim.likely > 0 && (
				<p class="sim-time__likely" data-likely={sim.likely}>
					{t('sim.time.likely', {
						n: formatCount(sim.likely, lang),
						total: formatCount(waiting.length, lang),
					})}
				</p>
			)}
			<div class="sim-toolbar__row">
				{button('typical', 'typical', 'sim.time.typical')}
				{button('max', 'worst', 'sim.time.worst')}
			</div>
		</div>
	);
}
