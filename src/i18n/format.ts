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
	const category = new Intl.PluralRules(lang).select(count);
	const template = strings[`${key}_${category}`] ?? strings[`${key}_other`] ?? strings[key] ?? key;
	return interpolate(template, { count: new Intl.NumberFormat(lang).format(count), ...params });
}
