/**
 * The one formatter of model output: a tiny translator over a plain string object, plus the text of
 * the model's setting ids, values, reasons, fixes and durations. The islands use it with the
 * strings the Astro wrapper passes in; server-rendered pages (the troubleshooting list) use it
 * with the whole locale, so a reason or a value reads the same on every page. No English is built here: every
 * sentence comes from `src/i18n/ui/*.json`; a missing key shows the key, which tests catch.
 */
import { formatMinutes, formatTypical, formatUpTo, formatWindow, interpolate } from '../i18n/format';
import type { FixChange, OrgSide, Reason } from '../model/index';

/** The strings an island receives, keyed like `src/i18n/ui/en.json`. */
export type Strings = Readonly<Record<string, string>>;

/** Translates one key with `{{params}}`, or returns the key when the string is missing. */
export interface T {
	(key: string, params?: Record<string, string | number>): string;
	/** True when the strings hold this key. */
	has(key: string): boolean;
	/** The raw strings, for the shared duration and count formatters. */
	readonly strings: Strings;
}

/** A translator bound to one island's strings. */
export function createT(strings: Strings): T {
	const t = (key: string, params?: Record<string, string | number>) =>
		interpolate(strings[key] ?? key, params);
	return Object.assign(t, { has: (key: string) => key in strings, strings });
}

/** The label of a setting as the admin center shows it. */
export function settingLabel(t: T, id: string): string {
	return t(`setting.${id}.label`);
}

/** A setting value as text: On/Off, the option's label, or the list (or "none"). */
export function valueText(t: T, id: string, value: unknown): string {
	if (typeof value === 'boolean') return t(value ? 'setting.toggle.on' : 'setting.toggle.off');
	const option = `setting.${id}.option.${String(value)}`;
	if (typeof value === 'string') return t.has(option) ? t(option) : value;
	return Array.isArray(value) && value.length > 0 ? value.join(', ') : t('sim.list.empty');
}

/** A reason code as a sentence; a `setting` parameter that names a setting id becomes its label. */
export function reasonText(t: T, reason: Reason): string {
	const params = { ...reason.params };
	const setting = params['setting'];
	if (typeof setting === 'string' && t.has(`setting.${setting}.label`))
		params['setting'] = settingLabel(t, setting);
	return t(reason.key, params);
}

/** "In Contoso, set “X” to Y." for one change of a fix (names: the organizations' names by side). */
export function changeText(
	t: T,
	orgs: Readonly<Record<OrgSide, { readonly name: string }>>,
	c: FixChange,
): string {
	return t('result.fix.change', {
		org: orgs[c.side].name,
		setting: settingLabel(t, c.setting),
		value: valueText(t, c.setting, c.value),
	});
}

/** Duration phrases from the locale's whole-sentence templates (see `src/i18n/format.ts`). */
export function durations(t: T, lang: string) {
	return {
		/** A stand-alone amount: "2 hours", "ساعتان". */
		amount: (minutes: number) => formatMinutes(t.strings, lang, minutes),
		/** The window between two delays: "up to 24 hours", "2–24 hours". */
		window: (min: number, max: number) => formatWindow(t.strings, lang, min, max),
		/** The documented maximum: "up to 24 hours". */
		upTo: (max: number) => formatUpTo(t.strings, lang, max),
		/** The estimated typical delay: "typically about 2 hours, by our estimate". */
		typical: (minutes: number) => formatTypical(t.strings, lang, minutes),
	};
}

/** A delay range as the sentence `delay.range`: window and the typical estimate. */
export function delayText(t: T, lang: string, delay: { min: number; max: number; typical: number }): string {
	const d = durations(t, lang);
	return t('delay.range', { window: d.window(delay.min, delay.max), typical: d.typical(delay.typical) });
}
