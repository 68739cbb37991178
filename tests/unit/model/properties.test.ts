import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluateMatrix, SETTINGS, type SimState, type Outcome, type SettingValue } from '../../../src/model';
import { settledStateArb } from './arbitraries';

const rank: Record<Outcome, number> = { blocked: 0, depends: 1, allowed: 2, pending: -1 };

/** Restrictive moves: switch a permission off, pick a stricter option, or list a domain/user as blocked. */
const STRICTER: Record<string, string[]> = {
	fedDomainMode: ['blockAll'],
	fedTrialTenants: ['Blocked'],
	externalChatFileSharing: ['Disabled'],
	guestScreenSharing: ['Disabled'],
	entraGuestInvite: ['adminsOnly', 'noOne'],
	entraCollabRestrictions: [],
	crossTenantB2bCollabInbound: ['block'],
	spoOrgSharing: ['onlyOrg'],
	spoSiteSharing: ['onlyOrg'],
	teamLabel: ['blocksGuests'],
	crossTenantDcInbound: ['block'],
	crossTenantDcOutbound: ['block'],
};
const PERMISSIVE_WHEN_TRUE = SETTINGS.filter((s) => s.type === 'toggle' && s.default === true).map(
	(s) => s.id,
);
const BLOCK_LISTS: Record<string, string> = {
	fedBlockedDomains: 'fabrikam.com',
	fedBlockedUsers: 'ben@fabrikam.com',
};

const moveArb = fc.oneof(
	fc
		.tuple(fc.constantFrom<'A' | 'B'>('A', 'B'), fc.constantFrom(...PERMISSIVE_WHEN_TRUE))
		.map(([side, id]) => ({ side, id, value: false })),
	fc
		.tuple(
			fc.constantFrom<'A' | 'B'>('A', 'B'),
			fc.constantFrom(...Object.entries(STRICTER).filter(([, v]) => v.length > 0)),
		)
		.chain(([side, [id, values]]) => fc.constantFrom(...values).map((value) => ({ side, id, value }))),
	fc
		.tuple(fc.constantFrom<'A' | 'B'>('A', 'B'), fc.constantFrom(...Object.entries(BLOCK_LISTS)))
		.map(([side, [id, entry]]) => ({ side, id, value: [entry] as SettingValue, add: true })),
);

function restrict(s: SimState, side: 'A' | 'B', id: string, value: SettingValue, add = false): SimState {
	const org = s.orgs[side];
	const current = org.settings[id as keyof typeof org.settings];
	const next =
		add && Array.isArray(current) ? [...new Set([...(current as string[]), ...(value as string[])])] : value;
	return { ...s, orgs: { ...s.orgs, [side]: { ...org, settings: { ...org.settings, [id]: next } } } };
}

describe('properties', () => {
	test('turning a permission off never adds a capability', () => {
		fc.assert(
			fc.property(settledStateArb, moveArb, (s, move) => {
				const before = evaluateMatrix(s, 'worstCase');
				const after = evaluateMatrix(restrict(s, move.side, move.id, move.value, 'add' in move), 'worstCase');
				after.forEach((cell, i) => {
					const was = before[i];
					expect(
						rank[cell.outcome],
						`${cell.direction} ${cell.identity} ${cell.capability}`,
					).toBeLessThanOrEqual(rank[was?.outcome ?? 'allowed']);
				});
			}),
			{ numRuns: 40 },
		);
	}, 60_000);

	test('the model is deterministic: the same state gives the same matrix', () => {
		fc.assert(
			fc.property(settledStateArb, (s) => {
				expect(evaluateMatrix(s)).toEqual(evaluateMatrix(structuredClone(s)));
			}),
			{ numRuns: 10 },
		);
	}, 60_000);

	test('every cell names a decisive check unless it is allowed by a plan with no passing check', () => {
		fc.assert(
			fc.property(settledStateArb, (s) => {
				for (const cell of evaluateMatrix(s)) {
					const where = `${cell.direction} ${cell.identity} ${cell.capability} ${cell.outcome}`;
					// `decisive` is an index into the trace, -1 when no check decided.
					const decisive = cell.checks[cell.decisive];
					if (cell.outcome !== 'allowed') expect(decisive, where).toBeDefined();
					else if (cell.decisive !== -1) expect(decisive?.status, where).toBe('passed');
					if (cell.outcome === 'blocked') expect(decisive?.status, where).toBe('failed');
					if (cell.outcome === 'depends') {
						expect(decisive?.status, where).toBe('unknown');
						expect(cell.unknowns.length, where).toBeGreaterThan(0);
					}
				}
			}),
			{ numRuns: 20 },
		);
	}, 60_000);
});
