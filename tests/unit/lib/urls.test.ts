import { describe, expect, test } from 'vitest';
import { chooseLocale, pagePath, splitPath, switchLocalePath } from '../../../src/lib/urls';

const codes = ['sv', 'en', 'nb', 'ar', 'ja'];

describe('pagePath', () => {
	test.each([
		['sv', '', '/sv/'],
		['sv', 'index', '/sv/'],
		['en', 'guest-access', '/en/guest-access/'],
		['en', '/guest-access/', '/en/guest-access/'],
	])('builds the path of %s/%s', (locale, slug, expected) => {
		expect(pagePath(locale, slug)).toBe(expected);
	});
});

describe('splitPath', () => {
	test('finds the locale and slug', () => {
		expect(splitPath('/sv/guest-access/', codes)).toEqual({ locale: 'sv', slug: 'guest-access' });
		expect(splitPath('/en/', codes)).toEqual({ locale: 'en', slug: '' });
	});

	test('leaves the locale undefined for an unknown first segment', () => {
		expect(splitPath('/xx/guest-access/', codes)).toEqual({ locale: undefined, slug: 'xx/guest-access' });
	});
});

describe('switchLocalePath', () => {
	test('keeps the page and the hash', () => {
		expect(switchLocalePath('/sv/guest-access/', '#files', 'en', codes)).toBe('/en/guest-access/#files');
	});

	test('keeps a simulator state fragment untouched', () => {
		const hash = '#s=1.abc-_~def';
		expect(switchLocalePath('/en/external-access/', hash, 'ar', codes)).toBe(`/ar/external-access/${hash}`);
	});

	test('drops an empty hash', () => {
		expect(switchLocalePath('/sv/', '#', 'en', codes)).toBe('/en/');
	});

	test('sends a path outside any locale to the target home page', () => {
		expect(switchLocalePath('/xx/page/', '', 'sv', codes)).toBe('/sv/');
	});
});

describe('chooseLocale', () => {
	test.each([
		[['sv-SE', 'en'], 'sv'],
		[['en-GB'], 'en'],
		[['de-DE', 'ja'], 'ja'],
		[['no'], 'nb'],
		[['nn-NO'], 'nb'],
		[['AR'], 'ar'],
		[['de-DE', 'fr'], 'sv'],
		[[], 'sv'],
	])('picks a locale for %j', (preferred, expected) => {
		expect(chooseLocale(preferred, codes, 'sv')).toBe(expected);
	});
});
