/**
 * A reader's session with a simulator, as one pure reducer: `(session, event) => session`, like
 * xstate's `transition()`. It holds the state and its undo history, who is talking on each side,
 * the selected cell, the reader's move count, the fix just applied and the problems of the link
 * that was opened. The islands' hook only dispatches events and evaluates what it shows; every
 * rule about what an event does (what Undo takes back, what counts as a move, which people a
 * scenario opens on) lives here and is tested table by table.
 */
import { decodeState } from './codec/decode-state';
import type { People } from './evaluate';
import { getPreset, presetState } from './presets';
import { getSetting } from './settings';
import type { FixChange } from './smallest-fix';
import {
	advanceClock,
	applyChange,
	createDefaultState,
	setOrgInfo,
	type OrgInfo,
	type SimState,
} from './state';
import type { OrgSide, Reason, SettingValue } from './types';

/** How many earlier states Undo can return to. */
export const UNDO_DEPTH = 50;

export interface Session {
	readonly state: SimState;
	/** Earlier states, oldest first; Undo returns to the last. */
	readonly past: readonly SimState[];
	/** Who is talking on each side (a user part); absent: the organization's first person. */
	readonly people: People;
	/** The cell whose trace is open, by the island's cell key. */
	readonly selected: string | null;
	/** Setting changes the reader made (a scenario, a link, Undo and Reset are not moves). */
	readonly moves: number;
	/** The changes of the fix applied last, until the next change of state. */
	readonly applied: readonly FixChange[] | null;
	/** What the opened link held that could not be used. */
	readonly problems: readonly Reason[];
}

export type SessionEvent =
	| {
			readonly type: 'set';
			readonly side: OrgSide;
			readonly setting: string;
			readonly value: unknown;
			/** The custom policy a per-user setting changes in. */
			readonly policy?: string;
	  }
	| { readonly type: 'org'; readonly side: OrgSide; readonly patch: Partial<OrgInfo> }
	| { readonly type: 'preset'; readonly id: string }
	/** A `#sim=` or `#preset=` link; `record` false for the link the page opened with (nothing to undo). */
	| { readonly type: 'link'; readonly code: string; readonly record: boolean }
	| { readonly type: 'reset' }
	| { readonly type: 'undo' }
	| { readonly type: 'fast-forward'; readonly to: 'typical' | 'max' }
	| { readonly type: 'fix'; readonly changes: readonly FixChange[] }
	| { readonly type: 'talk'; readonly side: OrgSide; readonly user: string }
	/** Opens a cell's trace, or closes it when it is the open one. */
	| { readonly type: 'select'; readonly key: string };

/** A session at Microsoft's defaults, or at `state`. */
export function createSession(state: SimState = createDefaultState()): Session {
	return { state, past: [], people: {}, selected: null, moves: 0, applied: null, problems: [] };
}

const delayOf = (setting: string) => getSetting(setting)?.delay ?? { min: 0, typical: 0, max: 0 };

/** The clock time at which every saved change has passed its typical or its longest delay. */
export function settleTime(state: SimState, which: 'typical' | 'max'): number {
	return Math.max(state.clock, ...state.changes.map((c) => c.at + delayOf(c.setting)[which]));
}

/** A saved change that may not be in effect yet, with its window in minutes from now. */
export interface Waiting {
	readonly side: OrgSide;
	readonly setting: string;
	readonly value: SettingValue;
	readonly earliest: number;
	readonly typical: number;
	readonly latest: number;
	/** Its estimated typical delay has passed: most likely in effect, still pending until `latest`. */
	readonly likely: boolean;
}

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
						likely: rel(d.typical) <= 0,
					},
				]
			: [];
	});
}

/**
 * How many of the waiting changes have passed their typical delay: most likely in effect, by
 * estimate, though they count as pending until their documented maximum (facts C9).
 */
export function likelyInEffect(state: SimState): number {
	return waitingChanges(state).filter((w) => w.likely).length;
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

interface Move {
	/** Put the old state on the undo history (default true). */
	readonly record?: boolean;
	/** How many reader's moves this is (default 0). */
	readonly moved?: number;
	readonly people?: People;
	readonly problems?: readonly Reason[];
}

/** A new state; a new state also ends the "fix just applied" marker. */
function moveTo(s: Session, state: SimState, { record = true, moved = 0, ...rest }: Move = {}): Session {
	if (state === s.state && rest.people === undefined && rest.problems === undefined) return s;
	const past = record && state !== s.state ? [...s.past, s.state].slice(-UNDO_DEPTH) : s.past;
	return { ...s, ...rest, state, past, applied: null, moves: s.moves + moved };
}

/** What one event does to a session. Total: an event that cannot apply returns the session unchanged. */
export function sessionStep(s: Session, e: SessionEvent): Session {
	switch (e.type) {
		case 'set':
			return moveTo(s, applyChange(s.state, e.side, e.setting, e.value, e.policy), { moved: 1 });
		case 'org':
			return moveTo(s, setOrgInfo(s.state, e.side, e.patch));
		case 'preset':
			return moveTo(s, stateOfPreset(e.id), { problems: [], people: peopleOfPreset(e.id) });
		case 'link': {
			const { state, problems } = decodeState(e.code);
			// A scenario's link shows the people the scenario is about, like choosing it in the picker.
			const people = state.presetId === null ? {} : peopleOfPreset(state.presetId);
			return moveTo(s, state, { record: e.record, problems, people });
		}
		case 'reset':
			return moveTo(s, createDefaultState(), { problems: [], people: {} });
		case 'undo': {
			const previous = s.past.at(-1);
			return previous ? { ...s, state: previous, past: s.past.slice(0, -1), applied: null } : s;
		}
		case 'fast-forward':
			return moveTo(s, advanceClock(s.state, settleTime(s.state, e.to) - s.state.clock));
		case 'fix': {
			const state = e.changes.reduce(
				(acc, c) => applyChange(acc, c.side, c.setting, c.value, c.policy),
				s.state,
			);
			return state === s.state ? s : { ...moveTo(s, state, { moved: e.changes.length }), applied: e.changes };
		}
		case 'talk':
			return { ...s, people: { ...s.people, [e.side]: e.user } };
		case 'select':
			return { ...s, selected: s.selected === e.key ? null : e.key };
	}
}
