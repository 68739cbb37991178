import { describe, expect, test } from 'vitest';
import {
	CONTROLS,
	DISAGREEMENTS,
	EXTRA_DEFAULTS,
	applyChange,
	baselineInput,
	blockedBy,
	costOf,
	createDefaultState,
	evaluateControl,
	evaluateControls,
	evaluateMatrix,
	fixControl,
	getControl,
	getPreset,
	presetState,
	policyFlags,
	withChanges,
	type BaselineInput,
	type Cloud,
	type SettingValue,
	type SimState,
	type Verdict,
} from '../../../src/model';
import { anyOf, is } from '../../../src/model/baselines/logic';

const defaults = createDefaultState();

/** Microsoft's defaults for every input, with `patch` on top (the shapes of facts §1.2–§1.3). */
function input(patch: Record<string, SettingValue> = {}, cloud: Cloud = 'commercial'): BaselineInput {
	return baselineInput(defaults, 'A', { ...EXTRA_DEFAULTS, ...patch }, cloud);
}

function verdict(id: string, i: BaselineInput): Verdict {
	const control = getControl(id);
	if (!control) throw new Error(`no control ${id}`);
	return evaluateControl(control, i).verdict;
}

function tool(id: string, i: BaselineInput): Verdict | undefined {
	const control = getControl(id);
	if (!control) throw new Error(`no control ${id}`);
	const r = evaluateControl(control, i);
	return r.tool ? r.tool.verdict : undefined;
}

