import type { OrgSide, SimState } from '../../model/index';
import { rich } from '../parts/rich';
import { SettingField } from '../parts/SettingField';
import { settingLabel, valueText, type T } from '../strings';
import type { SettingInfo } from '../types';
import type { CellDiff } from './engine';

interface Props {
	t: T;
	side: OrgSide;
	settings: readonly SettingInfo[];
	baseline: SimState;
	saved: Readonly<Record<string, unknown>>;
	assumed: readonly string[];
	onChange(side: OrgSide, id: string, value: unknown): void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One imported organization's settings as controls, grouped by layer; each marks "was" and "assumed". */
export function SandboxSettings({ t, side, settings, baseline, saved, assumed, onChange }: Props) {
	const layers = [...new Set(settings.map((s) => s.layer))];
	const base = baseline.orgs[side].settings as Readonly<Record<string, unknown>>;
	return (
		<div class="imp-settings" data-sandbox={side}>
			{layers.map((layer, i) => (
				<details key={layer} open={i === 0}>
					<summary>{t(`layer.${layer}`)}</summary>
					{settings
						.filter((s) => s.layer === layer)
						.map((meta) => {
							const changed = !same(base[meta.id], saved[meta.id]);
							return (
								<div key={meta.id} class={changed ? 'imp-setting imp-setting--changed' : 'imp-setting'}>
									<SettingField
										t={t}
										idPrefix="imp"
										side={side}
										markSide
										meta={meta}
										value={saved[meta.id]}
										onChange={onChange}
									/>
									{assumed.includes(meta.id) && <span class="sim-cell__note">{t('import.assumed')}</span>}
									{changed && (
										<span class="sim-cell__note">
											{rich(t('import.was', { value: valueText(t, meta.id, base[meta.id]) }))}
										</span>
									)}
								</div>
							);
						})}
				</details>
			))}
		</div>
	);
}

/** A short "assumed" mark in a result cell; the settings behind it are in its tooltip and for screen readers. */
function AssumedTag({ t, labels }: { t: T; labels: readonly string[] }) {
	const full = t('import.cell.assumes', { settings: labels.join(', ') });
	return (
		<span class="sim-cell__note" data-assumed title={full}>
			{' '}
			<span aria-hidden="true">{t('import.cell.assumedCount', { n: labels.length })}</span>
			<span class="visually-hidden">{rich(full)}</span>
		</span>
	);
}

/** The results for people outside: every cell, and "was → now" where the sandbox changed it. */
export function CellTable({ t, caption, cells }: { t: T; caption: string; cells: readonly CellDiff[] }) {
	const identities = [...new Set(cells.map((c) => c.identity))];
	const capabilities = [...new Set(cells.map((c) => c.capability))];
	return (
		<div class="imp-table-wrap" tabIndex={0} role="region" aria-label={caption}>
			<table class="imp-table">
				<caption>{caption}</caption>
				<thead>
					<tr>
						<td />
						{identities.map((i) => (
							<th key={i} scope="col">
								{t(`identity.${i}.label`)}
							</th>
						))}
					</tr>
				</thead>
				<tbody>
					{capabilities.map((cap) => (
						<tr key={cap}>
							<th scope="row">{t(`capability.${cap}.name`)}</th>
							{identities.map((id) => {
								const c = cells.find((x) => x.capability === cap && x.identity === id);
								if (!c) return <td key={id}>–</td>;
								const changed = c.was !== c.now;
								return (
									<td
										key={id}
										data-result={c.now}
										class={changed ? 'is-changed imp-cell--changed' : undefined}
										data-cell={`${c.direction}|${id}|${cap}`}
									>
										{changed
											? t('import.cell.wasNow', { was: t(`result.${c.was}`), now: t(`result.${c.now}`) })
											: t(`result.${c.now}`)}
										{c.assumed.length > 0 && (
											<AssumedTag t={t} labels={c.assumed.map((id) => settingLabel(t, id))} />
										)}
									</td>
								);
							})}
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}

/** The diff as a list: organization, setting, was → now. */
export function DiffList({
	t,
	items,
}: {
	t: T;
	items: readonly { org: string; setting: string; from: unknown; to: unknown; delay: string }[];
}) {
	if (items.length === 0) return <p data-diff-empty>{t('import.diff.none')}</p>;
	return (
		<ul class="imp-diff" data-diff>
			{items.map((d, i) => (
				<li key={i}>
					{rich(
						t('import.diff.item', {
							org: d.org,
							setting: settingLabel(t, d.setting),
							from: valueText(t, d.setting, d.from),
							to: valueText(t, d.setting, d.to),
						}),
					)}{' '}
					<span class="sim-cell__note">{d.delay}</span>
				</li>
			))}
		</ul>
	);
}
