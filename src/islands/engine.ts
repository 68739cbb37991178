/**
 * The model side of the islands, loaded on the first interaction (dynamic import) so the page
 * ships only the view until someone uses a simulator. Everything here is pure.
 */
import {
	evaluateCell,
	getPreset,
	getSetting,
	presetState,
	createDefaultState,
	type CellResult,
	type OrgSide,
	type People,
	type SettingValue,
	type SimState,
} from '../model/index';
import { cellKey, type CellSpec } from './sim-helpers';
import { cellView, type CellView } from './types';

export {
	advanceClock,
	applyChange,
	createDefaultState,
	decodeState,
	encodeState,
	powershellReadout,
	puzzleAnswer,
	puzzleScore,
	puzzleStatus,
	savedPolicy,
	savedSettings,
	setOrgInfo,
	shareFragment,
	smallestFix,
} from '../model/index';

/** A cell's view data plus the full result behind it (for the trace). */
export interface EngineCell extends CellView {
	readonly result: CellResult;
}

/** A saved change that may not be in effect yet, with its window in minutes from now. */
export interface Waiting {
	readonly side: OrgSide;
	readonly setting: string;
	readonly value: SettingValue;
	readonly earliest: number;
	readonly typical: number;
	readonly latest: number;
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

const delayOf = (setting: string) => getSetting(setting)?.delay ?? { min: 0, typical: 0, max: 0 };

/** Saved changes whose longest delay has not passed: saved, but not surely in effect. */
export function waitingChanges(state: SimState): Waiting[] {
	return state.changes.flatMap((c) => {
		const d = delayOf(c.setting);
		const rel = (m: number) => c.at + m - state.clock;
		return rel(d.max) > 0
			? [
					{
						side: c.side,
						setting: c.setting,
						value: c.value,
						earliest: rel(d.min),
						typical: rel(d.typical),
						latest: rel(d.max),
					},
				]
			: [];
	});
}

/** The clock time at which every saved change has passed its typical or its longest delay. */
export function settleTime(state: SimState, which: 'typical' | 'max'): number {
	return Math.max(state.clock, ...state.changes.map((c) => c.at + delayOf(c.setting)[which]));
}

/** Whose rows a preset is about: the people its expected results name (default people when none). */
export function peopleOfPreset(id: string): People {
	return getPreset(id)?.expect.find((e) => e.people)?.people ?? {};
}

/** The starting state of a preset, or the defaults for an unknown id. */
export function stateOfPreset(id: string): SimState {
	const preset = getPreset(id);
	return preset ? presetState(preset) : createDefaultState();
}
