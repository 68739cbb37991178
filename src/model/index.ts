/**
 * The simulator core: a pure, sourced model of Teams external access, guest access and shared channels.
 * Islands import from this file only. Nothing here touches the DOM, the network, the clock or i18n.
 *
 * Data shape
 *   SimState = { presetId, clock (minutes), orgs: { A, B }, changes[] }
 *   OrgState = { name, domain, user, trialOnly, known, teamsOnly, settings, policies[], people[] }
 *     settings = the baseline by SettingId: org-wide settings plus the Global external access policy
 *                (the six POLICY_SETTINGS; Global's userExternalOrgsScope is fixed to OrganizationDefault)
 *     policies = custom external access policies: { name, settings: PolicySettings } (facts C1);
 *                `settings` holds all six POLICY_SETTINGS, baseline values before logged changes
 *     people   = { user, policy: name | null (Global), guestMember } — people[0] is the default user and
 *                has `user === OrgState.user`. Which people have a policy: people.filter(p => p.policy === name)
 *     To read a policy's current values use savedPolicy(state, side, name | null); to build a state from an
 *     import use createDefaultState() + addPolicy() + setPerson() (or set `policies`/`people` directly).
 *   Change   = { at, side, setting, value, policy? }   saved at `at`, effective between at + delay.min and
 *              at + delay.max; `policy` names the custom policy a policy setting changes in
 *   Results  = CellResult { direction, identity, capability, people, outcome, checks[], decisive, unknowns,
 *              pending? }   `people` says whose row it is (address and policy on each side); evaluateCell and
 *              evaluateMatrix take an optional People = { A?: user, B?: user } (default: people[0])
 *
 * Flow from settings to results
 *   1. `SETTINGS` (settings/*.ts) holds every setting with Microsoft's default, PowerShell name, admin path,
 *      delay range (facts §7.7) and source. `createDefaultState()` builds both organizations from it.
 *   2. `applyChange()` appends to the change log at the current clock; `advanceClock()` moves time.
 *   3. `evaluateCell()` picks the plan for identity × capability (`plans.ts`): an ordered list of rule
 *      steps, each on the host ("your organization"), the partner, or neither (a capability-table row).
 *   4. `runPlan()` runs every step (a full trace, not only the first failure). Any failed check means
 *      `blocked`, else any unknown means `depends`, else `allowed`. Meetings fall back to anonymous join.
 *   5. In the `now` view, changes whose maximum delay has not passed are unsettled: the cell is evaluated
 *      without and with them, and is `pending` (with the window) when the two outcomes differ.
 *   6. `smallestFix()` searches breadth-first over the settings the failed checks read.
 *
 * Adding a rule
 *   1. Add a row to a file in rules/ with `rule(id, layer, sourceKey, check)`; the source key must be in
 *      sources.ts (facts §10), and VERIFIED is the date you checked the row against the facts sheet.
 *   2. The check returns a verdict with a reason code (an i18n key plus params) and the settings it read.
 *      Where the facts say [unconfirmed], return `unknown` with an `unknown.*` key: never guess.
 *   3. Reference the rule from a plan in plans.ts, add the en and sv strings for its keys, and add a
 *      table-driven test in tests/unit/model/ that an admin would recognise.
 */
export type {
	OrgSide,
	Outcome,
	CheckStatus,
	LayerId,
	Reason,
	Source,
	SettingRef,
	SettingValue,
	DelayRange,
} from './types';
export { VERIFIED } from './cite';
export { SOURCES, sourceUrl } from './sources';
export {
	SETTINGS,
	DELAYS,
	getSetting,
	defaultSettings,
	isValidValue,
	type SettingId,
	type SettingMeta,
	type SettingType,
	type SettingRole,
	type PowerShellRef,
	type Settings,
} from './settings';
export { CAPABILITIES, appliesTo, type Capability, type CapabilityId } from './capabilities';
export { IDENTITIES, DIRECTIONS, type IdentityId, type Direction } from './identities';
export {
	createDefaultState,
	resetToDefaults,
	applyChange,
	advanceClock,
	setOrgInfo,
	savedSettings,
	savedPolicy,
	settingsWith,
	userAddress,
	addPolicy,
	setPerson,
	personOf,
	policyName,
	isPolicyName,
	isPolicySetting,
	defaultPolicySettings,
	POLICY_SETTINGS,
	DEFAULT_POLICY,
	type SimState,
	type OrgState,
	type OrgInfo,
	type Change,
	type Person,
	type CustomPolicy,
	type PolicySettingId,
	type PolicySettings,
} from './state';
export { RULES, getRule, type RuleDef } from './rules';
export {
	evaluateCell,
	evaluateMatrix,
	viewTime,
	sidesOf,
	type People,
	type View,
	type CellResult,
	type PendingCell,
} from './evaluate';
export type { Check, PendingWindow } from './run-plan';
export { smallestFix, type Fix, type FixChange, type FixResult } from './smallest-fix';
export { PRESETS, getPreset, presetState, type Preset, type PresetExpectation } from './presets';
export { encodeState, fragmentFor } from './codec/encode-state';
export { decodeState, type Decoded } from './codec/decode-state';
export {
	createSession,
	sessionStep,
	settleTime,
	waitingChanges,
	likelyInEffect,
	scorePrediction,
	verdictOf,
	UNDO_DEPTH,
	type Loaded,
	type PredictRun,
	type PredictScore,
	type PuzzleRun,
	type Session,
	type SessionEvent,
	type Waiting,
} from './session';
export { linkLoaded, peopleOfPreset, presetLoaded, presetStart, shareFragment, stateOfPreset } from './load';
export { powershellReadout, type PowerShellLine, type PowerShellReadout } from './powershell';

/** Layers in trace order, for grouping settings and checks. */
export const LAYERS = [
	'externalAccess',
	'userPolicy',
	'teamsGuest',
	'entra',
	'crossTenant',
	'groups',
	'sharepoint',
	'purview',
	'teamsPolicy',
	'capabilityTable',
] as const;
export {
	puzzleOf,
	puzzles,
	puzzleStatus,
	puzzleScore,
	puzzleAnswer,
	PUZZLE_SPARE_CHANGES,
	PUZZLE_PENALTY,
	type Puzzle,
	type PuzzleStatus,
} from './puzzles';
export {
	importConfig,
	withImported,
	isTooLarge,
	tooLargeReason,
	MAX_IMPORT_BYTES,
	EXPORT_SCHEMA,
	EXPORT_SCHEMA_VERSION,
	type ImportResult,
	type ImportReport,
	type ReportEntry,
	type TenantConfig,
} from './import/index';
export {
	changePlan,
	planSettleMinutes,
	type ChangePlan,
	type PlannedChange,
	type PlanLine,
} from './change-plan';
export { federationDiagram } from './diagram-federation';
export { guestDiagram, GUEST_LAYERS } from './diagram-guest';
export { type Diagram, type DiagramBox, type DiagramCell, type DiagramPath } from './diagram';

// --- Security baselines lens (issue 14): CIS and SCuBA controls, verdicts, costs. See baselines/index.ts.
export * from './baselines/index';
