/**
 * The picture next to a simulator's results: where each path between the two organizations ends.
 * Pure geometry and i18n keys (no text, no DOM): the view draws it as SVG and says it in words.
 * The two layouts live in diagram-federation.ts and diagram-guest.ts, so each page ships only its own.
 *
 * Federation: organization A on one side, B on the other, one arrow per direction (A's users toward
 * B's and back). Guest: the guest's home organization at the top, then the layers of the host in the
 * order a guest meets them (Entra → Microsoft 365 Groups → SharePoint → Teams → sensitivity label),
 * and the team at the bottom; the path stops at the layer whose check decided the outcome.
 * Mirroring for right-to-left languages swaps x only: every label is centred on its point.
 */
import type { Direction } from './identities';
import type { OrgSide, Outcome } from './types';

/** What the diagram needs of one result: its direction, outcome and the decisive check's layer. */
export interface DiagramCell {
	readonly direction: Direction;
	readonly outcome: Outcome;
	readonly layer: string | null;
}

/** A labelled box: an organization (side; an empty key means its name alone) or a layer. */
export interface DiagramBox {
	readonly x: number;
	readonly y: number;
	readonly w: number;
	readonly h: number;
	readonly side?: OrgSide;
	readonly labelKey: string;
	/** True for the layer whose check decided the outcome. */
	readonly decisive: boolean;
}

/** One path: a line from where the outsider starts toward the other end, and where it stops. */
export interface DiagramPath {
	readonly direction: Direction;
	/** The path runs from this organization's people to the other's. */
	readonly from: OrgSide;
	readonly to: OrgSide;
	readonly outcome: Outcome;
	/** Start and end of the line; the outcome's marker sits at the end. */
	readonly points: readonly [readonly [number, number], readonly [number, number]];
	/** i18n key of the decisive layer's name, or null when nothing stopped the path. */
	readonly layerKey: string | null;
}

export interface Diagram {
	readonly kind: 'federation' | 'guest';
	readonly width: number;
	readonly height: number;
	readonly boxes: readonly DiagramBox[];
	readonly paths: readonly DiagramPath[];
}

/** True when the path does not reach the other end. */
export const stopped = (o: Outcome) => o !== 'allowed';

/** A box at x (left-to-right), mirrored when `rtl`. */
export function box(
	W: number,
	rtl: boolean,
	x: number,
	y: number,
	w: number,
	h: number,
	labelKey: string,
	extra = {},
) {
	return { x: rtl ? W - x - w : x, y, w, h, labelKey, decisive: false, ...extra };
}
