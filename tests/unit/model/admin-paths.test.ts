import { describe, expect, test } from 'vitest';
import { SETTINGS } from '../../../src/model';
import en from '../../../src/i18n/ui/en.json';

const strings = en as Record<string, string>;

describe('admin-center paths (facts §3.1, C6)', () => {
	// Every Teams admin center external or guest access setting names both layouts.
	const tac = SETTINGS.filter((s) =>
		[
			'adminPath.tacExternalAccess',
			'adminPath.tacExternalAccessPolicies',
			'adminPath.tacGuestAccess',
		].includes(s.adminPathKey),
	);
	test.each(tac.map((s) => [s.id, s.adminPathKey] as const))(
		'%s: 2021–2025 "Users ›" and 2026 "External collaboration ›"',
		(_id, key) => {
			const text = strings[key] ?? '';
			expect(text).toMatch(/Users › (External|Guest) access/);
			expect(text).toMatch(/External collaboration › (External access|B2B guest access)/);
		},
	);
	test('there are such settings', () => expect(tac.length).toBeGreaterThan(10));
});
