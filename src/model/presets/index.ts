import { FEDERATION_PRESETS } from './federation-presets';
import { GUEST_PRESETS } from './guest-presets';
import { INTENT_PRESETS } from './intent-presets';
import type { Preset } from './preset';
import {
	createDefaultState,
	DEFAULT_ORG_INFO,
	defaultOrgState,
	defaultPolicySettings,
	type OrgState,
	type SimState,
} from '../state';
import type { OrgSide } from '../types';

export type { Preset, PresetExpectation, OrgSetup } from './preset';

/** Every preset, named by symptom. */
export const PRESETS: readonly Preset[] = [...FEDERATION_PRESETS, ...GUEST_PRESETS, ...INTENT_PRESETS];

const byId = new Map(PRESETS.map((p) => [p.id, p]));

/** The preset with this id, or undefined. */
export function getPreset(id: string): Preset | undefined {
	return byId.get(id);
}

function orgFor(preset: Preset, side: OrgSide): OrgState {
	const setup = preset.setup[side];
	const base = defaultOrgState(side, { ...DEFAULT_ORG_INFO[side], ...setup?.info });
	return {
		...base,
		settings: { ...base.settings, ...setup?.settings },
		policies:
			setup?.policies?.map((p) => ({
				name: p.name,
				settings: { ...defaultPolicySettings(), ...p.settings },
			})) ?? base.policies,
		people: setup?.people ?? base.people,
	};
}

/** The starting state of a preset: defaults, the preset's settings, changes and clock. */
export function presetState(preset: Preset): SimState {
	return {
		...createDefaultState(),
		presetId: preset.id,
		clock: preset.setup.clock ?? 0,
		orgs: { A: orgFor(preset, 'A'), B: orgFor(preset, 'B') },
		changes: [...(preset.setup.changes ?? [])],
	};
}
