/**
 * English admin-center labels in translated text: how a label shows in a locale (from its label
 * list, see src/i18n/admin-labels.ts), the `[[label:<key>]]` marker pages use to name one, and
 * the runs of text to mark `lang="en"` (WCAG 3.1.2). Pure functions over the JSON files; the
 * page plugin (locale-text-plugin.mjs) and the translator share them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { TYPOGRAPHY } from './typography.mjs';

/**
 * @typedef {{ status: 'english-ui', gloss: string | null }
 *   | { status: 'localized', label: string, source: string, checked: string }} LabelEntry
 * @typedef {{ text: string, english: boolean }} Run
 */

/**
 * A label as runs: `[English]`, `[English, " (gloss)"]` or `[localized, " (", English, ")"]`;
 * Japanese uses full-width brackets. Without an entry (English, or no list) the English label alone.
 * @param {string} english
 * @param {LabelEntry | undefined} entry
 * @param {string} locale
 * @returns {Run[]}
 */
export function labelRuns(english, entry, locale) {
	const [open, close] = locale === 'ja' ? ['（', '）'] : [' (', ')'];
	const en = { text: english, english: locale !== 'en' };
	if (!entry || locale === 'en') return [en];
	if (entry.status === 'localized')
		return entry.label === english
			? [en]
			: [{ text: `${entry.label}${open}`, english: false }, en, { text: close, english: false }];
	return entry.gloss && entry.gloss !== english
		? [en, { text: `${open}${entry.gloss}${close}`, english: false }]
		: [en];
}

const MARKER = /\[\[label:([\w.-]+)\]\]/g;

/** Thrown for `[[label:<key>]]` with a key the label list does not have. */
export class UnknownLabelError extends Error {}

/**
 * The label data a locale's pages need: English labels by key and the locale's list.
 * @param {string} locale
 * @param {URL} [i18nDir] the folder holding ui/ and labels/
 */
export function loadLabels(locale, i18nDir = new URL('../i18n/', import.meta.url)) {
	/** @type {Record<string, string>} */
	const en = JSON.parse(readFileSync(new URL('ui/en.json', i18nDir), 'utf8'));
	/** @type {Record<string, LabelEntry>} */
	let list = {};
	try {
		list = JSON.parse(readFileSync(new URL(`labels/${locale}.json`, i18nDir), 'utf8'));
	} catch {
		// English has no list: its labels are the English ones.
	}
	// Every locale's list names the same keys (tests/unit/i18n/admin-labels.test.ts).
	const keys = new Set();
	for (const file of readdirSync(new URL('labels/', i18nDir)))
		for (const key of Object.keys(JSON.parse(readFileSync(new URL(`labels/${file}`, i18nDir), 'utf8'))))
			keys.add(key);
	/** @type {Map<string, string>} */
	const english = new Map([...keys].filter((k) => en[k]).map((k) => [k, en[k]]));
	return { english, list };
}

/**
 * Splits page text into runs: `[[label:<key>]]` markers become the label as the locale shows it,
 * and an English label written out (two words or more, so "Chat" in German text is left alone)
 * is marked English. Returns null when the text holds neither.
 * @param {string} text
 * @param {string} locale
 * @param {{ english: Map<string, string>, list: Record<string, LabelEntry> }} labels
 * @returns {Run[] | null}
 */
export function textRuns(text, locale, labels) {
	let changed = false;
	/** @type {Run[]} */
	const runs = [];
	let last = 0;
	for (const m of text.matchAll(MARKER)) {
		const key = m[1] ?? '';
		const english = labels.english.get(key);
		if (!english) throw new UnknownLabelError(`Unknown admin-center label "${key}" in [[label:${key}]]`);
		if (m.index > last) runs.push({ text: text.slice(last, m.index), english: false });
		runs.push(...quoted(labelRuns(english, labels.list[key], locale), locale));
		last = m.index + m[0].length;
		changed = true;
	}
	if (last < text.length) runs.push({ text: text.slice(last), english: false });
	if (locale === 'en') return changed ? merge(runs) : null;
	const written = [...labels.english.values()]
		.filter((l) => l.includes(' '))
		.sort((a, b) => b.length - a.length);
	/** @type {Run[]} */
	const out = [];
	for (const run of runs) {
		if (run.english) {
			out.push(run);
			continue;
		}
		let rest = run.text;
		while (rest) {
			let best = -1;
			let found = '';
			for (const l of written) {
				const at = rest.indexOf(l);
				if (at >= 0 && (best < 0 || at < best)) [best, found] = [at, l];
			}
			if (best < 0) {
				out.push({ text: rest, english: false });
				break;
			}
			if (best > 0) out.push({ text: rest.slice(0, best), english: false });
			out.push({ text: found, english: true });
			rest = rest.slice(best + found.length);
			changed = true;
		}
	}
	return changed ? merge(out) : null;
}

/**
 * A marker's label in the locale's quotation marks, the marks outside the English span:
 * ”Allow all external domains” (Tillåt alla externa domäner), „Lokal“ (English).
 * @param {Run[]} runs
 * @param {string} locale
 * @returns {Run[]}
 */
function quoted(runs, locale) {
	const [open, close] = TYPOGRAPHY[locale]?.quotes ?? ['“', '”'];
	const [first, ...rest] = runs;
	if (!first) return runs;
	if (first.english) return [{ text: open, english: false }, first, { text: close, english: false }, ...rest];
	// Localized label first: "Label (" + English + ")": quote the localized label only.
	const cut = first.text.lastIndexOf(locale === 'ja' ? '（' : ' (');
	if (cut < 0) return [{ text: `${open}${first.text}${close}`, english: false }, ...rest];
	return [
		{ text: `${open}${first.text.slice(0, cut)}${close}${first.text.slice(cut)}`, english: false },
		...rest,
	];
}

/** @param {Run[]} runs */
function merge(runs) {
	/** @type {Run[]} */
	const out = [];
	for (const r of runs) {
		const prev = out.at(-1);
		if (prev && prev.english === r.english && !r.english)
			out[out.length - 1] = { ...prev, text: prev.text + r.text };
		else if (r.text) out.push(r);
	}
	return out;
}
