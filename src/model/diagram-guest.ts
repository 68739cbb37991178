/** The guest picture: see diagram.ts. */
import { box, stopped, type Diagram, type DiagramBox, type DiagramCell, type DiagramPath } from './diagram';
import type { LayerId } from './types';

/** The guest layers top to bottom, and the model layers each one stands for. */
export const GUEST_LAYERS: readonly { key: string; layers: readonly LayerId[] }[] = [
	{ key: 'entra', layers: ['entra', 'crossTenant'] },
	{ key: 'groups', layers: ['groups'] },
	{ key: 'sharepoint', layers: ['sharepoint'] },
	{ key: 'teamsGuest', layers: ['teamsGuest', 'teamsPolicy', 'capabilityTable'] },
	{ key: 'purview', layers: ['purview'] },
];

/**
 * Guests: the guest's home (B) at the top, the host's five layers below, the team in A at the bottom;
 * the path runs down beside them and stops at the layer whose check decided. Mirrored when `rtl`.
 */
export function guestDiagram(cells: readonly DiagramCell[], rtl = false): Diagram {
	const W = 320;
	const X = rtl ? W - 32 : 32;
	const cell = cells.find((c) => c.direction === 'AtoB');
	const stop = cell && stopped(cell.outcome);
	const at = stop ? GUEST_LAYERS.findIndex((l) => l.layers.includes(cell.layer as LayerId)) : -1;
	const row = (i: number, labelKey: string, extra = {}) =>
		box(W, rtl, 64, 8 + 44 * i, 248, 32, labelKey, extra);
	const boxes: DiagramBox[] = [
		row(0, 'sim.diagram.home', { side: 'B' }),
		...GUEST_LAYERS.map((l, i) => row(i + 1, `sim.guest.layer.${l.key}`, { decisive: i === at })),
		row(6, 'sim.diagram.team', { side: 'A' }),
	];
	// A stopped result without a known layer stops after the last layer, before the team.
	const end = 24 + 44 * (stop ? (at < 0 ? GUEST_LAYERS.length : at + 1) : 6);
	const paths: DiagramPath[] = cell
		? [
				{
					direction: 'AtoB',
					from: 'B',
					to: 'A',
					outcome: cell.outcome,
					points: [
						[X, 24],
						[X, end],
					],
					layerKey: at < 0 ? null : `sim.guest.layer.${GUEST_LAYERS[at]!.key}`,
				},
			]
		: [];
	return { kind: 'guest', width: W, height: 316, boxes, paths };
}
