import { describe, expect, test } from 'vitest';
import en from '../../../src/i18n/ui/en.json';
import { PUBLISHED_LOCALES } from '../../../src/i18n/locales';
import { ADMIN_LABELS, LABEL_SOURCES, showLabel } from '../../../src/i18n/admin-labels';
import { labelLists, prepareStrings, uiResources } from '../../../src/i18n/translator';
import { SOURCES } from '../../../src/model';

const translated = PUBLISHED_LOCALES.filter((l) => l.code !== 'en').map((l) => l.code);

describe('admin-center label lists', () => {
	test('every label is an English UI string with a source in the facts sheet', () => {
		for (const { key, source } of ADMIN_LABELS) {
			expect(en, key).toHaveProperty([key]);
			expect([...Object.keys(SOURCES), ...Object.keys(LABEL_SOURCES)], key).toContain(source);
		}
	});

	test.each(translated)('%s lists every label, each with a source or an explicit "English UI"', (code) => {
		const list = labelLists[code] ?? {};
		expect(Object.keys(list).sort()).toEqual(ADMIN_LABELS.map((l) => l.key).sort());
		for (const [key, entry] of Object.entries(list)) {
			if (entry.status === 'localized') {
				expect(entry.source, key).toMatch(/^https:\/\//);
				expect(entry.checked, key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				expect(entry.label.trim(), key).not.toBe('');
			} else {
				expect(entry.status, key).toBe('english-ui');
			}
		}
	});

	test.each(translated)(
		'%s: the simulator shows the English label, which an admin can find in any UI language',
		(code) => {
			const strings = uiResources[code] ?? {};
			for (const { key } of ADMIN_LABELS)
				expect(strings[key], key).toContain((en as Record<string, string>)[key]);
		},
	);
});

describe('showLabel', () => {
	const english = 'Allow all external domains';
	test.each([
		[
			'sv',
			{ status: 'english-ui', gloss: 'Tillåt alla externa domäner' },
			false,
			'\u2066Allow all external domains\u2069 (Tillåt alla externa domäner)',
		],
		[
			'ja',
			{ status: 'english-ui', gloss: 'すべての外部ドメインを許可' },
			false,
			'\u2066Allow all external domains\u2069（すべての外部ドメインを許可）',
		],
		[
			'ar',
			{ status: 'english-ui', gloss: 'السماح بكل المجالات' },
			true,
			'\u2066Allow all external domains\u2069 (السماح بكل المجالات)',
		],
		['nb', { status: 'english-ui', gloss: null }, false, '\u2066Allow all external domains\u2069'],
		[
			'de',
			{
				status: 'localized',
				label: 'Alle externen Domänen zulassen',
				source: 'https://x',
				checked: '2026-12-03',
			},
			false,
			'Alle externen Domänen zulassen (\u2066Allow all external domains\u2069)',
		],
	] as const)('%s %j', (locale, entry, rtl, expected) => {
		expect(showLabel(english, entry, locale, rtl)).toBe(expected);
	});

	test('prepareStrings takes labels from the list, not from the strings file', () => {
		const out = prepareStrings('sv', { 'setting.fedDomainMode.option.allowAll': 'old' }, en, {
			'setting.fedDomainMode.option.allowAll': { status: 'english-ui', gloss: 'Tillåt alla' },
		});
		expect(out['setting.fedDomainMode.option.allowAll']).toBe(
			'\u2066Allow all external domains\u2069 (Tillåt alla)',
		);
	});
});
