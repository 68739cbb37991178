/** The plain string object an island receives: only the prefixes the simulators use, no help texts. */
import { pickStrings } from '../../i18n/translator';

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

/** Raw strings (placeholders kept) for a simulator island in `locale`, English where missing. */
export function islandStrings(locale: string, { baselines = true } = {}): Record<string, string> {
	// Only the simulators show the baselines panel; other islands skip its strings (HTML budget).
	const all = pickStrings(
		locale,
		PREFIXES.filter((p) => baselines || p !== 'baselines.'),
	);
	return Object.fromEntries(Object.entries(all).filter(([key]) => !key.endsWith('.help')));
}
