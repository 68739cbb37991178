import { describe, expect, test } from 'vitest';
import {
	advanceClock,
	applyChange,
	createDefaultState,
	evaluateCell,
	setOrgInfo,
	type OrgSide,
	type SimState,
} from '../../../src/model';

type Column = 'allowAll' | 'allowListWith' | 'allowListWithout' | 'blockListWith' | 'blockAll';

/** Facts §7.2, transcribed: rows are B's setting, columns A's setting; true = chat works. */
const MATRIX: Record<Column, Record<Column, boolean>> = {
	allowAll: {
		allowAll: true,
		allowListWith: true,
		allowListWithout: false,
		blockListWith: false,
		blockAll: false,
	},
	allowListWith: {
		allowAll: true,
		allowListWith: true,
		allowListWithout: false,
		blockListWith: false,
		blockAll: false,
	},
	allowListWithout: {
		allowAll: false,
		allowListWith: false,
		allowListWithout: false,
		blockListWith: false,
		blockAll: false,
	},
	blockListWith: {
		allowAll: false,
		allowListWith: false,
		allowListWithout: false,
		blockListWith: false,
		blockAll: false,
	},
	blockAll: {
		allowAll: false,
		allowListWith: false,
		allowListWithout: false,
		blockListWith: false,
		blockAll: false,
	},
};

/** Sets one organization's domain setting as named by the matrix ("with" = contains the other org). */
function configure(state: SimState, side: OrgSide, column: Column): SimState {
	const other = side === 'A' ? 'fabrikam.com' : 'contoso.com';
	const set = (s: SimState, id: string, v: unknown) => applyChange(s, side, id, v);
	switch (column) {
		case 'allowAll':
			return state;
		case 'allowListWith':
			return set(set(state, 'fedDomainMode', 'allowList'), 'fedAllowedDomains', [other, 'northwind.com']);
		case 'allowListWithout':
			return set(set(state, 'fedDomainMode', 'allowList'), 'fedAllowedDomains', ['northwind.com']);
		case 'blockListWith':
			return set(set(state, 'fedDomainMode', 'blockList'), 'fedBlockedDomains', [other]);
		case 'blockAll':
			return set(state, 'fedDomainMode', 'blockAll');
	}
}

const columns = Object.keys(MATRIX) as Column[];
const cells = columns.flatMap((b) => columns.map((a) => [a, b, MATRIX[b][a]] as const));

describe('federation matrix (facts §7.2): does chat work?', () => {
	test.each(cells)('A: %s, B: %s → works: %s, in both directions', (a, b, works) => {
		const state = configure(configure(createDefaultState(), 'A', a), 'B', b);
		for (const direction of ['AtoB', 'BtoA'] as const) {
			const result = evaluateCell(state, direction, 'federated', 'chat', 'worstCase');
			expect(result.outcome, direction).toBe(works ? 'allowed' : 'blocked');
		}
	});

	test.each(cells.filter(([, , works]) => !works))(
		'A: %s, B: %s → people can still join meetings anonymously',
		(a, b) => {
			const state = configure(configure(createDefaultState(), 'A', a), 'B', b);
			const result = evaluateCell(state, 'AtoB', 'federated', 'meetingInvite', 'worstCase');
			expect(result.outcome).toBe('allowed');
			expect(result.checks[result.decisive ?? -1]?.reason.key).toBe('reason.joinsAsAnonymous');
		},
	);
});

