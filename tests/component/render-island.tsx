/** Renders a simulator island with the same props its Astro wrapper builds on the server. */
import { configure, render } from '@testing-library/preact';
import type { ComponentType } from 'preact';
import { islandData, type IslandShape } from '../../src/components/simulators/island-data';
import { stringsFile } from '../../src/components/simulators/island-strings';
import type { IslandProps } from '../../src/islands/types';

// The engine loads on first use; on a busy machine that can take a few seconds.
configure({ asyncUtilTimeout: 15_000 });

/** Loads the engine once so each test measures the island, not the first import. */
export const warmEngine = () => import('../../src/islands/model-engine');

/** Renders `Island` in `locale` with the data of `shape`; returns the container and a cell lookup. */
export function renderIsland(Island: ComponentType<IslandProps>, shape: IslandShape, locale = 'en') {
	const { url } = stringsFile(locale);
	const view = render(<Island stringsUrl={url} lang={locale} data={islandData(shape)} />);
	const cell = (identity: string, capability: string, direction = 'AtoB') =>
		view.container.querySelector<HTMLTableCellElement>(
			`td[data-identity="${identity}"][data-capability="${capability}"][data-direction="${direction}"]`,
		);
	return { ...view, cell };
}

/** The shapes the Astro wrappers use. */
export const SHAPES = {
	mode: { directions: ['AtoB'], identities: ['federated', 'guest', 'unmanaged', 'sharedChannel'] },
	federation: {
		directions: ['AtoB', 'BtoA'],
		identities: ['federated'],
		capabilities: ['chat', 'call', 'presenceLookup', 'meetingInvite', 'groupChat'],
	},
	guest: {
		directions: ['AtoB'],
		identities: ['guest'],
		capabilities: [
			'addAsGuest',
			'accessTeamResources',
			'chat',
			'channelFiles',
			'shareFiles',
			'meetingInvite',
		],
	},
} as const satisfies Record<string, IslandShape>;
