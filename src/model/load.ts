/**
 * The states a session opens: a scenario (preset) by id, or a `#sim=` / `#preset=` link. They
 * need the presets and the link decoder, which a first toggle does not, so the islands load this
 * apart from the session (src/islands/model-extras.ts).
 */
import { decodeState } from './codec/decode-state';
import { fragmentFor } from './codec/encode-state';
import type { People } from './evaluate';
import { getPreset, presetState } from './presets';
import type { Loaded } from './session';
import { createDefaultState, type SimState } from './state';

/** Whose rows a preset is about: the people its expected results name (default people when none). */
export function peopleOfPreset(id: string): People {
	return getPreset(id)?.expect.find((e) => e.people)?.people ?? {};
}

/** The starting state of a preset, or the defaults for an unknown id. */
export function stateOfPreset(id: string): SimState {
	return presetStart(id) ?? createDefaultState();
}

/** A preset's starting state, or undefined for an unknown id. */
export function presetStart(id: string): SimState | undefined {
	const preset = getPreset(id);
	return preset && presetState(preset);
}

/** The shortest link fragment that opens `state` (`preset=<id>` for an unchanged scenario). */
export function shareFragment(state: SimState): string {
	return fragmentFor(state, presetStart);
}

/** A scenario to open, on the people it is about. */
export function presetLoaded(id: string): Loaded {
	return { state: stateOfPreset(id), people: peopleOfPreset(id), problems: [] };
}

/**
 * A link's state (the part after `#sim=`, or `preset=<id>`), with what its decoding ignored.
 * A scenario's link shows the people the scenario is about, like choosing it in the picker.
 */
export function linkLoaded(code: string): Loaded {
	const { state, problems } = decodeState(code);
	return { state, problems, people: state.presetId === null ? {} : peopleOfPreset(state.presetId) };
}
