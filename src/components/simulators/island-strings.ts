/** The plain string object an island receives: only the prefixes the simulators use, no help texts. */
import { createHash } from 'node:crypto';
import { pickStrings } from '../../i18n/translator';
import { registerStrings } from '../../islands/page-strings';
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

/** The kinds of strings file: every simulator island's strings, and the import panel's. */
export const STRINGS_KINDS = { sim: (locale: string) => islandStrings(locale), import: importStrings };
export type StringsKind = keyof typeof STRINGS_KINDS;

/** One locale's strings file of one kind, fetched once and shared by the locale's pages. */
export interface StringsFile {
	/** Root-relative URL with a content hash, under /_astro/ (served immutable, saved for offline). */
	readonly url: string;
	readonly strings: Record<string, string>;
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
		const strings = STRINGS_KINDS[kind](locale);
		const json = JSON.stringify(strings);
		const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
		file = { url: `/_astro/strings.${kind}.${locale}.${hash}.json`, strings, json };
		files.set(`${kind}.${locale}`, file);
		registerStrings(file.url, strings);
	}
	return file;
}
