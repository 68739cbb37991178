import { describe, expect, test } from 'vitest';
import {
	advanceClock,
	DELAYS,
	viewTime,
	addPolicy,
	applyChange,
	createDefaultState,
	evaluateCell,
	evaluateMatrix,
	setPerson,
	type CellResult,
	type OrgSide,
	type SettingValue,
	type SimState,
} from '../../../src/model';

/** A state where A's person `megan` is on a custom policy with these values (the rest as Global). */
function withPolicy(values: Record<string, SettingValue>, org: Record<string, SettingValue> = {}): SimState {
	let s = addPolicy(createDefaultState(), 'A', 'Custom', values);
	s = setPerson(s, 'A', 'megan', { policy: 'Custom' });
	for (const [id, v] of Object.entries(org)) s = applyChange(s, 'A', id, v);
	return s;
}

const chat = (s: SimState, people: Partial<Record<OrgSide, string>> = {}, direction = 'AtoB' as const) =>
	evaluateCell(s, direction, 'federated', 'chat', 'worstCase', people);
const decisive = (r: CellResult) => {
	const c = r.checks[r.decisive];
	return `${c?.ruleId}@${c?.side}`;
};

describe('people and their own policies (facts C1–C3)', () => {
	test('C1: two users of one organization get different answers', () => {
		const s = withPolicy({ userFederationAccess: false });
		expect(chat(s).outcome).toBe('allowed');
		const megan = chat(s, { A: 'megan' });
		expect(megan.outcome).toBe('blocked');
		expect(decisive(megan)).toBe('fed.userPolicy@A');
		expect(megan.checks[megan.decisive]?.reason).toMatchObject({
			key: 'reason.fedCustomPolicyOff',
			params: { policy: 'Custom', user: 'megan@contoso.com' },
		});
		// The matrix says whose row it is.
		expect(megan.people.A).toEqual({ address: 'megan@contoso.com', policy: 'Custom' });
		expect(chat(s).people.A).toEqual({ address: 'adele@contoso.com', policy: null });
	});

	test('C1: switching off Global does not touch a person on a custom policy', () => {
		const s = applyChange(createDefaultState(), 'A', 'userFederationAccess', false);
		expect(chat(s).outcome).toBe('blocked');
		expect(chat(s, { A: 'megan' }).outcome).toBe('allowed');
	});

	// Facts C2 and §3.3 [P1]: block all domains (AllowFederatedUsers on, AllowedDomains empty), Global off,
	// selected users on a custom policy. Transcribed: [custom policy values, megan's outcome, decisive].
	const ALL_BUT_A_FEW: readonly [string, Record<string, SettingValue>, string, string | null][] = [
		[
			'feature switch only (C2: still follows the empty org allow list)',
			{ userFederationAccess: true },
			'blocked',
			'fed.domainScope@A',
		],
		[
			'AllowSpecificExternalDomains listing the partner (C2)',
			{ userExternalOrgsScope: 'AllowSpecificExternalDomains', userAllowedExternalDomains: ['fabrikam.com'] },
			'allowed',
			null,
		],
		[
			'AllowAllExternalDomains (C3: replaces the org lists)',
			{ userExternalOrgsScope: 'AllowAllExternalDomains' },
			'allowed',
			null,
		],
		[
			'AllowSpecificExternalDomains without the partner',
			{
				userExternalOrgsScope: 'AllowSpecificExternalDomains',
				userAllowedExternalDomains: ['northwind.com'],
			},
			'blocked',
			'fed.domainScope@A',
		],
	];
	test.each(ALL_BUT_A_FEW)(
		'C2 all but a few, custom policy with %s → %s',
		(_name, values, outcome, cause) => {
			const s = withPolicy(values, { fedDomainMode: 'allowList', userFederationAccess: false });
			expect(chat(s).outcome).toBe('blocked'); // adele, on Global (off)
			const megan = chat(s, { A: 'megan' });
			expect(megan.outcome).toBe(outcome);
			if (cause) expect(decisive(megan)).toBe(cause);
			expect(megan.unknowns).toEqual([]);
		},
	);

	test('C2: the master switch off still overrides every custom policy', () => {
		const s = withPolicy(
			{ userExternalOrgsScope: 'AllowAllExternalDomains' },
			{ allowFederatedUsers: false },
		);
		expect(decisive(chat(s, { A: 'megan' }))).toBe('fed.masterSwitch@A');
	});

	// Facts C3: a scope other than OrganizationDefault replaces the org lists; decided, never "depends".
	// [scope, list setting, list, org domain mode, expected]
	const SCOPES: readonly [string, string | null, string[], string, string][] = [
		['BlockAllExternalDomains', null, [], 'allowAll', 'blocked'],
		['BlockSpecificExternalDomains', 'userBlockedExternalDomains', ['fabrikam.com'], 'allowAll', 'blocked'],
		['BlockSpecificExternalDomains', 'userBlockedExternalDomains', ['northwind.com'], 'blockAll', 'allowed'],
		['AllowSpecificExternalDomains', 'userAllowedExternalDomains', ['fabrikam.com'], 'blockAll', 'allowed'],
		['AllowAllExternalDomains', null, [], 'blockAll', 'allowed'],
		['OrganizationDefault', null, [], 'blockAll', 'blocked'],
	];
	test.each(SCOPES)('C3: custom scope %s (%s %o) with org %s → %s', (scope, list, domains, mode, outcome) => {
		const values: Record<string, SettingValue> = { userExternalOrgsScope: scope };
		if (list) values[list] = domains;
		const r = chat(withPolicy(values, { fedDomainMode: mode }), { A: 'megan' });
		expect(r.outcome).toBe(outcome);
		expect(r.unknowns).toEqual([]);
	});

	test('C3: a custom policy "Block all" gives blocked, with the policy named in the trace', () => {
		const r = chat(withPolicy({ userExternalOrgsScope: 'BlockAllExternalDomains' }), { A: 'megan' });
		expect(r.outcome).toBe('blocked');
		expect(r.checks[r.decisive]?.reason).toMatchObject({
			key: 'reason.userScopeBlockAll',
			params: { policy: 'Custom', domain: 'fabrikam.com' },
		});
	});

	test('the partner’s person matters too: B’s custom policy blocks only bianca', () => {
		let s = addPolicy(createDefaultState(), 'B', 'Closed', {
			userExternalOrgsScope: 'BlockAllExternalDomains',
		});
		s = setPerson(s, 'B', 'bianca', { policy: 'Closed' });
		expect(chat(s).outcome).toBe('allowed');
		expect(decisive(chat(s, { B: 'bianca' }))).toBe('fed.domainScope@B');
	});

	test('§3.3: the Global policy’s scope is fixed to OrganizationDefault; a custom policy’s is not', () => {
		const s = createDefaultState();
		expect(applyChange(s, 'A', 'userExternalOrgsScope', 'BlockAllExternalDomains')).toBe(s);
		const changed = applyChange(s, 'A', 'userExternalOrgsScope', 'BlockAllExternalDomains', 'Partners');
		expect(changed.changes).toEqual([
			{
				at: 0,
				side: 'A',
				setting: 'userExternalOrgsScope',
				value: 'BlockAllExternalDomains',
				policy: 'Partners',
			},
		]);
		// Only policy settings live in a custom policy, and the policy must exist.
		expect(applyChange(s, 'A', 'allowFederatedUsers', false, 'Partners')).toBe(s);
		expect(applyChange(s, 'A', 'userFederationAccess', false, 'Nope')).toBe(s);
	});

	test('a change to a custom policy is pending only for its people', () => {
		const s = applyChange(createDefaultState(), 'A', 'userFederationAccess', false, 'Partners');
		expect(evaluateCell(s, 'AtoB', 'federated', 'chat', 'now', { A: 'megan' }).outcome).toBe('pending');
		const adele = evaluateCell(s, 'AtoB', 'federated', 'chat');
		expect(adele.outcome).toBe('allowed');
		expect(adele.checks.some((c) => c.pending)).toBe(false);
	});

	test('people and policies: bad input leaves the state unchanged', () => {
		const s = createDefaultState();
		expect(addPolicy(s, 'A', 'Global')).toBe(s);
		expect(addPolicy(s, 'A', 'Partners')).toBe(s);
		expect(addPolicy(s, 'A', '')).toBe(s);
		expect(setPerson(s, 'A', 'Bad Name', {})).toBe(s);
		expect(setPerson(s, 'A', 'megan', { policy: 'Missing' })).toBe(s);
		const added = setPerson(s, 'A', 'lee', { policy: 'Partners' });
		expect(added.orgs.A.people.map((p) => p.user)).toEqual(['adele', 'megan', 'lee']);
		expect(setPerson(added, 'A', 'lee', { policy: null }).orgs.A.people[2]?.policy).toBeNull();
	});

	test('evaluateMatrix answers for the chosen people', () => {
		const s = withPolicy({ userFederationAccess: false });
		const rows = evaluateMatrix(s, 'worstCase', { A: 'megan' }).filter((c) => c.identity === 'federated');
		expect(rows.find((c) => c.direction === 'AtoB' && c.capability === 'chat')?.outcome).toBe('blocked');
		expect(rows.every((c) => c.people.A.address === 'megan@contoso.com')).toBe(true);
	});
});

