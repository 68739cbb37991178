import { describe, expect, test } from 'vitest';
import {
	applyChange,
	createDefaultState,
	SETTINGS,
	getSetting,
	isValidValue,
	resetToDefaults,
	savedSettings,
	setOrgInfo,
	userAddress,
} from '../../../src/model';
import { DEFAULT_ORG_INFO } from '../../../src/model/state';

describe('state changes', () => {
	test('applyChange logs the change at the current clock and leaves the baseline alone', () => {
		const s = applyChange(createDefaultState(), 'B', 'guestAccess', false);
		expect(s.changes).toEqual([{ at: 0, side: 'B', setting: 'guestAccess', value: false }]);
		expect(s.orgs.B.settings.guestAccess).toBe(true);
		expect(savedSettings(s, 'B').guestAccess).toBe(false);
	});

	test('unknown settings, invalid values and no-op saves change nothing', () => {
		const s = createDefaultState();
		expect(applyChange(s, 'A', 'noSuchSetting', true)).toBe(s);
		expect(applyChange(s, 'A', 'fedDomainMode', 'everything')).toBe(s);
		expect(applyChange(s, 'A', 'guestAccess', 'yes')).toBe(s);
		expect(applyChange(s, 'A', 'guestAccess', true)).toBe(s);
		expect(applyChange(s, 'A', 'fedAllowedDomains', [' ', 'Not a domain'])).toBe(s);
	});

	test('lists are trimmed, lower-cased and de-duplicated; entries that are not text are dropped', () => {
		const s = applyChange(createDefaultState(), 'A', 'fedAllowedDomains', [
			1,
			' Fabrikam.COM',
			'fabrikam.com',
			null,
		]);
		expect(s.changes[0]?.value).toEqual(['fabrikam.com']);
	});

	test('a list longer than Microsoft’s 4,000-entry limit is not a valid value', () => {
		const meta = getSetting('fedBlockedDomains');
		const many = Array.from({ length: 4001 }, (_, i) => `d${i}.com`);
		expect(meta && isValidValue(meta, many)).toBe(false);
		expect(meta && isValidValue(meta, many.slice(0, 4000))).toBe(true);
	});

	test('the change log has a limit', () => {
		let s = createDefaultState();
		for (let i = 0; i < 210; i++) s = applyChange(s, 'A', 'guestChat', i % 2 === 0 ? false : true);
		expect(s.changes).toHaveLength(200);
	});

	test('organization facts change at once; invalid fields are ignored', () => {
		const s = setOrgInfo(createDefaultState(), 'B', {
			name: 'Northwind',
			domain: 'northwind.com',
			user: 'nina',
			trialOnly: true,
			known: false,
		});
		expect(userAddress(s.orgs.B)).toBe('nina@northwind.com');
		expect(s.orgs.B).toMatchObject({ name: 'Northwind', trialOnly: true, known: false });
		const bad = setOrgInfo(s, 'B', { name: ' ', domain: 'x', user: 'Nina Smith' });
		expect(bad.orgs.B).toEqual(s.orgs.B);
	});

	test('reset returns every setting to its default from the settings table, with no changes or preset', () => {
		const reset = resetToDefaults();
		for (const side of ['A', 'B'] as const) {
			for (const setting of SETTINGS)
				expect(reset.orgs[side].settings[setting.id], `${side} ${setting.id}`).toEqual(setting.default);
			expect(reset.orgs[side]).toMatchObject(DEFAULT_ORG_INFO[side]);
		}
		expect(reset).toMatchObject({ presetId: null, clock: 0, changes: [] });
	});

	test('each reset is a fresh state: changing one does not change the next', () => {
		const first = resetToDefaults() as { orgs: { A: { settings: Record<string, unknown> } } };
		const list = first.orgs.A.settings['fedAllowedDomains'];
		if (Array.isArray(list)) list.push('leak.example');
		first.orgs.A.settings['guestAccess'] = 'mutated';
		const second = resetToDefaults();
		expect(second.orgs.A.settings.fedAllowedDomains).toEqual(getSetting('fedAllowedDomains')?.default);
		expect(second.orgs.A.settings.guestAccess).toBe(true);
	});
});
