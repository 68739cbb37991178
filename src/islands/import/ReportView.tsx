import type { ImportReport, ReportEntry } from '../../model/index';
import { rich } from '../parts/rich';
import { reasonText, settingLabel, valueText, type T } from '../strings';

/** Type names in a "wrong type" line are translated (`import.type.*`). */
function lineText(t: T, e: ReportEntry): string {
	const params = { ...e.reason.params };
	if (typeof params['got'] === 'string') params['got'] = t(`import.type.${params['got']}`);
	return reasonText(t, { key: e.reason.key, params });
}

function Lines({ t, entries, kind }: { t: T; entries: readonly ReportEntry[]; kind: string }) {
	return (
		<ul class="imp-report__list" data-report={kind}>
			{entries.map((e, i) => (
				<li key={i}>
					{e.setting && <strong>{rich(settingLabel(t, e.setting))}</strong>}
					{e.setting && e.value !== undefined && <> = {rich(valueText(t, e.setting, e.value))}</>}{' '}
					{e.reason.key !== 'import.read.value' && <span>{lineText(t, e)} </span>}
					{e.path && (
						<code class="imp-path" dir="ltr">
							{e.path}
						</code>
					)}
				</li>
			))}
		</ul>
	);
}

/** The import report: what was read, what was ignored and why, what was kept at Microsoft's default. */
export function ReportView({ t, report, org }: { t: T; report: ImportReport; org: string }) {
	return (
		<section class="imp-report" aria-labelledby={`imp-report-${org}`} data-report-org={org}>
			<h3 id={`imp-report-${org}`}>{t('import.report.title', { org })}</h3>
			<p data-report-summary>
				{t('import.report.summary', {
					format: t(`import.format.${report.format}`),
					read: report.read.length,
					ignored: report.ignored.length,
					missing: report.missing.length,
				})}
			</p>
			<details open={report.read.length < 30}>
				<summary>{t('import.report.read', { n: report.read.length })}</summary>
				<Lines t={t} entries={report.read} kind="read" />
			</details>
			<details open={report.ignored.length > 0 && report.ignored.length < 15}>
				<summary>{t('import.report.ignored', { n: report.ignored.length })}</summary>
				<Lines t={t} entries={report.ignored} kind="ignored" />
			</details>
			<details>
				<summary>{t('import.report.missing', { n: report.missing.length })}</summary>
				<Lines t={t} entries={report.missing} kind="missing" />
			</details>
		</section>
	);
}
