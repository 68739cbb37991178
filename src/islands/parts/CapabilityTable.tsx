import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { PracticeContext } from './practice';
import type { CapabilityId, Direction, IdentityId } from '../../model/index';
import { cellKey, type Results } from '../sim-helpers';
import type { T } from '../strings';
import { ResultBadge } from './ResultBadge';

/** One column of the matrix: an identity in a direction, with its header. */
export interface Column {
	readonly direction: Direction;
	readonly identity: IdentityId;
	readonly header: ComponentChildren;
}

interface Props {
	t: T;
	caption: string;
	columns: readonly Column[];
	rows: readonly CapabilityId[];
	results: Results;
	changed: readonly string[];
	selected: string | null;
	/** The id of the trace panel the cell buttons open. */
	panelId: string;
	onSelect(key: string): void;
	/** Extra text under a result, e.g. the layer that decided it. */
	note?: (key: string) => string | null;
}

/** The capability matrix: a real table, rows are capabilities, each cell a button that opens its trace. */
export function CapabilityTable(p: Props) {
	// While the room predicts, the matrix keeps the results from before and a click marks a cell.
	const practice = useContext(PracticeContext);
	const frozen = practice?.frozen ?? null;
	const results = frozen ?? p.results;
	return (
		<div class="sim-scroll">
			<table class="sim-table">
				<caption>{p.caption}</caption>
				<thead>
					<tr>
						<th scope="col">{p.t('sim.table.capability')}</th>
						{p.columns.map((c) => (
							<th scope="col" key={`${c.direction}${c.identity}`}>
								{c.header}
							</th>
						))}
					</tr>
				</thead>
				<tbody>
					{p.rows.map((capability) => (
						<tr key={capability}>
							<th scope="row">{p.t(`capability.${capability}.name`)}</th>
							{p.columns.map(({ direction, identity }) => {
								const key = cellKey({ direction, identity, capability });
								const r = results.get(key);
								if (!r)
									return (
										<td key={key}>
											<span aria-hidden="true">—</span>
											<span class="visually-hidden">{p.t('sim.table.na')}</span>
										</td>
									);
								// Past the typical wait, a pending cell also says where it has most likely got to (an estimate).
								const note = frozen
									? null
									: [p.note?.(key), r.likely && p.t('result.likely', { outcome: p.t(`result.${r.likely}`) })]
											.filter(Boolean)
											.join(' · ') || null;
								const verdict = practice?.verdict(key) ?? null;
								return (
									<td
										key={key}
										data-identity={identity}
										data-capability={capability}
										data-direction={direction}
										data-result={r.outcome}
										data-verdict={verdict ?? undefined}
										class={!frozen && p.changed.includes(key) ? 'is-changed' : undefined}
									>
										{frozen ? (
											<button
												type="button"
												class="sim-cell"
												aria-pressed={practice?.marks.has(key) ?? false}
												onClick={() => practice?.toggle(key)}
											>
												<ResultBadge t={p.t} outcome={r.outcome} />
												<span class={practice?.marks.has(key) ? 'sim-cell__mark' : 'visually-hidden'}>
													{p.t('sim.predict.mark')}
												</span>
											</button>
										) : (
											<button
												type="button"
												class="sim-cell"
												aria-expanded={p.selected === key}
												aria-controls={p.panelId}
												onClick={() => p.onSelect(key)}
											>
												<ResultBadge t={p.t} outcome={r.outcome} />
												{note && <span class="sim-cell__note">{note}</span>}
												{verdict && <span class="sim-cell__verdict">{p.t(`sim.predict.${verdict}`)}</span>}
												<span class="visually-hidden">{p.t('sim.cell.why')}</span>
											</button>
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
