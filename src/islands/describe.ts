/** Names of cells in the reader's language, for trace titles and the live region. */
import type { CellResult, OrgSide } from '../model/index';
import type { Announce } from './use-simulator';
import type { T } from './strings';

/** How many changed cells the live region names before it only counts the rest. */
const NAMED = 3;

/** "Chat with them, Guest" or, with a direction, "Chat with them, Guest, Contoso → Fabrikam". */
export function cellTitle(
	t: T,
	orgs: Readonly<Record<OrgSide, { readonly name: string }>>,
	r: Pick<CellResult, 'direction' | 'identity' | 'capability'>,
	withDirection: boolean,
): string {
	const [host, partner] = r.direction === 'AtoB' ? (['A', 'B'] as const) : (['B', 'A'] as const);
	const direction = withDirection
		? t('direction.arrow', { host: orgs[host].name, partner: orgs[partner].name })
		: null;
	return t(direction ? 'sim.cell.titleDirection' : 'sim.cell.title', {
		capability: t(`capability.${r.capability}.name`),
		identity: t(`identity.${r.identity}.label`),
		direction: direction ?? '',
	});
}

/** A live-region announcer: names up to three changed cells and counts the rest. */
export function createAnnouncer(t: T, withDirection: boolean): Announce {
	return (changed, state) => {
		if (changed.length === 0) return t('sim.announce.none');
		const named = changed.slice(0, NAMED).map((r) =>
			t('sim.announce.cell', {
				cell: cellTitle(t, state.orgs, r, withDirection),
				result: t(`result.${r.outcome}`),
			}),
		);
		const rest = changed.length - NAMED;
		return [...named, ...(rest > 0 ? [t('sim.announce.more', { count: rest })] : [])].join(' ');
	};
}
