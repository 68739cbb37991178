/** The model side of the import panel, loaded when the first file or paste arrives. Pure. */
import {
	CAPABILITIES,
	evaluateCell,
	type CapabilityId,
	type Direction,
	type IdentityId,
	type OrgSide,
	type Outcome,
	type SimState,
} from '../../model/index';

export {
	applyChange,
	changePlan,
	createDefaultState,
	encodeState,
	importConfig,
	savedSettings,
	withImported,
} from '../../model/index';

/** One result cell the panel compares: the outcome in the imported state and in the sandbox. */
export interface CellDiff {
	readonly direction: Direction;
	readonly identity: IdentityId;
	readonly capability: string;
	readonly was: Outcome;
	readonly now: Outcome;
	/** Settings the sandbox result read that the import did not have (Microsoft's default assumed). */
	readonly assumed: readonly string[];
}

/** The identities and capabilities the panel shows: who is outside, and the primary capabilities. */
export const PANEL_IDENTITIES: readonly IdentityId[] = [
	'federated',
	'unmanaged',
	'guest',
	'sharedChannel',
	'anonymous',
];
const CAPS = CAPABILITIES.filter((c) => c.primary || c.id === 'call' || c.id === 'meetingInvite');

/** Outcomes of every shown cell in both states, for the directions whose host was imported, with the assumed settings each read. */
export function compareCells(
	baseline: SimState,
	sandbox: SimState,
	directions: readonly Direction[],
	assumed: Readonly<Record<OrgSide, readonly string[]>>,
): CellDiff[] {
	const out: CellDiff[] = [];
	for (const direction of directions)
		for (const capability of CAPS)
			for (const identity of PANEL_IDENTITIES) {
				if (capability.only && !capability.only.includes(identity)) continue;
				const id = capability.id as CapabilityId;
				// The sandbox is shown once every change has surely taken effect; the plan lists the delays.
				const now = evaluateCell(sandbox, direction, identity, id, 'worstCase');
				const reads = now.checks
					.filter((c) => c.status !== 'skipped')
					.flatMap((c) => c.reads)
					.filter((r) => assumed[r.side].includes(r.setting))
					.map((r) => r.setting);
				out.push({
					direction,
					identity,
					capability: capability.id,
					was: evaluateCell(baseline, direction, identity, id).outcome,
					now: now.outcome,
					assumed: [...new Set(reads)],
				});
			}
	return out;
}
