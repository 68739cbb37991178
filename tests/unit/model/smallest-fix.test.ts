import { describe, expect, test } from 'vitest';
import {
	applyChange,
	createDefaultState,
	evaluateCell,
	getPreset,
	presetState,
	smallestFix,
	type SimState,
} from '../../../src/model';

const preset = (id: string) => {
	const p = getPreset(id);
	if (!p) throw new Error(id);
	return presetState(p);
};

/** Applies a fix's changes and re-evaluates, as the UI's "apply fix" button would. */
function applyFix(s: SimState, changes: readonly { side: 'A' | 'B'; setting: string; value: unknown }[]) {
	return changes.reduce((acc, c) => applyChange(acc, c.side, c.setting, c.value), s);
}

describe('smallestFix', () => {
	test('a one-sided allow list is fixed on the partner’s side with one change', () => {
		const fix = smallestFix(preset('one-sided-allow-list'), 'AtoB', 'federated', 'chat');
		expect(fix.status).toBe('found');
		expect(fix.fixes.every((f) => f.changes.length === 1 && f.changes[0]?.side === 'B')).toBe(true);
		expect(fix.fixes.map((f) => f.changes[0]?.value)).toContainEqual(['northwind.com', 'contoso.com']);
	});

	test('every proposed fix really allows the cell once it has taken effect', () => {
		const s = preset('master-switch-off');
		for (const f of smallestFix(s, 'AtoB', 'federated', 'chat').fixes)
			expect(evaluateCell(applyFix(s, f.changes), 'AtoB', 'federated', 'chat', 'worstCase').outcome).toBe(
				'allowed',
			);
	});

	test('stacked causes need more than one change, on the right sides', () => {
		const fix = smallestFix(createDefaultState(), 'AtoB', 'sharedChannel', 'accessTeamResources');
		expect(fix.fixes[0]?.changes).toEqual([
			{ side: 'A', setting: 'crossTenantDcInbound', value: 'allow' },
			{ side: 'B', setting: 'crossTenantDcOutbound', value: 'allow' },
		]);
		expect(fix.fixes[0]?.delay.max).toBe(6 * 60);
	});

	test('your own side is proposed before the partner’s when both work', () => {
		let s = applyChange(createDefaultState(), 'A', 'userFederationAccess', false);
		s = applyChange(s, 'B', 'userFederationAccess', false);
		const fix = smallestFix(s, 'AtoB', 'federated', 'chat');
		expect(fix.fixes[0]?.changes.map((c) => c.side)).toEqual(['A', 'B']);
	});

	test('nothing to fix when already allowed; no fix when Microsoft’s table says no', () => {
		expect(smallestFix(createDefaultState(), 'AtoB', 'federated', 'chat').status).toBe('notNeeded');
		expect(smallestFix(createDefaultState(), 'AtoB', 'federated', 'seeOoo')).toEqual({
			status: 'none',
			fixes: [],
		});
	});

	test('a custom policy set to "Block all" (facts C3) is fixed in that policy, for that person', () => {
		const s = applyChange(
			createDefaultState(),
			'A',
			'userExternalOrgsScope',
			'BlockAllExternalDomains',
			'Partners',
		);
		expect(smallestFix(s, 'AtoB', 'federated', 'chat').status).toBe('notNeeded');
		const fix = smallestFix(s, 'AtoB', 'federated', 'chat', { A: 'megan' });
		expect(fix.fixes[0]?.changes).toContainEqual({
			side: 'A',
			setting: 'userExternalOrgsScope',
			value: 'OrganizationDefault',
			policy: 'Partners',
		});
	});
});
