import { useState } from 'preact/hooks';
import type { OrgSide, PowerShellReadout } from '../../model/index';
import type { OrgFacts } from '../types';
import { settingLabel, type T } from '../strings';

interface Props {
	t: T;
	orgs: Readonly<Record<OrgSide, OrgFacts>>;
	sides: readonly OrgSide[];
	readout(side: OrgSide): PowerShellReadout;
}

/** PowerShell for the saved state: read-only Get lines, Set lines to review, and a copy button. */
export function PowerShellPanel({ t, orgs, sides, readout }: Props) {
	const [copied, setCopied] = useState(false);
	const blocks = sides.map((side) => ({ side, out: readout(side) }));
	const text = blocks
		.map(({ side, out }) =>
			[
				`# ${orgs[side].name}`,
				`# ${t('sim.ps.get')}`,
				...out.get.map((l) => l.text),
				...(out.set.length > 0 ? [`# ${t('result.powershell.review')}`, ...out.set.map((l) => l.text)] : []),
			].join('\n'),
		)
		.join('\n\n');
	const copy = () => {
		void navigator.clipboard?.writeText(text).then(
			() => setCopied(true),
			() => setCopied(false),
		);
	};
	return (
		<details class="sim-ps">
			<summary>{t('sim.ps.title')}</summary>
			<p>{t('sim.ps.intro')}</p>
			<pre class="sim-ps__code" tabIndex={0}>
				<code>{text}</code>
			</pre>
			{blocks.flatMap(({ side, out }) => [
				...out.set.flatMap((l) => (l.noteKey ? [<p key={l.text}>{t(l.noteKey)}</p>] : [])),
				...(out.manual.length > 0
					? [
							<p key={`${side}-manual`}>
								{t('sim.ps.manual', {
									org: orgs[side].name,
									settings: out.manual.map((id) => settingLabel(t, id)).join(', '),
								})}
							</p>,
						]
					: []),
			])}
			<button type="button" class="sim-button" data-action="copy-ps" onClick={copy}>
				{t('sim.ps.copy')}
			</button>
			{copied && <span class="sim-feedback">{t('sim.ps.copied')}</span>}
		</details>
	);
}
