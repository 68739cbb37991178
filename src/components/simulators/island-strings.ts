/** The plain string object an island receives: only the prefixes the simulators use, no help texts. */
import { createHash } from 'node:crypto';
import { pickStrings } from '../../i18n/translator';
import { registerStrings, type StringsContent } from '../../islands/page-strings';
import type { IslandKey } from '../../islands/types';
import { ISLAND_SHAPES, islandData } from './island-data';
import { PRESETS } from '../../model/index';

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

/** Keys shared across simulators although their prefix is one simulator's (the diagram's layer note). */
const KEEP = new Set(['sim.guest.decidedBy']);

/** Raw strings (placeholders kept) for a simulator island in `locale`, English where missing. */
export function islandStrings(
	locale: string,
	{
		baselines = true,
		skip = [] as readonly string[],
		presets,
	}: { baselines?: boolean; skip?: readonly string[]; presets?: readonly string[] } = {},
): Record<string, string> {
	// Only the simulators show the baselines panel; other islands skip its strings (HTML budget).
	const all = pickStrings(
		locale,
		PREFIXES.filter((p) => baselines || p !== 'baselines.'),
	);
	// `skip`: prefixes of another simulator's own strings (e.g. the guest layers on the federation page).
	// `presets`: the scenarios this island offers; other scenarios' titles and symptoms stay out.
	const others = presets ? PRESETS.filter((p) => !presets.includes(p.id)).map((p) => `preset.${p.id}.`) : [];
	const own = (key: string) =>
		(!skip.some((p) => key.startsWith(p)) || KEEP.has(key)) && !others.some((p) => key.startsWith(p));
	return Object.fromEntries(Object.entries(all).filter(([key]) => !key.endsWith('.help') && own(key)));
}

/** The import panel's strings: its own, plus the labels and results its report and sandbox show. */
function importStrings(locale: string): Record<string, string> {
	const prefixes = [
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
	];
	return Object.fromEntries(
		Object.entries(pickStrings(locale, prefixes)).filter(([key]) => !key.endsWith('.help')),
	);
}

/** Every simulator island's data, by island (the same in every locale, built once). */
let simData: Record<IslandKey, ReturnType<typeof islandData>> | undefined;
const islandsData = () =>
	(simData ??= {
		federation: islandData(ISLAND_SHAPES.federation),
		guest: islandData(ISLAND_SHAPES.guest),
		mode: islandData(ISLAND_SHAPES.mode),
	});

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
