/**
 * The model side of the islands, loaded on the first interaction (dynamic import) so the page
 * ships only the view until someone uses a simulator. Everything here is pure.
 */
// Straight from the model's modules, not its index: the index also re-exports the baselines and
// the importer, and a chunk that reaches them carried the importer's code too: the first use of
// a simulator loaded 27.0 KB gzip, now 17.3 KB. The baselines panel and the import page load
// those parts themselves. Scenarios, links, a trace's fix and the PowerShell readout come
// after it, from model-extras.ts: a first toggle needs none of them.
import { evaluateCell, type CellResult, type People } from '../model/evaluate';
import type { SimState } from '../model/state';
import { cellKey, type CellSpec } from './sim-helpers';
import { cellView, type CellView } from './types';

export {
	advanceClock,
	applyChange,
	createDefaultState,
	savedPolicy,
	savedSettings,
	setOrgInfo,
} from '../model/state';
export {
	createSession,
	likelyInEffect,
	scorePrediction,
	sessionStep,
	settleTime,
	verdictOf,
	waitingChanges,
	type Waiting,
} from '../model/session';
export { encodeState, fragmentFor } from '../model/codec/encode-state';

/** A cell's view data plus the full result behind it (for the trace). */
export interface EngineCell extends CellView {
	readonly result: CellResult;
}

/** Evaluates only the cells an island shows. */
export function evaluateCells(
	state: SimState,
	cells: readonly CellSpec[],
	people: People = {},
): Map<string, EngineCell> {
	return new Map(
		cells.map((c) => {
			const result = evaluateCell(
				state,
				c.direction,
				c.identity,
				c.capability as CellResult['capability'],
				'now',
				people,
			);
			return [cellKey(c), { ...cellView(result), result }];
		}),
	);
}
