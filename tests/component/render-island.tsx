/** Renders a simulator island with the same props its Astro wrapper builds on the server. */
import { configure, render } from '@testing-library/preact';
import type { ComponentType } from 'preact';
import { stringsFile } from '../../src/components/simulators/island-strings';
import type { IslandKey, IslandProps } from '../../src/islands/types';

// The engine loads on first use; on a busy machine that can take a few seconds.
configure({ asyncUtilTimeout: 15_000 });

/** Loads the engine once so each test measures the island, not the first import. */
export const warmEngine = () => import('../../src/islands/model-engine');

/** Renders `Island` in `locale` with its data from the strings file; returns the container and a cell lookup. */
export function renderIsland(Island: ComponentType<IslandProps>, island: IslandKey, locale = 'en') {
	const { url } = stringsFile(locale);
	const view = render(<Island stringsUrl={url} lang={locale} island={island} />);
	const cell = (identity: string, capability: string, direction = 'AtoB') =>
		view.container.querySelector<HTMLTableCellElement>(
			`td[data-identity="${identity}"][data-capability="${capability}"][data-direction="${direction}"]`,
		);
	return { ...view, cell };
}

/** The islands, by the key their data has in the strings file (src/components/simulators/island-data.ts). */
export const SHAPES = { mode: 'mode', federation: 'federation', guest: 'guest' } as const satisfies Record<
	string,
	IslandKey
>;
