import type { CellResult, Check, FixChange, FixResult, OrgSide, SettingRef } from '../../model/index';
import type { OrgFacts } from '../types';
import { changeText, delayText, durations, reasonText, settingLabel, type T } from '../strings';
import { ResultBadge } from './ResultBadge';
import { rich } from './rich';

interface Props {
	t: T;
	lang: string;
	title: string;
	orgs: Readonly<Record<OrgSide, OrgFacts>>;
	clock: number;
	/** The admin-center path key of a setting. */
	adminPath(setting: string): string | undefined;
	result: CellResult;
	fix: FixResult;
	sourceUrl(key: string): string | undefined;
	applied: readonly FixChange[] | null;
	onFix(changes: readonly FixChange[]): void;
	/** Brings the control of a setting a check read into view and focus. */
	onGoto?(ref: SettingRef): void;
}

interface CheckProps {
	t: T;
	lang: string;
	orgs: Readonly<Record<OrgSide, OrgFacts>>;
	path: string | undefined;
	check: Check;
	source: string | undefined;
	decisive: boolean;
	onGoto: ((ref: SettingRef) => void) | undefined;
}

function CheckItem({ t, lang, orgs, path, check, source, decisive, onGoto }: CheckProps) {
	const read = check.reads[0];
	const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(check.verified));
	return (
		<li class={decisive ? 'sim-check is-decisive' : 'sim-check'} data-status={check.status}>
			<span class="sim-check__status">{t(`result.check.${check.status}`)}</span>
			{decisive && <strong class="sim-check__decisive"> {t('result.decisive')}</strong>}
			<span class="sim-check__reason">{rich(reasonText(t, check.reason))}</span>
			<span class="sim-check__meta">
				{t(`layer.${check.layer}`)}
				{check.side && ` · ${t('sim.trace.side', { org: orgs[check.side].name })}`}
				{path && ` · ${t(path)}`}
				{' · '}
				{source && (
					<a href={source} rel="noopener">
						{t('sim.trace.source')}
					</a>
				)}{' '}
				{t('result.verified', { date })}
			</span>
			{read && onGoto && (
				<button type="button" class="sim-link-button" data-action="goto-setting" onClick={() => onGoto(read)}>
					{rich(t('sim.trace.goto', { setting: settingLabel(t, read.setting) }))}
				</button>
			)}
		</li>
	);
}

/** The reason trace of one cell: every check in order, the decisive one marked, then the smallest fix. */
export function TracePanel({
	t,
	lang,
	title,
	orgs,
	clock,
	adminPath,
	result,
	fix,
	sourceUrl,
	applied,
	onFix,
	onGoto,
}: Props) {
	const d = durations(t, lang);
	const p = result.pending;
	return (
		<section class="sim-trace" aria-label={title} tabIndex={-1}>
			<p class="sim-trace__title">
				<strong>{title}</strong> <ResultBadge t={t} outcome={result.outcome} />
			</p>
			{p && (
				<p>
					{t('result.pendingWindow', {
						window: d.window(p.earliest - clock, p.latest - clock),
						typical: d.typical(p.typical - clock),
					})}{' '}
					{t('result.pendingChange', { from: t(`result.${p.from}`), to: t(`result.${p.to}`) })}
				</p>
			)}
			<ol class="sim-trace__checks">
				{result.checks.map((check, i) => (
					<CheckItem
						key={i}
						t={t}
						lang={lang}
						orgs={orgs}
						path={check.reads[0] && adminPath(check.reads[0].setting)}
						check={check}
						source={sourceUrl(check.source.key)}
						decisive={i === result.decisive}
						onGoto={onGoto}
					/>
				))}
			</ol>
			{applied && (
				<div class="sim-applied" role="note">
					<p>{t('sim.fix.applied')}</p>
					<ul>
						{applied.map((c) => (
							<li key={c.setting + c.side}>{rich(changeText(t, orgs, c))}</li>
						))}
					</ul>
				</div>
			)}
			{result.outcome === 'blocked' && fix.status === 'none' && <p>{t('result.fix.none', { max: 3 })}</p>}
			{(result.outcome === 'blocked' || result.outcome === 'depends') && fix.status === 'found' && (
				<div class="sim-fix">
					<p class="sim-fix__title">{t('result.fix.found')}</p>
					<ol>
						{fix.fixes.map((f, i) => (
							<li key={i}>
								{rich(f.changes.map((c) => changeText(t, orgs, c)).join(' '))} {delayText(t, lang, f.delay)}{' '}
								<button type="button" class="sim-button" onClick={() => onFix(f.changes)}>
									{t('sim.fix.apply')}
								</button>
							</li>
						))}
					</ol>
				</div>
			)}
		</section>
	);
}
