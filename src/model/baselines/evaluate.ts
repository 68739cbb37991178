import { savedSettings, type SimState } from '../state';
import type { OrgSide, SettingValue } from '../types';
import { CONTROLS, type Cloud, type Control } from './controls';
import type { Condition } from './logic';

/** A control's verdict: passes, fails, can't be decided from the inputs, or does not apply to this tenant. */
export type Verdict = 'pass' | 'fail' | 'notEvaluable' | 'notApplicable';

/** One organization's inputs to the baselines: settings by id (and `x.*` extras), and its cloud. */
export interface BaselineInput {
	readonly settings: Readonly<Record<string, SettingValue | undefined>>;
	readonly cloud: Cloud;
}

/** The verdict of one control, what was missing, and how the reference tool would decide. */
export interface ControlResult {
	readonly control: Control;
	readonly verdict: Verdict;
	/** Inputs the condition needed but the input did not hold (only for `notEvaluable`). */
	readonly missing: readonly string[];
	/** The reference tool's verdict, present only when its own check is known to differ from the text. */
	readonly tool?: { readonly name: string; readonly verdict: Verdict };
}

/** The inputs of one simulated organization: its saved settings; the simulator models the commercial cloud. */
export function baselineInput(
	state: SimState,
	side: OrgSide,
	extra: Readonly<Record<string, SettingValue>> = {},
	cloud: Cloud = 'commercial',
): BaselineInput {
	return { settings: { ...savedSettings(state, side), ...extra }, cloud };
}

function decide(condition: Condition, input: BaselineInput): Verdict {
	const r = condition((key) => input.settings[key]);
	return r === null ? 'notEvaluable' : r ? 'pass' : 'fail';
}

/** Evaluates one control over one organization's inputs. Total: unknown inputs give `notEvaluable`. */
export function evaluateControl(control: Control, input: BaselineInput): ControlResult {
	const base = { control, missing: [] as string[] };
	if (control.notIn?.includes(input.cloud)) return { ...base, verdict: 'notApplicable' };
	if (control.applies && decide(control.applies, input) === 'fail')
		return { ...base, verdict: 'notApplicable' };
	const verdict = decide(control.passes, input);
	const missing =
		verdict === 'notEvaluable' ? control.reads.filter((k) => input.settings[k] === undefined) : [];
	const tool = control.tool ? decide(control.tool.passes, input) : undefined;
	return {
		control,
		verdict,
		missing,
		...(control.tool && tool !== undefined && tool !== verdict
			? { tool: { name: control.tool.name, verdict: tool } }
			: {}),
	};
}

/** Evaluates every control (or the given ones) over one organization's inputs, in data order. */
export function evaluateControls(
	input: BaselineInput,
	controls: readonly Control[] = CONTROLS,
): ControlResult[] {
	return controls.map((c) => evaluateControl(c, input));
}
