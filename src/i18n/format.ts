/**
 * Browser-safe string formatting for islands: `{{name}}` interpolation and plurals through
 * `Intl.PluralRules`, so i18next never ships to the browser.
 */

/** Replaces each `{{name}}` with its value; unknown names stay visible rather than vanish. */
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole,
	);
}

/**
 * One `Intl` object per locale and kind. Constructing them is slow (about 0.1 ms each, far more on
 * a slow phone) and a simulator's first render formats hundreds of durations: uncached, this was
 * most of the island's hydration time.
 */
const intl: Record<string, Intl.PluralRules & Intl.NumberFormat> = {};
const pluralRules = (lang: string): Intl.PluralRules =>
	(intl[`p${lang}`] ??= new Intl.PluralRules(lang) as Intl.PluralRules & Intl.NumberFormat);
/** `decimals` undefined: the locale's default (up to three). */
const numbers = (lang: string, decimals?: number): Intl.NumberFormat =>
	(intl[`n${decimals}${lang}`] ??= new Intl.NumberFormat(lang, {
		maximumFractionDigits: decimals,
	}) as Intl.PluralRules & Intl.NumberFormat);

/**
 * Picks `<key>_<category>` for `count` by the locale's plural rules, falling back to
 * `<key>_other`, then `<key>`; interpolates `count` and `params`.
 */
export function plural(
	strings: Readonly<Record<string, string>>,
	key: string,
	count: number,
	lang: string,
	params: Record<string, string | number> = {},
): string {
	const category = pluralRules(lang).select(count);
	const template = strings[`${key}_${category}`] ?? strings[`${key}_other`] ?? strings[key] ?? key;
	return interpolate(template, { count: numbers(lang).format(count), ...params });
}

/** The units a duration is shown in. */
export type DurationUnit = 'minute' | 'hour' | 'day';

/** A duration as a number of one unit, e.g. `{ value: 24, unit: 'hour' }`. */
export interface Amount {
	readonly value: number;
	readonly unit: DurationUnit;
}

/**
 * `plain` stands alone ("2 hours" on a clock); `obl` follows the one preposition or postposition
 * the locale's sentence templates put before a duration (Arabic genitive ساعتين, Finnish
 * genitive "2 tunnin", German dative "2 Tagen"). Locales without such case endings repeat `plain`.
 */
export type DurationForm = 'plain' | 'obl';

type Strings = Readonly<Record<string, string>>;

/** Minutes under an hour, hours under two days (Microsoft counts delays in hours), else days. */
export function amountOf(minutes: number): Amount {
	const m = Math.max(0, Math.round(minutes));
	if (m < 60) return { value: m, unit: 'minute' };
	if (m < 2880) return { value: Math.round((m / 60) * 10) / 10, unit: 'hour' };
	return { value: Math.round((m / 1440) * 10) / 10, unit: 'day' };
}

/** A count written the locale's way (digits, decimal comma, grouping), at most one decimal. */
export function formatCount(n: number, lang: string): string {
	return numbers(lang, 1).format(n);
}

function familyKey(base: string, form: DurationForm): string {
	return form === 'obl' ? `${base}.obl` : base;
}

/** One amount in a whole phrase from the locale's plural templates: "24 heures", "24時間", "ساعتان". */
export function formatAmount(
	strings: Strings,
	lang: string,
	amount: Amount,
	form: DurationForm = 'plain',
): string {
	return plural(strings, familyKey(`duration.${amount.unit}`, form), amount.value, lang);
}

/** A duration given in minutes, in the unit `amountOf` picks. */
export function formatMinutes(
	strings: Strings,
	lang: string,
	minutes: number,
	form: DurationForm = 'plain',
): string {
	return formatAmount(strings, lang, amountOf(minutes), form);
}

/** The plural category of a range: `Intl.PluralRules.selectRange` where the runtime has it, else the end's. */
function rangeCategory(lang: string, min: number, max: number): string {
	const rules = pluralRules(lang) as Intl.PluralRules & {
		selectRange?: (start: number, end: number) => string;
	};
	try {
		if (typeof rules.selectRange === 'function') return rules.selectRange(min, max);
	} catch {
		// A runtime that rejects the range (e.g. start > end) falls back to the end's category.
	}
	return rules.select(max);
}

/**
 * A window between two delays in minutes, as one phrase: "up to 24 hours" when it starts at
 * zero, "2–24 hours" when both ends share a unit (the unit written once, agreeing with the
 * range), "30 minutes to 24 hours" otherwise, and a single amount when both ends are equal.
 * A window always follows the word that introduces it in the locale's sentences ("in", "inom",
 * "kuluessa", بين), so its amounts are in the governed (`obl`) form.
 */
export function formatWindow(strings: Strings, lang: string, minMinutes: number, maxMinutes: number): string {
	const lo = amountOf(Math.min(minMinutes, maxMinutes));
	const hi = amountOf(Math.max(minMinutes, maxMinutes));
	if (lo.value === 0) return formatUpTo(strings, lang, maxMinutes);
	if (lo.unit === hi.unit && lo.value === hi.value) return formatAmount(strings, lang, hi, 'obl');
	if (lo.unit === hi.unit) {
		const base = `duration.range.${hi.unit}`;
		const category = rangeCategory(lang, lo.value, hi.value);
		const template = strings[`${base}_${category}`] ?? strings[`${base}_other`] ?? base;
		return interpolate(template, { min: formatCount(lo.value, lang), max: formatCount(hi.value, lang) });
	}
	return interpolate(strings['duration.span'] ?? 'duration.span', {
		min: formatAmount(strings, lang, lo, 'obl'),
		max: formatAmount(strings, lang, hi, 'obl'),
	});
}

/** "up to 24 hours": the documented maximum, with the amount in the form "up to" governs. */
export function formatUpTo(strings: Strings, lang: string, maxMinutes: number): string {
	return interpolate(strings['duration.upTo'] ?? 'duration.upTo', {
		amount: formatMinutes(strings, lang, maxMinutes, 'obl'),
	});
}

/** "typically about 2 hours, by our estimate": the model's typical delay, marked as an estimate. */
export function formatTypical(strings: Strings, lang: string, minutes: number): string {
	return interpolate(strings['duration.typical'] ?? 'duration.typical', {
		amount: formatMinutes(strings, lang, minutes, 'obl'),
	});
}
