import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import {
	LOCALES,
	PUBLISHED_LOCALES,
	DEFAULT_LOCALE,
	SOURCE_LOCALE,
	getLocale,
	isPublishedLocale,
} from '../../../src/i18n/locales';

describe('locale registry', () => {
	test('lists the ten target locales once each', () => {
		const codes = LOCALES.map((l) => l.code);
		expect(codes).toEqual(['sv', 'en', 'nb', 'da', 'fi', 'de', 'fr', 'es', 'ja', 'ar']);
		expect(new Set(codes).size).toBe(codes.length);
	});

	test('gives every locale a valid BCP-47 tag that Intl accepts', () => {
		for (const l of LOCALES) {
			expect(Intl.getCanonicalLocales(l.lang)).toEqual([l.lang]);
		}
	});

	test('marks Arabic right-to-left and every other locale left-to-right', () => {
		for (const l of LOCALES) expect(l.dir).toBe(l.code === 'ar' ? 'rtl' : 'ltr');
	});

	test('publishes the default and source locales', () => {
		expect(isPublishedLocale(DEFAULT_LOCALE)).toBe(true);
		expect(isPublishedLocale(SOURCE_LOCALE)).toBe(true);
		expect(isPublishedLocale('xx')).toBe(false);
		expect(isPublishedLocale(undefined)).toBe(false);
	});

	test('has a strings file and a content folder for every published locale', () => {
		for (const l of PUBLISHED_LOCALES) {
			expect(existsSync(`src/i18n/ui/${l.code}.json`), `ui/${l.code}.json`).toBe(true);
			expect(existsSync(`content/${l.code}`), `content/${l.code}`).toBe(true);
		}
	});

	test('throws for an unknown locale code', () => {
		expect(() => getLocale('xx')).toThrow(/Unknown locale/);
		expect(getLocale('ar').endonym).toBe('العربية');
	});
});
