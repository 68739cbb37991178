import { describe, expect, test } from 'vitest';
import { PUBLISHED_LOCALES } from '../../../src/i18n/locales';
import { createTranslator, pickStrings, uiResources } from '../../../src/i18n/translator';
import { interpolate, plural } from '../../../src/i18n/format';

const en = uiResources['en'] ?? {};
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const PLURAL = /_(zero|one|two|few|many|other)$/;
const pluralBase = (key: string) => key.replace(PLURAL, '');
const enPluralBases = new Set(
	Object.keys(en)
		.filter((k) => PLURAL.test(k))
		.map(pluralBase),
);

/** Keys a locale must have: English's, with plural keys per the locale's own plural categories. */
function expectedKeys(lang: string): string[] {
	const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
	const plain = Object.keys(en).filter((k) => !PLURAL.test(k));
	const plurals = [...enPluralBases].flatMap((base) => categories.map((c) => `${base}_${c}`));
	return [...plain, ...plurals].sort();
}

describe('UI strings', () => {
	test.each(PUBLISHED_LOCALES.map((l) => [l.code, l.lang] as const))(
		'%s has exactly the English keys',
		(code, lang) => {
			const strings = uiResources[code] ?? {};
			const expected = expectedKeys(lang);
			const missing = expected.filter((k) => !(k in strings));
			const extra = Object.keys(strings).filter((k) => !expected.includes(k));
			expect({ missing, extra }).toEqual({ missing: [], extra: [] });
		},
	);

	test.each(PUBLISHED_LOCALES.map((l) => l.code))('%s keeps the English placeholders', (code) => {
		const strings = uiResources[code] ?? {};
		for (const [key, value] of Object.entries(strings)) {
			// A plural form may drop {{count}} where the language spells the number out (e.g. Arabic "two").
			const reference = en[key] ?? en[`${pluralBase(key)}_other`] ?? '';
			const want = placeholders(reference).filter((p) => !(PLURAL.test(key) && p === 'count'));
			const got = placeholders(value).filter((p) => !(PLURAL.test(key) && p === 'count'));
			expect(got, `${code}: ${key}`).toEqual(want);
		}
	});

	test.each(PUBLISHED_LOCALES.map((l) => l.code))('%s has no empty strings', (code) => {
		for (const [key, value] of Object.entries(uiResources[code] ?? {})) {
			expect(value.trim(), `${code}: ${key}`).not.toBe('');
		}
	});
});

describe('createTranslator', () => {
	test('translates and interpolates', () => {
		expect(createTranslator('sv')('page.updated', { date: '1 maj' })).toBe('Uppdaterad 1 maj');
	});

	test('falls back to English for a locale without strings', () => {
		expect(createTranslator('xx')('notFound.title')).toBe('Page not found');
	});
});

describe('pickStrings', () => {
	test('returns raw strings for the requested prefixes only', () => {
		const strings = pickStrings('sv', ['theme.']);
		expect(Object.keys(strings).every((k) => k.startsWith('theme.'))).toBe(true);
		expect(strings['theme.dark']).toBe('Tema: mörkt');
	});
});

describe('pickStrings plural forms', () => {
	test('passes on the plural forms a locale has beyond English, so islands can use them', () => {
		const ar = pickStrings('ar', ['search.']);
		if (uiResources['ar']) {
			expect(ar['search.results_two']).toBe(uiResources['ar']['search.results_two']);
			expect(plural(ar, 'search.results', 2, 'ar', { query: 'x' })).toBe(
				uiResources['ar']['search.results_two']?.replace('{{query}}', 'x').replace('{{count}}', '٢'),
			);
		}
	});
});

describe('interpolate and plural', () => {
	test('fills placeholders and leaves unknown ones visible', () => {
		expect(interpolate('{{a}} and {{b}}', { a: 1 })).toBe('1 and {{b}}');
	});

	test('chooses the plural form by the locale rules', () => {
		const strings = { n_one: '{{count}} change', n_other: '{{count}} changes' };
		expect(plural(strings, 'n', 1, 'en')).toBe('1 change');
		expect(plural(strings, 'n', 1200, 'en')).toBe('1,200 changes');
		expect(plural(strings, 'n', 2, 'ar')).toBe('2 changes');
	});
});
