import type { CapabilityId } from '../capabilities';
import type { View } from '../evaluate';
import type { Direction, IdentityId } from '../identities';
import { source } from '../cite';
import type { SourceKey } from '../sources';
import type { SettingId } from '../settings';
import type { Change, OrgInfo, Person, PolicySettingId } from '../state';
import type { People } from '../evaluate';
import type { OrgSide, Outcome, SettingValue, Source } from '../types';

/** A cell outcome the facts demand for a preset; also a regression test. */
export interface PresetExpectation {
	readonly direction: Direction;
	readonly identity: IdentityId;
	readonly capability: CapabilityId;
	readonly outcome: Outcome;
	/** Defaults to `now`. */
	readonly view?: View;
	/** The rule and side of the decisive check, when the facts name the cause. */
	readonly decisive?: { readonly rule: string; readonly side: OrgSide | null };
	/** Whose row: the person talking on each side (default people when absent). */
	readonly people?: People;
}

/** How a preset changes one organization from Microsoft's defaults. */
export interface OrgSetup {
	readonly info?: Partial<OrgInfo>;
	readonly settings?: Partial<Record<SettingId, SettingValue>>;
	/** Custom policies (replacing the default one), each over Global's default values. */
	readonly policies?: readonly {
		readonly name: string;
		readonly settings: Partial<Record<PolicySettingId, SettingValue>>;
	}[];
	/** People (replacing the defaults); the first is the default user. */
	readonly people?: readonly Person[];
}

/** A scenario named by its symptom: its starting state, the outcomes it must show, and its sources. */
export interface Preset {
	readonly id: string;
	readonly titleKey: string;
	readonly symptomKey: string;
	readonly setup: {
		readonly A?: OrgSetup;
		readonly B?: OrgSetup;
		readonly clock?: number;
		readonly changes?: readonly Change[];
	};
	readonly expect: readonly PresetExpectation[];
	readonly sources: readonly Source[];
}

/** Builds a preset row, deriving its i18n keys from its id. */
export function definePreset(
	id: string,
	setup: Preset['setup'],
	expect: readonly PresetExpectation[],
	sources: readonly SourceKey[],
): Preset {
	return {
		id,
		titleKey: `preset.${id}.title`,
		symptomKey: `preset.${id}.symptom`,
		setup,
		expect,
		sources: sources.map(source),
	};
}

/** Shorthand for an expectation in direction A→B (A is your organization). */
export function cell(
	identity: IdentityId,
	capability: CapabilityId,
	outcome: Outcome,
	decisive?: [string, OrgSide | null],
	extra: { direction?: Direction; view?: View; people?: People } = {},
): PresetExpectation {
	return {
		direction: extra.direction ?? 'AtoB',
		identity,
		capability,
		outcome,
		...(extra.view ? { view: extra.view } : {}),
		...(extra.people ? { people: extra.people } : {}),
		...(decisive ? { decisive: { rule: decisive[0], side: decisive[1] } } : {}),
	};
}
