/**
 * The strings files the islands fetch: per locale, the simulators' strings (only the prefixes they
 * use, no help texts) with each island's data, and the import panel's strings.
 */
import { createHash } from 'node:crypto';
import { pickStrings } from '../../i18n/translator';
import { registerStrings, type StringsContent } from '../../islands/page-strings';
import type { IslandData, IslandKey } from '../../islands/types';
import { ISLAND_SHAPES, islandData } from './island-data';

const PREFIXES = [
	'sim.',
	'result.',
	'reason.',
	'unknown.',
	'problem.',
	'capability.',
	'identity.',
	'layer.',
	'adminPath.',
	'direction.',
	'delay.range',
	'duration.',
	'preset.',
	'setting.',
	'baselines.',
];

/** The strings under `prefixes` in `locale` (English where missing), without the help texts. */
function stringsUnder(locale: string, prefixes: readonly string[]): Record<string, string> {
	return Object.fromEntries(
		Object.entries(pickStrings(locale, prefixes)).filter(([key]) => !key.endsWith('.help')),
	);
}

/** Raw strings (placeholders kept) for the simulator islands in `locale`, English where missing. */
export function islandStrings(locale: string): Record<string, string> {
	return stringsUnder(locale, PREFIXES);
}

/** The import panel's strings: its own, plus the labels and results its report and sandbox show. */
function importStrings(locale: string): Record<string, string> {
	return stringsUnder(locale, [
		'import.',
		'setting.',
		'layer.',
		'result.',
		'capability.',
		'identity.',
		'delay.range',
		'duration.',
		'unknown.',
		'plan.',
		'sim.list.',
		'sim.field.',
		// The baselines panel under the sandbox.
		'baselines.',
		'direction.arrow',
	]);
}

/** Every simulator island's data, by island (the same in every locale, built once). */
let simData: Partial<Record<IslandKey, IslandData>> | undefined;
const islandsData = () =>
	(simData ??= Object.fromEntries(
		Object.entries(ISLAND_SHAPES).map(([island, shape]) => [island, islandData(shape)]),
	));

/** The kinds of strings file: the simulators' strings with each island's data, and the import panel's strings. */
export const STRINGS_KINDS: Record<'sim' | 'import', (locale: string) => StringsContent> = {
	sim: (locale) => ({ strings: islandStrings(locale), data: islandsData() }),
	import: (locale) => ({ strings: importStrings(locale) }),
};
export type StringsKind = keyof typeof STRINGS_KINDS;

/** One locale's strings file of one kind, fetched once and shared by the locale's pages. */
export interface StringsFile {
	/** Root-relative URL with a content hash, under /_astro/ (served immutable, saved for offline). */
	readonly url: string;
	readonly content: StringsContent;
	readonly json: string;
}

const files = new Map<string, StringsFile>();

/**
 * The strings file of `locale` (built once per build; the URL changes whenever a string does),
 * registered under its URL so the server render of an island finds its strings.
 */
export function stringsFile(locale: string, kind: StringsKind = 'sim'): StringsFile {
	let file = files.get(`${kind}.${locale}`);
	if (!file) {
		const content = STRINGS_KINDS[kind](locale);
		const json = JSON.stringify(content);
		const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
		file = { url: `/_astro/strings.${kind}.${locale}.${hash}.json`, content, json };
		files.set(`${kind}.${locale}`, file);
		registerStrings(file.url, content);
	}
	return file;
}