describe('guests with a history (facts C5)', () => {
	// [setting, value, new guest (ben), existing member (bianca)] for team access, channel files, Meet now.
	const ADDING_ONLY: readonly [string, SettingValue, string][] = [
		['groupsOwnersAddGuests', false, 'guest.ownersAddGuests@A'],
		['teamLabel', 'blocksGuests', 'guest.teamLabel@A'],
	];
	test.each(ADDING_ONLY)('C5: %s = %s stops adding guests, not existing members', (setting, value, cause) => {
		const s = applyChange(createDefaultState(), 'A', setting, value);
		for (const capability of ['accessTeamResources', 'channelFiles', 'meetNow'] as const) {
			const added = evaluateCell(s, 'AtoB', 'guest', capability, 'worstCase');
			expect(added.outcome, capability).toBe('blocked');
			expect(decisive(added)).toBe(cause);
			const member = evaluateCell(s, 'AtoB', 'guest', capability, 'worstCase', { B: 'bianca' });
			expect(member.outcome, capability).toBe('allowed');
			expect(member.checks.map((c) => c.reason.key)).toContain('reason.guestAlreadyMember');
		}
		// Adding anyone (also someone already in the directory) stays blocked.
		expect(evaluateCell(s, 'AtoB', 'guest', 'addAsGuest', 'worstCase', { B: 'bianca' }).outcome).toBe(
			'blocked',
		);
	});

	test('§5: settings checked at sign-in still lock out an existing member (cross-tenant inbound)', () => {
		const s = applyChange(createDefaultState(), 'A', 'crossTenantB2bCollabInbound', 'block');
		expect(
			evaluateCell(s, 'AtoB', 'guest', 'accessTeamResources', 'worstCase', { B: 'bianca' }).outcome,
		).toBe('blocked');
	});

	test('§5: Meet now needs the Groups guest-content switch, as team access does', () => {
		const s = applyChange(createDefaultState(), 'A', 'groupsGuestAccessContent', false);
		const r = evaluateCell(s, 'AtoB', 'guest', 'meetNow', 'worstCase', { B: 'bianca' });
		expect(r.outcome).toBe('blocked');
		expect(decisive(r)).toBe('guest.groupContent@A');
	});

	test('§7.6: shared-channel membership needs SharePoint sharing that allows guests', () => {
		let s = applyChange(createDefaultState(), 'A', 'crossTenantDcInbound', 'allow');
		s = applyChange(s, 'B', 'crossTenantDcOutbound', 'allow');
		expect(evaluateCell(s, 'AtoB', 'sharedChannel', 'accessTeamResources', 'worstCase').outcome).toBe(
			'allowed',
		);
		s = applyChange(s, 'A', 'spoOrgSharing', 'onlyOrg');
		const r = evaluateCell(s, 'AtoB', 'sharedChannel', 'accessTeamResources', 'worstCase');
		expect(r.outcome).toBe('blocked');
		expect(decisive(r)).toBe('guest.sharepointOrg@A');
	});
});

describe('honest delays (facts C9)', () => {
	test('every delay marks its lower bound and typical value as estimates; only the maximum is sourced', () => {
		for (const d of Object.values(DELAYS)) expect(d.estimated).toEqual(['min', 'typical']);
	});

	test('fast-forward to the typical delay: each pending cell says what the typical delays imply', () => {
		let s = applyChange(createDefaultState(), 'A', 'guestAccess', false);
		s = advanceClock(s, 2000);
		s = applyChange(s, 'A', 'guestAccess', true);
		s = applyChange(s, 'A', 'userFederationAccess', false);
		const typical = advanceClock(s, viewTime(s, 'typical') - s.clock);
		for (const [identity, capability] of [
			['guest', 'chat'],
			['federated', 'chat'],
		] as const) {
			const now = evaluateCell(typical, 'AtoB', identity, capability);
			expect(now.outcome).toBe('pending');
			expect(now.pending?.likely).toBe(evaluateCell(s, 'AtoB', identity, capability, 'typical').outcome);
		}
	});
});
