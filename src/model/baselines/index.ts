/**
 * The security baselines lens: CIS and CISA SCuBA controls as data (controls.ts), their verdicts over
 * one organization (evaluate.ts), what the smallest passing change costs in result cells (cost.ts),
 * per-user policies that reopen what org-level checks consider closed (policies.ts), and where the
 * baselines disagree (disagreements.ts). Pure: no DOM, no i18n, keys only.
 */
export {
	BASELINES,
	BASELINES_VERIFIED,
	CONTROLS,
	EXTRA_DEFAULTS,
	EXTRA_NAMES,
	getControl,
	type BaselineId,
	type Cloud,
	type Control,
	type ControlFix,
} from './controls';
export {
	baselineInput,
	evaluateControl,
	evaluateControls,
	type BaselineInput,
	type ControlResult,
	type Verdict,
} from './evaluate';
export { blockedBy, costOf, fixControl, withChanges, type ControlFixPlan, type Cost } from './cost';
export { customPolicies, policyFlags, type PolicyFlag } from './policies';
export { DISAGREEMENTS, type Disagreement } from './disagreements';
