/** Pure helpers shared by the three simulators (no model code: this ships before the engine loads). */
import type { Direction, IdentityId } from '../model/index';
import type { CellView } from './types';

/** One cell an island shows: a capability for an identity in a direction. */
export interface CellSpec {
	readonly direction: Direction;
	readonly identity: IdentityId;
	readonly capability: string;
}

/** The results of an island's cells, by `cellKey`. */
export type Results = ReadonlyMap<string, CellView>;

/** A stable key for a cell, e.g. `AtoB|guest|chat`. */
export function cellKey(c: CellSpec): string {
	return `${c.direction}|${c.identity}|${c.capability}`;
}

/** Every combination of directions × identities × capabilities, in that order. */
export function cellsOf(
	directions: readonly Direction[],
	identities: readonly IdentityId[],
	capabilities: readonly string[],
): CellSpec[] {
	return directions.flatMap((direction) =>
		identities.flatMap((identity) => capabilities.map((capability) => ({ direction, identity, capability }))),
	);
}

/** Keys of the cells whose outcome differs between two evaluations (in `next` order). */
export function changedKeys(prev: Results, next: Results): string[] {
	return [...next].filter(([key, r]) => prev.get(key)?.outcome !== r.outcome).map(([key]) => key);
}

/**
 * The page's #fragment without the '#', percent-decoded. A damaged link may hold a broken
 * %-escape: then the raw fragment is returned, and whoever reads it reports what it cannot use.
 */
export function linkFragment(): string {
	const raw = location.hash.slice(1);
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}

/** The puzzle a `#puzzle=<id>` link names, or null when the fragment is no puzzle link. */
export function puzzleLinkId(): string | null {
	const fragment = linkFragment();
	return fragment.startsWith('puzzle=') ? fragment.slice('puzzle='.length) : null;
}
