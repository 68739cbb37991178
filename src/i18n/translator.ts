/**
 * Build-time translation. English (`ui/en.json`) is the source of truth and the per-key
 * fallback; keys are typed from it, so `t('no.such.key')` fails the type check. i18next runs
 * only on the server: islands get plain string objects from `pickStrings`.
 */
import i18next, { type i18n } from 'i18next';
import en from './ui/en.json';
import { LOCALES } from './locales';
import { typeset } from '../lib/typography.mjs';
import { ADMIN_LABELS, EN_CLOSE, EN_OPEN, showLabel, type LabelEntry } from './admin-labels';
import { textRuns } from '../lib/english-labels.mjs';

export type UiKey = keyof typeof en;
export type UiParams = Record<string, string | number>;
export type Translate = (key: UiKey, params?: UiParams) => string;

// Every ui/<code>.json present is loaded; a locale without a file falls back to English per key.
const files = import.meta.glob<{ default: Record<string, string> }>('./ui/*.json', { eager: true });
// Each non-English locale's admin-center label list (see admin-labels.ts).
const labelFiles = import.meta.glob<{ default: Record<string, LabelEntry> }>('./labels/*.json', {
	eager: true,
});
const codeOf = (path: string) => path.replace(/^.*\/(.+)\.json$/, '$1');
/** Label list per locale code. */
export const labelLists: Readonly<Record<string, Record<string, LabelEntry>>> = Object.fromEntries(
	Object.entries(labelFiles).map(([path, mod]) => [codeOf(path), mod.default]),
);

const RTL = new Set<string>(LOCALES.filter((l) => l.dir === 'rtl').map((l) => l.code));
const PLACEHOLDER = /\{\{\s*\w+\s*\}\}/g;

/**
 * A strings file as readers get it: admin-center labels built from the locale's label list
 * (English label and gloss, or the verified localized label and the English one), typeset for
 * the locale (quotes, French spacing, grouped numbers) and, in right-to-left locales, each
 * `{{placeholder}}` wrapped in a first-strong isolate (U+2068 … U+2069), so a Latin name, domain
 * or cmdlet keeps its own order and the arrows and punctuation around it follow the sentence.
 */
export function prepareStrings(
	locale: string,
	strings: Record<string, string>,
	english: Record<string, string> = en,
	labels: Record<string, LabelEntry> | undefined = labelLists[locale],
): Record<string, string> {
	const rtl = RTL.has(locale);
	const out: Record<string, string> = {};
	// English labels written into other strings (a reason naming "Only people in your
	// organization") are isolated like the labels themselves, so renderers mark them lang="en".
	const known = {
		english: new Map(
			ADMIN_LABELS.flatMap((l) => (english[l.key] ? [[l.key, english[l.key] ?? ''] as const] : [])),
		),
		list: labels ?? {},
	};
	for (const [key, value] of Object.entries(strings)) {
		const typed = typeset(value, locale);
		const runs = locale === 'en' ? null : textRuns(typed, locale, known);
		const text = runs
			? runs.map((r) => (r.english ? `${EN_OPEN}${r.text}${EN_CLOSE}` : r.text)).join('')
			: typed;
		out[key] = rtl ? text.replace(PLACEHOLDER, (m) => `\u2068${m}\u2069`) : text;
	}
	if (locale !== 'en') {
		for (const { key } of ADMIN_LABELS) {
			const source = english[key];
			if (source !== undefined) out[key] = showLabel(source, labels?.[key], locale, rtl);
		}
	}
	return out;
}

/** The strings file of each locale that has one, keyed by locale code, prepared for readers. */
export const uiResources: Readonly<Record<string, Record<string, string>>> = Object.fromEntries(
	Object.entries(files).map(([path, mod]) => [codeOf(path), prepareStrings(codeOf(path), mod.default)]),
);

let instance: i18n | undefined;

function getInstance(): i18n {
	if (instance) return instance;
	instance = i18next.createInstance();
	void instance.init({
		resources: Object.fromEntries(
			Object.entries(uiResources).map(([code, strings]) => [code, { translation: strings }]),
		),
		lng: 'en',
		fallbackLng: 'en',
		supportedLngs: LOCALES.map((l) => l.code),
		initAsync: false,
		keySeparator: false,
		nsSeparator: false,
		interpolation: { escapeValue: false },
		returnNull: false,
	});
	return instance;
}

/** A translate function bound to one locale; unknown keys fall back to English, never to the key. */
export function createTranslator(locale: string): Translate {
	const fixed = getInstance().getFixedT(locale);
	// i18next's return type is conditional on options the compiler cannot see through; with plain
	// string resources it is a string. (Giving the type arguments instead does not type-check.)
	// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
	return (key, params) => fixed(key, params ?? {}) as string;
}

/**
 * The raw strings (placeholders left in) for every key starting with one of `prefixes`, for an
 * island to format in the browser. Missing keys come from English.
 */
export function pickStrings(locale: string, prefixes: readonly string[]): Record<string, string> {
	const source = uiResources['en'] ?? {};
	const target = uiResources[locale] ?? {};
	const out: Record<string, string> = {};
	for (const key of Object.keys(source)) {
		if (prefixes.some((p) => key.startsWith(p))) out[key] = target[key] ?? source[key] ?? key;
	}
	// Plural forms English lacks (Arabic two/few/many, …) are keyed `<base>_<category>`.
	for (const key of Object.keys(target)) {
		if (!(key in out) && /_(zero|two|few|many)$/.test(key) && prefixes.some((p) => key.startsWith(p)))
			out[key] = target[key] ?? key;
	}
	return out;
}
