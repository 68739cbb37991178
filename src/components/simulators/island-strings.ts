/** The plain string object an island receives: only the prefixes the simulators use, no help texts. */
import { pickStrings } from '../../i18n/translator';
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
