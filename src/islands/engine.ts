/**
 * The model side of the islands, loaded on the first interaction (dynamic import) so the page
 * ships only the view until someone uses a simulator. Everything here is pure.
 */
import { evaluateCell, type CellResult, type People, type SimState } from '../model/index';
import { cellKey, type CellSpec } from './sim-helpers';
import { cellView, type CellView } from './types';

export {
	advanceClock,
	applyChange,
	createDefaultState,
	createSession,
	decodeState,
	encodeState,
	likelyInEffect,
	peopleOfPreset,
	powershellReadout,
	savedPolicy,
	scorePrediction,
	verdictOf,
	savedSettings,
	sessionStep,
	setOrgInfo,
	settleTime,
	shareFragment,
	smallestFix,
	stateOfPreset,
	waitingChanges,
	type Waiting,
} from '../model/index';

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
