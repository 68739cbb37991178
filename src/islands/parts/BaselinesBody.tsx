import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
	BASELINES,
	BASELINES_VERIFIED,
	DISAGREEMENTS,
	EXTRA_NAMES,
	baselineInput,
	blockedBy,
	createDefaultState,
	evaluateControls,
	evaluateMatrix,
	fixControl,
	policyFlags,
	sidesOf,
	type BaselineId,
	type CellResult,
	type ControlFixPlan,
	type ControlResult,
	type OrgSide,
	type SimState,
} from '../../model/index';
import '../../styles/baselines.css';
import { settingLabel, valueText, type T } from '../strings';
import type { BaselinesPanelProps } from './BaselinesPanel';

const ORDER = { fail: 0, pass: 1, notApplicable: 2, notEvaluable: 3 } as const;
/** A verdict drawn like a result badge: an icon and a word, never colour alone. */
const LOOK = {
	pass: ['allowed', '✓'],
	fail: ['blocked', '✕'],
	notEvaluable: ['depends', '?'],
	notApplicable: ['pending', '–'],
} as const;
const SHOWN_CELLS = 8;

/** A setting or `x.*` input as an admin finds it: the admin-center label, or the PowerShell name. */
function inputName(t: T, key: string): string {
	return key in EXTRA_NAMES ? EXTRA_NAMES[key as keyof typeof EXTRA_NAMES] : settingLabel(t, key);
}

function cellText(t: T, state: SimState, c: CellResult): string {
	const { host, partner } = sidesOf(c.direction);
	return t('baselines.cell', {
		identity: t(`identity.${c.identity}.label`),
		capability: t(`capability.${c.capability}.name`),
		direction: t('direction.arrow', { host: state.orgs[host].name, partner: state.orgs[partner].name }),
	});
}

function Cells({ t, state, cells }: { t: T; state: SimState; cells: readonly CellResult[] }) {
	if (cells.length === 0) return null;
	return (
		<ul>
			{cells.slice(0, SHOWN_CELLS).map((c) => (
				<li key={`${c.direction}${c.identity}${c.capability}`}>{cellText(t, state, c)}</li>
			))}
			{cells.length > SHOWN_CELLS ? (
				<li>{t('baselines.more', { count: cells.length - SHOWN_CELLS })}</li>
			) : null}
		</ul>
	);
}

interface RowProps {
	t: T;
	state: SimState;
	side: OrgSide;
	result: ControlResult;
	matrix: readonly CellResult[];
	onApply: BaselinesPanelProps['onApply'];
}

/** One control: its verdict; for a failing one, the fix and its cost before applying; for a passing one, what it blocks. */
function ControlRow({ t, state, side, result, matrix, onApply }: RowProps) {
	const { control, verdict } = result;
	const [plan, setPlan] = useState<ControlFixPlan | null | undefined>(undefined);
	// After applying, the buttons go away: focus stays on the control, whose verdict then updates.
	const row = useRef<HTMLLIElement>(null);
	const [applied, setApplied] = useState(false);
	useEffect(() => {
		if (applied && verdict !== 'fail') {
			row.current?.focus();
			setApplied(false);
		}
	}, [applied, verdict]);
	const blocked = verdict === 'pass' ? blockedBy(state, side, control, matrix) : [];
	const change = plan
		? plan.changes.map((c) => `${inputName(t, c.setting)}: ${valueText(t, c.setting, c.value)}`).join('; ')
		: '';
	return (
		<li ref={row} tabIndex={-1} data-control={control.id} data-verdict={verdict}>
			<p>
				<span class="sim-badge" data-outcome={LOOK[verdict][0]}>
					<span class="sim-badge__icon" aria-hidden="true">
						{LOOK[verdict][1]}
					</span>
					{t(`baselines.verdict.${verdict}`)}
				</span>{' '}
				<a href={control.source} dir="ltr">
					{control.ref}
				</a>{' '}
				<span class="sim-hint">{control.level}</span> {t(`baselines.topic.${control.topic}`)}
			</p>
			{result.missing.length > 0 ? (
				<p class="sim-hint">
					{t('baselines.missing', { settings: result.missing.map((k) => inputName(t, k)).join(', ') })}
				</p>
			) : null}
			{result.tool ? (
				<p class="sim-hint" data-tool>
					{t('baselines.tool', {
						tool: result.tool.name,
						verdict: t(`baselines.verdict.${result.tool.verdict}`),
					})}
				</p>
			) : null}
			{verdict === 'pass' ? (
				<p class="sim-hint">
					{blocked.length > 0
						? t('baselines.blocksToday', { count: blocked.length })
						: t('baselines.blocksNothing')}
				</p>
			) : null}
			{verdict === 'pass' ? <Cells t={t} state={state} cells={blocked} /> : null}
			{verdict === 'fail' ? (
				<button
					type="button"
					class="sim-button"
					data-action="fix-control"
					aria-expanded={plan !== undefined}
					onClick={() => setPlan(plan === undefined ? fixControl(state, side, control) : undefined)}
				>
					{t('baselines.fix')}
				</button>
			) : null}
			<div aria-live="polite">
				{plan ? (
					<div class="sim-notice" data-preview>
						<p>{t('baselines.change', { change })}</p>
						{plan.cost === null ? (
							<p>{t('baselines.costUnknown')}</p>
						) : (
							<>
								<p data-cost={plan.cost.closes.length}>
									<strong>{t('baselines.cost', { count: plan.cost.closes.length })}</strong>
									{plan.cost.opens.length > 0
										? ` ${t('baselines.opens', { count: plan.cost.opens.length })}`
										: ''}
								</p>
								<Cells t={t} state={state} cells={plan.cost.closes} />
								<button
									type="button"
									class="sim-button"
									data-action="apply-control-fix"
									onClick={() => {
										onApply(plan.changes);
										setPlan(undefined);
										setApplied(true);
									}}
								>
									{t('baselines.apply')}
								</button>
							</>
						)}
					</div>
				) : null}
			</div>
		</li>
	);
}

