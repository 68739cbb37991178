/** The federation picture: see diagram.ts. */
import { box, stopped, type Diagram, type DiagramCell, type DiagramPath } from './diagram';
import type { OrgSide } from './types';

/**
 * Federation: A and B side by side, one arrow per direction (A's users toward B, then B's toward A);
 * a stopped arrow ends halfway, at the gate, with its marker there. Mirrored when `rtl`.
 */
export function federationDiagram(cells: readonly DiagramCell[], rtl = false): Diagram {
	const W = 400;
	const X = (x: number) => (rtl ? W - x : x);
	const paths = cells.map((cell, i): DiagramPath => {
		const y = i === 0 ? 62 : 142;
		const ab = cell.direction === 'AtoB';
		const end = stopped(cell.outcome) ? 200 : ab ? 274 : 126;
		return {
			direction: cell.direction,
			from: ab ? 'A' : 'B',
			to: ab ? 'B' : 'A',
			outcome: cell.outcome,
			points: [
				[X(ab ? 126 : 274), y],
				[X(end), y],
			],
			layerKey: stopped(cell.outcome) && cell.layer ? `layer.${cell.layer}` : null,
		};
	});
	const org = (side: OrgSide, x: number) => box(W, rtl, x, 16, 110, 168, '', { side });
	return { kind: 'federation', width: W, height: 200, boxes: [org('A', 8), org('B', W - 118)], paths };
}