describe('baseline controls as data', () => {
	test('every control has a unique id, a level, a source URL and a verified date', () => {
		expect(new Set(CONTROLS.map((c) => c.id)).size).toBe(CONTROLS.length);
		for (const c of CONTROLS) {
			expect(c.source).toMatch(/^https:\/\//);
			expect(c.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(['L1', 'L2', 'SHALL', 'SHOULD']).toContain(c.level);
			expect(c.fixes.length).toBeGreaterThan(0);
		}
	});

	// Facts §1.5 #13: the controls Microsoft's defaults fail; every other one passes.
	const failsByDefault = [
		'cis-8.1.1',
		'cis-8.2.1',
		'cis-8.2.2',
		'cis-8.2.3',
		'cis-8.5.1',
		'cis-8.5.3',
		'cis-8.5.5',
		'cis-8.5.8',
		'cis-5.1.6.1',
		'cis-5.1.6.3',
		'cis-7.2.3',
		'cis-7.2.4',
		'cis-7.2.6',
		'scuba-MS.TEAMS.2.1v2',
		'scuba-MS.TEAMS.2.2v2',
		'scuba-MS.TEAMS.2.3v2',
		'scuba-MS.AAD.8.2v1',
		// ScubaGear leaves MS.AAD.8.3 to a manual check; the baseline's text fails the default "any domain".
		'scuba-MS.AAD.8.3v1',
		'scuba-MS.SHAREPOINT.1.1v1',
		'scuba-MS.SHAREPOINT.1.2v1',
		'scuba-MS.SHAREPOINT.1.3v1',
	];
	test.each(CONTROLS.map((c) => [c.id] as const))('Microsoft defaults: %s', (id) => {
		expect(verdict(id, input())).toBe(failsByDefault.includes(id) ? 'fail' : 'pass');
	});

	test('over the simulator state alone, controls on settings it does not model are not evaluable and say what is missing', () => {
		const r = evaluateControls(baselineInput(defaults, 'A'));
		const lobby = r.find((x) => x.control.id === 'cis-8.5.3');
		expect(lobby?.verdict).toBe('notEvaluable');
		expect(lobby?.missing).toEqual(['x.autoAdmittedUsers']);
		expect(r.find((x) => x.control.id === 'cis-8.2.1')?.verdict).toBe('fail');
		// 7.2.6 passes on SharePoint "only people in your organization" without the domain mode.
		const orgOnly = baselineInput(
			withChanges(defaults, [{ side: 'A', setting: 'spoOrgSharing', value: 'onlyOrg' }]),
			'A',
		);
		expect(evaluateControl(getControl('cis-7.2.6')!, orgOnly).verdict).toBe('pass');
		expect(evaluateControl(getControl('scuba-MS.SHAREPOINT.1.3v1')!, orgOnly).verdict).toBe('notApplicable');
	});

	test.each([
		// [control, shape, verdict]
		['cis-8.2.1', { fedDomainMode: 'allowList' }, 'pass'],
		['cis-8.2.1', { fedDomainMode: 'blockList' }, 'fail'],
		['cis-8.2.1', { allowFederatedUsers: false }, 'pass'],
		['cis-8.2.1', { userFederationAccess: false }, 'pass'],
		['scuba-MS.TEAMS.2.1v2', { userFederationAccess: false }, 'fail'],
		['scuba-MS.TEAMS.2.1v2', { fedDomainMode: 'blockAll' }, 'pass'],
		['cis-8.2.2', { userUnmanagedOutbound: false }, 'pass'],
		['cis-8.2.2', { unmanagedOutbound: false }, 'pass'],
		['cis-8.2.3', { unmanagedInbound: false }, 'pass'],
		['cis-8.2.4', { fedTrialTenants: 'Allowed' }, 'fail'],
		['cis-8.5.1', { anonymousJoin: false }, 'pass'],
		['cis-8.5.3', { 'x.autoAdmittedUsers': 'InvitedUsers' }, 'pass'],
		['cis-8.5.5', { 'x.meetingChat': 'Disabled' }, 'fail'],
		['cis-5.1.6.3', { entraGuestInvite: 'adminsOnly' }, 'pass'],
		['cis-7.2.3', { spoOrgSharing: 'newAndExisting' }, 'pass'],
		['scuba-MS.TEAMS.1.3v1', { 'x.autoAdmittedUsers': 'Everyone' }, 'fail'],
		['scuba-MS.TEAMS.1.3v1', { 'x.pstnBypassLobby': true }, 'fail'],
		['scuba-MS.SHAREPOINT.1.1v1', { spoOrgSharing: 'existing' }, 'pass'],
		['scuba-MS.SHAREPOINT.1.2v1', { 'x.oneDriveSharing': 'onlyOrg' }, 'pass'],
	] as const)('%s over %o: %s', (id, shape, expected) => {
		expect(verdict(id, input(shape))).toBe(expected);
	});
});

describe('where baselines disagree (facts §1.5)', () => {
	test('the list has all thirteen points and names only known controls', () => {
		expect(DISAGREEMENTS).toHaveLength(13);
		for (const d of DISAGREEMENTS) for (const id of d.controls) expect(getControl(id), id).toBeDefined();
	});

	test('1 lobby: only EveryoneInCompanyExcludingGuests passes both CIS 8.5.3 and SCuBA 1.4; the default passes only SCuBA', () => {
		const values = [
			'EveryoneInCompany',
			'EveryoneInSameAndFederatedCompany',
			'Everyone',
			'OrganizerOnly',
			'EveryoneInCompanyExcludingGuests',
			'InvitedUsers',
		];
		const both = values.filter(
			(v) =>
				verdict('cis-8.5.3', input({ 'x.autoAdmittedUsers': v })) === 'pass' &&
				verdict('scuba-MS.TEAMS.1.4v1', input({ 'x.autoAdmittedUsers': v })) === 'pass',
		);
		expect(both).toEqual(['EveryoneInCompanyExcludingGuests']);
		expect([verdict('cis-8.5.3', input()), verdict('scuba-MS.TEAMS.1.4v1', input())]).toEqual([
			'fail',
			'pass',
		]);
	});

	test('2 unmanaged, org vs policy: the Global policy off passes CIS and the SCuBA text, but ScubaGear’s check still fails', () => {
		const i = input({ userUnmanagedOutbound: false, userUnmanagedInbound: false });
		expect(verdict('cis-8.2.2', i)).toBe('pass');
		expect(verdict('scuba-MS.TEAMS.2.3v2', i)).toBe('pass');
		expect(tool('scuba-MS.TEAMS.2.3v2', i)).toBe('fail');
		expect(tool('scuba-MS.TEAMS.2.2v2', i)).toBe('fail');
	});

	test('3 parent off, stale inbound on: SCuBA 2.2 passes, Maester’s 8.2.3 check fails', () => {
		const i = input({ unmanagedOutbound: false, unmanagedInbound: true });
		expect(verdict('scuba-MS.TEAMS.2.2v2', i)).toBe('pass');
		expect(verdict('cis-8.2.3', i)).toBe('pass');
		expect(tool('cis-8.2.3', i)).toBe('fail');
	});

	test('4 CIPP’s 8.2.4 reads the unmanaged switch: the default passes the text and fails CIPP', () => {
		expect(verdict('cis-8.2.4', input())).toBe('pass');
		expect(tool('cis-8.2.4', input())).toBe('fail');
	});

	test('5 who may invite: "no one" fails SCuBA 8.2 and CIS 5.1.6.3 but passes Maester', () => {
		const i = input({ entraGuestInvite: 'noOne' });
		expect(verdict('scuba-MS.AAD.8.2v1', i)).toBe('fail');
		expect(verdict('cis-5.1.6.3', i)).toBe('fail');
		expect(tool('scuba-MS.AAD.8.2v1', i)).toBe('pass');
	});

	test('6 guest directory access: "limited" passes CIS 5.1.6.2 and SCuBA 8.1, not CIPP', () => {
		expect(verdict('cis-5.1.6.2', input())).toBe('pass');
		expect(verdict('scuba-MS.AAD.8.1v1', input())).toBe('pass');
		expect(tool('cis-5.1.6.2', input())).toBe('fail');
	});

	test('7 SharePoint "new and existing guests" passes CIS 7.2.3, fails SCuBA 1.1', () => {
		const i = input({ spoOrgSharing: 'newAndExisting' });
		expect([verdict('cis-7.2.3', i), verdict('scuba-MS.SHAREPOINT.1.1v1', i)]).toEqual(['pass', 'fail']);
	});

	test('8 a SharePoint block list fails SCuBA 1.3 and the CIS text, passes CIPP’s 7.2.6', () => {
		const i = input({ 'x.spoDomainRestriction': 'blockList' });
		expect([verdict('scuba-MS.SHAREPOINT.1.3v1', i), verdict('cis-7.2.6', i), tool('cis-7.2.6', i)]).toEqual([
			'fail',
			'fail',
			'pass',
		]);
	});

	test('9 MS.AAD.8.3: an allow list passes the text; Maester wants the cross-tenant default inbound blocked', () => {
		const i = input({ entraCollabRestrictions: 'allowSpecified' });
		expect([verdict('scuba-MS.AAD.8.3v1', i), tool('scuba-MS.AAD.8.3v1', i)]).toEqual(['pass', 'fail']);
	});

	test('10 scope: a custom policy reopens federation and unmanaged access that org-level checks pass', () => {
		const closed = withChanges(defaults, [
			{ side: 'A', setting: 'fedDomainMode', value: 'allowList' },
			{ side: 'A', setting: 'userUnmanagedOutbound', value: false },
		]);
		expect(verdict('cis-8.2.1', baselineInput(closed, 'A'))).toBe('pass');
		// The simulator's default custom policy ("Partners", Microsoft's values) still lets its
		// people reach unmanaged accounts once Global no longer does: that is a reopening.
		expect(policyFlags(closed, 'A')).toEqual([
			{ policy: 'Partners', kind: 'unmanagedOutbound', controls: ['cis-8.2.2', 'scuba-MS.TEAMS.2.3v2'] },
		]);
		const withPolicy = withPolicies(closed, [
			{
				name: 'PartnerDesk',
				settings: {
					userFederationAccess: true,
					userExternalOrgsScope: 'AllowAllExternalDomains',
					userUnmanagedOutbound: true,
				},
			},
			{
				name: 'Quiet',
				settings: {
					userFederationAccess: false,
					userExternalOrgsScope: 'OrganizationDefault',
					userUnmanagedOutbound: false,
				},
			},
		]);
		expect(policyFlags(withPolicy, 'A')).toEqual([
			{ policy: 'PartnerDesk', kind: 'federation', controls: ['cis-8.2.1', 'scuba-MS.TEAMS.2.1v2'] },
			{ policy: 'PartnerDesk', kind: 'unmanagedOutbound', controls: ['cis-8.2.2', 'scuba-MS.TEAMS.2.3v2'] },
		]);
		// A logged change inside the policy counts too.
		const changed = {
			...withPolicy,
			changes: [
				...withPolicy.changes,
				{ at: 0, side: 'A', setting: 'userFederationAccess', value: false, policy: 'PartnerDesk' },
			],
		} as unknown as SimState;
		expect(policyFlags(changed, 'A').map((f) => f.kind)).toEqual(['unmanagedOutbound']);
	});

	test('11 anonymous join: CIS 8.5.1 fails the default; no SCuBA control reads it', () => {
		expect(verdict('cis-8.5.1', input())).toBe('fail');
		expect(CONTROLS.filter((c) => c.baseline === 'scuba' && c.reads.includes('anonymousJoin'))).toEqual([]);
	});

	test.each(['gcc', 'gcchigh', 'dod'] as const)(
		'12 cloud %s: SCuBA 2.2 and 2.3 do not apply, CIS 8.2.2 still does',
		(cloud) => {
			expect(verdict('scuba-MS.TEAMS.2.2v2', input({}, cloud))).toBe('notApplicable');
			expect(verdict('scuba-MS.TEAMS.2.3v2', input({}, cloud))).toBe('notApplicable');
			expect(verdict('cis-8.2.2', input({}, cloud))).toBe('fail');
		},
	);
});

function withPolicies(
	state: SimState,
	policies: { name: string; settings: Record<string, SettingValue> }[],
): SimState {
	return { ...state, orgs: { ...state.orgs, A: { ...state.orgs.A, policies } } } as unknown as SimState;
}

describe('fixing a failing control and what it costs', () => {
	const modelled = CONTROLS.filter(
		(c) => evaluateControl(c, baselineInput(defaults, 'A')).verdict === 'fail',
	);

	test('the simulator can evaluate and fix at least the federation, unmanaged, anonymous, Entra and SharePoint controls', () => {
		expect(modelled.map((c) => c.id)).toEqual(
			expect.arrayContaining([
				'cis-8.2.1',
				'cis-8.2.2',
				'cis-8.2.3',
				'cis-8.5.1',
				'cis-5.1.6.3',
				'cis-7.2.3',
				'scuba-MS.TEAMS.2.1v2',
				'scuba-MS.SHAREPOINT.1.1v1',
			]),
		);
	});

	test.each(modelled.map((c) => [c.id, c] as const))(
		'%s: the suggested change passes, and its cost is the model’s before/after difference',
		(_, control) => {
			const plan = fixControl(defaults, 'A', control);
			expect(plan?.cost).not.toBeNull();
			if (!plan?.cost) return;
			const after = withChanges(defaults, plan.changes);
			expect(evaluateControl(control, baselineInput(after, 'A')).verdict).toBe('pass');
			const before = evaluateMatrix(defaults, 'worstCase');
			const next = evaluateMatrix(after, 'worstCase');
			const flipped = next.filter((c, i) => before[i]?.outcome === 'allowed' && c.outcome === 'blocked');
			expect(plan.cost.closes.map((c) => `${c.direction}|${c.identity}|${c.capability}`)).toEqual(
				flipped.map((c) => `${c.direction}|${c.identity}|${c.capability}`),
			);
			// The same changes through the simulator's own change path give the same state.
			const manual = plan.changes.reduce((s, c) => applyChange(s, c.side, c.setting, c.value), defaults);
			expect(manual).toEqual(after);
		},
	);

	test('8.2.1: among the passing changes the cheapest is proposed, and it blocks Fabrikam’s chat', () => {
		const plan = fixControl(defaults, 'A', getControl('cis-8.2.1')!);
		const others = [
			costOf(defaults, [{ side: 'A', setting: 'allowFederatedUsers', value: false }]),
			costOf(defaults, [{ side: 'A', setting: 'userFederationAccess', value: false }]),
		];
		for (const o of others) expect(plan!.cost!.closes.length).toBeLessThanOrEqual(o.closes.length);
		expect(plan!.cost!.closes.some((c) => c.identity === 'federated' && c.capability === 'chat')).toBe(true);
	});

	test('of two passing changes, the one that blocks fewer cells is proposed, whatever their order', () => {
		const federation = getControl('cis-8.2.1')!;
		const control = {
			...federation,
			passes: anyOf(is('allowFederatedUsers', false), is('guestGiphy', false)),
			fixes: [[['allowFederatedUsers', false]], [['guestGiphy', false]]] as const,
		};
		const plan = fixControl(defaults, 'A', control);
		expect(plan?.changes).toEqual([{ side: 'A', setting: 'guestGiphy', value: false }]);
		expect(plan?.cost?.closes.length).toBeLessThan(
			costOf(defaults, [{ side: 'A', setting: 'allowFederatedUsers', value: false }]).closes.length,
		);
	});

	test('a passing control names what it blocks today', () => {
		const state = withChanges(defaults, [{ side: 'A', setting: 'unmanagedOutbound', value: false }]);
		const control = getControl('cis-8.2.2')!;
		expect(evaluateControl(control, baselineInput(state, 'A')).verdict).toBe('pass');
		const blocked = blockedBy(state, 'A', control);
		expect(
			blocked.some((c) => c.identity === 'unmanaged' && c.capability === 'chat' && c.direction === 'AtoB'),
		).toBe(true);
		expect(blockedBy(defaults, 'A', control)).toEqual([]);
	});

	test('a change to an input the simulator does not model is proposed without a cost', () => {
		const plan = fixControl(defaults, 'A', getControl('cis-8.5.3')!);
		expect(plan).toEqual({
			changes: [{ side: 'A', setting: 'x.autoAdmittedUsers', value: 'EveryoneInCompanyExcludingGuests' }],
			cost: null,
		});
	});
});

describe('presets by intent', () => {
	const verdictsOf = (presetId: string, keep: (c: (typeof CONTROLS)[number]) => boolean) => {
		const preset = getPreset(presetId);
		if (!preset) throw new Error(presetId);
		return evaluateControls(baselineInput(presetState(preset), 'A'), CONTROLS.filter(keep)).map((r) => [
			r.control.id,
			r.verdict,
		]);
	};

	test.each([
		['intent-cis-l1', (c: (typeof CONTROLS)[number]) => c.baseline === 'cis' && c.level === 'L1'],
		['intent-cis-l2', (c: (typeof CONTROLS)[number]) => c.baseline === 'cis'],
		['intent-scuba', (c: (typeof CONTROLS)[number]) => c.baseline === 'scuba'],
	] as const)('%s fails none of its baseline’s controls the simulator can evaluate', (id, keep) => {
		const verdicts = verdictsOf(id, keep);
		expect(verdicts.filter(([, v]) => v === 'fail')).toEqual([]);
		expect(verdicts.filter(([, v]) => v === 'pass').length).toBeGreaterThan(2);
	});

	test('open collaboration fails most controls the simulator can evaluate, and its cost to reach CIS 8.2.1 is real', () => {
		const verdicts = verdictsOf('intent-open', () => true);
		expect(verdicts.filter(([, v]) => v === 'fail').length).toBeGreaterThan(
			verdicts.filter(([, v]) => v === 'pass').length,
		);
		const open = presetState(getPreset('intent-open')!);
		expect(fixControl(open, 'A', getControl('cis-8.2.1')!)?.cost?.closes.length).toBeGreaterThan(0);
	});
});