/** The verdicts per organization and baseline, the per-user policy flags, and where baselines disagree. */
export function BaselinesBody({ t, lang, state: given, sides, onApply }: BaselinesPanelProps) {
	const state = useMemo(() => given ?? createDefaultState(), [given]);
	const matrix = useMemo(() => evaluateMatrix(state, 'worstCase'), [state]);
	const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(BASELINES_VERIFIED),
	);
	return (
		<div>
			<p class="sim-hint">{t('baselines.note', { date })}</p>
			{sides.map((side) => {
				const results = evaluateControls(baselineInput(state, side));
				const flags = policyFlags(state, side);
				return (
					<section key={side} aria-label={state.orgs[side].name} data-org={side}>
						<p class="sim-baselines__h">{t('baselines.org', { org: state.orgs[side].name })}</p>
						{flags.map((f) => (
							<p key={f.policy + f.kind} class="sim-notice" data-policy-flag>
								{t(`baselines.flag.${f.kind}`, {
									policy: f.policy,
									// Control ids are Latin code: one left-to-right isolate keeps the list in order in Arabic.
									controls: `\u2066${f.controls.join(', ')}\u2069`,
								})}
							</p>
						))}
						{(Object.keys(BASELINES) as BaselineId[]).map((b) => {
							const rows = results
								.filter((r) => r.control.baseline === b)
								.sort((x, y) => ORDER[x.verdict] - ORDER[y.verdict]);
							const count = (v: keyof typeof ORDER) => rows.filter((r) => r.verdict === v).length;
							const row = (r: ControlResult) => (
								<ControlRow
									key={r.control.id}
									t={t}
									state={state}
									side={side}
									result={r}
									matrix={matrix}
									onApply={onApply}
								/>
							);
							return (
								<div key={b} data-baseline={b}>
									<p class="sim-baselines__h">
										{t(`baselines.baseline.${b}`, { version: BASELINES[b].version })}
									</p>
									<p class="sim-hint">
										{t('baselines.count', {
											pass: count('pass'),
											fail: count('fail'),
											notEvaluable: count('notEvaluable'),
											notApplicable: count('notApplicable'),
										})}
									</p>
									<ul>{rows.filter((r) => r.verdict !== 'notEvaluable').map(row)}</ul>
									{count('notEvaluable') > 0 ? (
										<details>
											<summary>{t('baselines.notEvaluable', { count: count('notEvaluable') })}</summary>
											<ul>{rows.filter((r) => r.verdict === 'notEvaluable').map(row)}</ul>
										</details>
									) : null}
								</div>
							);
						})}
					</section>
				);
			})}
			<details>
				<summary>{t('baselines.disagreeTitle')}</summary>
				<ul>
					{DISAGREEMENTS.map((d) => (
						<li key={d.id}>{t(`baselines.disagree.${d.id}`)}</li>
					))}
				</ul>
			</details>
		</div>
	);
}