describe('evaluateFederation rules (facts §7.1)', () => {
	const chat = (s: SimState, direction: 'AtoB' | 'BtoA' = 'AtoB') =>
		evaluateCell(s, direction, 'federated', 'chat', 'worstCase');
	const decisive = (s: SimState, direction: 'AtoB' | 'BtoA' = 'AtoB') => {
		const r = chat(s, direction);
		const c = r.checks[r.decisive ?? -1];
		return `${c?.ruleId}@${c?.side}`;
	};

	test('the master switch overrides the allow list, and later checks on that side are skipped', () => {
		let s = applyChange(createDefaultState(), 'A', 'allowFederatedUsers', false);
		s = applyChange(applyChange(s, 'A', 'fedDomainMode', 'allowList'), 'A', 'fedAllowedDomains', [
			'fabrikam.com',
		]);
		expect(decisive(s)).toBe('fed.masterSwitch@A');
		const aSide = chat(s).checks.filter((c) => c.side === 'A' && c.ruleId !== 'fed.masterSwitch');
		expect(aSide.every((c) => c.status === 'skipped')).toBe(true);
	});

	test('the trace shows stacked failures, not only the first one', () => {
		let s = applyChange(createDefaultState(), 'A', 'userFederationAccess', false);
		s = applyChange(s, 'B', 'fedDomainMode', 'blockAll');
		const failed = chat(s)
			.checks.filter((c) => c.status === 'failed')
			.map((c) => `${c.ruleId}@${c.side}`);
		expect(failed).toEqual(['fed.userPolicy@A', 'fed.domainScope@B']);
	});

	test('a user policy on either side blocks both directions', () => {
		const s = applyChange(createDefaultState(), 'B', 'userFederationAccess', false);
		expect(decisive(s, 'AtoB')).toBe('fed.userPolicy@B');
		expect(decisive(s, 'BtoA')).toBe('fed.userPolicy@B');
	});

	test('two trial-only tenants federate only if both allow trial tenants', () => {
		let s = setOrgInfo(setOrgInfo(createDefaultState(), 'A', { trialOnly: true }), 'B', { trialOnly: true });
		s = applyChange(s, 'A', 'fedTrialTenants', 'Allowed');
		expect(decisive(s)).toBe('fed.trialTenants@B');
		expect(chat(applyChange(s, 'B', 'fedTrialTenants', 'Allowed')).outcome).toBe('allowed');
	});

	test('a trial tenant on the safelist is reachable while trial tenants stay blocked', () => {
		const s = applyChange(
			setOrgInfo(createDefaultState(), 'B', { trialOnly: true }),
			'A',
			'fedAllowedTrialDomains',
			['fabrikam.com'],
		);
		expect(chat(s).outcome).toBe('allowed');
	});

	test('a blocked user stays blocked while their domain is allowed; the list has no effect while switched off', () => {
		const listed = applyChange(createDefaultState(), 'A', 'fedBlockedUsers', ['ben@fabrikam.com']);
		expect(chat(listed).outcome).toBe('allowed');
		const on = applyChange(listed, 'A', 'fedBlockedUsersEnabled', true);
		expect(decisive(on)).toBe('fed.blockedUsers@A');
		expect(chat(applyChange(on, 'A', 'fedBlockedUsers', ['other@fabrikam.com'])).outcome).toBe('allowed');
	});

	test('blocking a domain covers its subdomains only with BlockAllSubdomains', () => {
		let s = setOrgInfo(createDefaultState(), 'B', { domain: 'sales.fabrikam.com' });
		s = applyChange(s, 'A', 'fedBlockedDomains', ['fabrikam.com']);
		const open = chat(s);
		expect(open.outcome).toBe('allowed');
		expect(open.checks.some((c) => c.reason.key === 'reason.fedSubdomainNotCovered')).toBe(true);
		expect(decisive(applyChange(s, 'A', 'fedBlockAllSubdomains', true))).toBe('fed.domainScope@A');
	});

	test('with an allow list the block list is ignored', () => {
		let s = applyChange(createDefaultState(), 'A', 'fedDomainMode', 'allowList');
		s = applyChange(applyChange(s, 'A', 'fedAllowedDomains', ['fabrikam.com']), 'A', 'fedBlockedDomains', [
			'fabrikam.com',
		]);
		expect(chat(s).outcome).toBe('allowed');
	});

	// Custom policies and their domain scope (facts C1–C3) are tested per person in people.test.ts.

	test('unmanaged inbound off is one-way: your users can still start chats', () => {
		const s = applyChange(createDefaultState(), 'A', 'unmanagedInbound', false);
		expect(evaluateCell(s, 'AtoB', 'unmanaged', 'chat', 'worstCase').outcome).toBe('allowed');
		expect(evaluateCell(s, 'AtoB', 'unmanaged', 'contactByThem', 'worstCase').outcome).toBe('blocked');
		expect(evaluateCell(s, 'BtoA', 'unmanaged', 'contactByThem', 'worstCase').outcome).toBe('allowed');
	});

	test('with unmanaged outbound off, the inbound checkbox is skipped as overridden', () => {
		const s = applyChange(createDefaultState(), 'A', 'unmanagedOutbound', false);
		const r = evaluateCell(s, 'AtoB', 'unmanaged', 'contactByThem', 'worstCase');
		expect(r.checks.find((c) => c.ruleId === 'um.inbound')?.status).toBe('skipped');
	});

	test('meetings fall back to anonymous join only while the organizer allows it', () => {
		let s = applyChange(createDefaultState(), 'A', 'fedDomainMode', 'blockAll');
		s = applyChange(s, 'A', 'anonymousJoin', false);
		const r = evaluateCell(advanceClock(s, 10_000), 'AtoB', 'federated', 'meetingInvite');
		expect(r.outcome).toBe('blocked');
		expect(
			evaluateCell(createDefaultState(), 'AtoB', 'federated', 'meetingInvite').checks.at(-1)?.status,
		).toBe('skipped');
	});

	test('an unknown partner makes its side "depends", naming the organization', () => {
		const s = setOrgInfo(createDefaultState(), 'B', { known: false });
		const r = chat(s);
		expect(r.outcome).toBe('depends');
		expect(r.unknowns[0]).toEqual({ key: 'unknown.orgSettings', params: { org: 'Fabrikam' } });
	});

	test('anonymous attendees can only join meetings', () => {
		const s = createDefaultState();
		expect(evaluateCell(s, 'AtoB', 'anonymous', 'meetingInvite').outcome).toBe('allowed');
		expect(evaluateCell(s, 'AtoB', 'anonymous', 'chat').outcome).toBe('blocked');
		expect(
			evaluateCell(
				applyChange(s, 'A', 'anonymousJoin', false),
				'AtoB',
				'anonymous',
				'meetingInvite',
				'worstCase',
			).outcome,
		).toBe('blocked');
	});
});
