import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { changePlan, planSettleMinutes } from '../../../src/model/change-plan';
import { importConfig, withImported } from '../../../src/model/import/index';
import { applyChange, createDefaultState, type SimState } from '../../../src/model/state';
import type { Settings } from '../../../src/model/settings';

const imported = (name: string) => {
	const r = importConfig(
		new Uint8Array(readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url))),
	);
	if (!r.ok) throw new Error(r.error.key);
	return r;
};

describe('changePlan', () => {
	const r = imported('lab-export-v1.json');
	const start = withImported(createDefaultState(), 'A', r);
	const baseline = { A: start.orgs.A.settings, B: start.orgs.B.settings } as Record<'A' | 'B', Settings>;
	const assumed = { A: r.assumed, B: [] };
	const plan = (s: SimState) => changePlan(s, baseline, assumed);

	test('no change, no plan: the imported state is the baseline', () => {
		expect(start.orgs.A.name).toBe('Northwind Traders');
		expect(plan(start)).toEqual({ changes: [], lines: { A: [], B: [] }, manual: { A: [], B: [] } });
	});
	test('one switch gives exactly one Set line for its cmdlet, with its delay', () => {
		const s = applyChange(start, 'A', 'unmanagedOutbound', true);
		const p = plan(s);
		expect(p.lines.A).toEqual([
			{
				text: 'Set-CsTenantFederationConfiguration -AllowTeamsConsumer $true',
				settings: ['unmanagedOutbound'],
			},
		]);
		expect(p.changes).toEqual([
			expect.objectContaining({
				side: 'A',
				setting: 'unmanagedOutbound',
				from: false,
				to: true,
				assumed: false,
			}),
		]);
		expect(planSettleMinutes(p)).toBe(24 * 60);
	});
	test('adding a domain to the allow list writes the whole new list; changing a block list adds and removes only the difference', () => {
		const s1 = applyChange(start, 'A', 'fedAllowedDomains', [
			'fabrikam.com',
			'tailspin.example',
			'new.example',
		]);
		expect(plan(s1).lines.A[0]?.text).toBe(
			'Set-CsTenantFederationConfiguration -AllowedDomainsAsAList @("fabrikam.com","tailspin.example","new.example")',
		);
		const fed = imported('cmdlet-federation.json');
		const s2 = withImported(createDefaultState(), 'B', fed);
		const base2 = { A: s2.orgs.A.settings, B: s2.orgs.B.settings } as Record<'A' | 'B', Settings>;
		const s3 = applyChange(s2, 'B', 'fedBlockedDomains', ['spam.example', 'new.example']);
		expect(changePlan(s3, base2).lines.B[0]?.text).toBe(
			'Set-CsTenantFederationConfiguration -BlockedDomains @{Add=(New-CsEdgeDomainPattern -Domain "new.example"); Remove=(New-CsEdgeDomainPattern -Domain "phish.example")}',
		);
	});
	test('a setting without a cmdlet goes to the manual list; an assumed value is flagged', () => {
		const s = applyChange(
			applyChange(start, 'A', 'groupsOwnersAddGuests', true),
			'A',
			'fedBlockedUsersEnabled',
			false,
		);
		const s2 = applyChange(s, 'A', 'fedBlockedUsers', ['someone@spam.example']);
		const p = plan(s2);
		expect(p.manual.A).toEqual(['groupsOwnersAddGuests']);
		const line = p.lines.A.find((l) => l.settings.includes('fedBlockedUsers'));
		expect(line?.noteKey).toBe('plan.note.assumed');
	});
	test('leaving an allow list for all known domains, and blocking all, name the right parameters', () => {
		const toAll = plan(applyChange(start, 'A', 'fedDomainMode', 'allowAll')).lines.A[0];
		expect(toAll?.text).toBe(
			'Set-CsTenantFederationConfiguration -AllowedDomains (New-CsEdgeAllowAllKnownDomains)',
		);
		const blockAll = plan(applyChange(start, 'A', 'fedDomainMode', 'blockAll')).lines.A[0];
		expect(blockAll).toMatchObject({
			text: 'Set-CsTenantFederationConfiguration -AllowFederatedUsers $false',
			noteKey: 'unknown.blockAllMapping',
		});
	});
	test('undoing a change in the sandbox removes it from the plan', () => {
		const s = applyChange(applyChange(start, 'A', 'anonymousJoin', true), 'A', 'anonymousJoin', false);
		expect(plan(s).changes).toEqual([]);
	});
});

describe('custom external access policies in the plan (facts C1)', () => {
	const r = imported('cmdlet-two-custom-policies.json');
	const start = withImported(createDefaultState(), 'A', r);
	const baseline = { A: start.orgs.A.settings, B: start.orgs.B.settings } as Record<'A' | 'B', Settings>;
	const policies = { A: start.orgs.A.policies, B: start.orgs.B.policies };
	const plan = (s: SimState) => changePlan(s, baseline, { A: [], B: [] }, policies);

	test('the imported policies alone plan nothing', () => {
		expect(plan(start).lines.A).toEqual([]);
	});
	test('a change inside an imported policy is one Set line for that policy, with only that value', () => {
		const s = applyChange(
			start,
			'A',
			'userAllowedExternalDomains',
			['fabrikam.com', 'tailspin.example'],
			'PartnerDesk',
		);
		const p = plan(s);
		expect(p.lines.A.map((l) => l.text)).toEqual([
			'Set-CsExternalAccessPolicy -Identity "PartnerDesk" -AllowedExternalDomains @("fabrikam.com","tailspin.example")',
		]);
		expect(p.changes).toEqual([
			expect.objectContaining({
				setting: 'userAllowedExternalDomains',
				policy: 'PartnerDesk',
				to: ['fabrikam.com', 'tailspin.example'],
			}),
		]);
		// Global and the other policy are untouched.
		expect(p.lines.A.some((l) => l.text.includes('Global') || l.text.includes('Consumer Chat'))).toBe(false);
	});
});
