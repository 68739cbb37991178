/** The change plan as text for the clipboard: a PowerShell script and a Markdown summary, in the reader's language. */
import type { ChangePlan, OrgSide } from '../../model/index';
import { durations, settingLabel, valueText, type T } from '../strings';

/** Organization names by side. */
export type Names = Readonly<Record<OrgSide, string>>;

/** The script: a comment per organization, then its Set lines; notes and manual steps as comments. */
export function planScript(t: T, plan: ChangePlan, names: Names, sides: readonly OrgSide[]): string {
	const out = [`# ${t('import.plan.scriptHeader')}`];
	for (const side of sides) {
		if (plan.lines[side].length === 0 && plan.manual[side].length === 0) continue;
		out.push('', `# ${names[side]}`);
		for (const line of plan.lines[side]) {
			if (line.noteKey) out.push(`# ${t(line.noteKey)}`);
			out.push(line.text);
		}
		for (const id of plan.manual[side])
			out.push(`# ${t('import.plan.manual', { setting: settingLabel(t, id) })}`);
	}
	return out.join('\n');
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** A Markdown summary for a change ticket: one table row per change with its delay, then the script. */
export function planMarkdown(
	t: T,
	lang: string,
	plan: ChangePlan,
	names: Names,
	sides: readonly OrgSide[],
): string {
	const out = [`## ${t('import.plan.mdTitle')}`, ''];
	out.push(
		`| ${[t('import.plan.mdOrg'), t('import.plan.mdSetting'), t('import.plan.mdWas'), t('import.plan.mdNow'), t('import.plan.mdDelay')].join(' | ')} |`,
		'| --- | --- | --- | --- | --- |',
	);
	for (const c of plan.changes) {
		const delay = t('duration.within', { window: durations(t, lang).window(c.delay.min, c.delay.max) });
		const was = valueText(t, c.setting, c.from) + (c.assumed ? ` (${t('import.assumed')})` : '');
		out.push(
			`| ${[c.policy ? `${names[c.side]} · ${c.policy}` : names[c.side], settingLabel(t, c.setting), was, valueText(t, c.setting, c.to), delay].map(cell).join(' | ')} |`,
		);
	}
	out.push('', '```powershell', planScript(t, plan, names, sides), '```', '', t('import.plan.notRun'));
	return out.join('\n');
}
