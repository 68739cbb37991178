import { describe, expect, test } from 'vitest';
import { localesWithPage, planRoutes, splitId } from '../../../src/lib/pages';

describe('splitId', () => {
	test('splits a collection id into locale and slug', () => {
		expect(splitId('sv/guest-access')).toEqual({ locale: 'sv', slug: 'guest-access' });
	});

	test('rejects an id outside a locale folder', () => {
		expect(() => splitId('guest-access')).toThrow(/locale folder/);
	});
});

describe('planRoutes', () => {
	const ids = ['en/index', 'en/guest-access', 'sv/index', 'sv/only-swedish'];

	test('renders a locale own translation when it has one', () => {
		const routes = planRoutes(ids, ['sv', 'en']);
		expect(routes).toContainEqual({ locale: 'sv', slug: 'index', contentId: 'sv/index', isFallback: false });
	});

	test('falls back to the English text at the locale URL when a translation is missing', () => {
		const routes = planRoutes(ids, ['sv', 'en']);
		expect(routes).toContainEqual({
			locale: 'sv',
			slug: 'guest-access',
			contentId: 'en/guest-access',
			isFallback: true,
		});
	});

	test('builds no route for a page that exists neither in the locale nor in English', () => {
		const routes = planRoutes(ids, ['sv', 'en']);
		expect(routes.find((r) => r.locale === 'en' && r.slug === 'only-swedish')).toBeUndefined();
	});

	test('builds only published locales', () => {
		expect(planRoutes(ids, ['en']).every((r) => r.locale === 'en')).toBe(true);
	});
});

describe('localesWithPage', () => {
	test('lists the locales that translated a page', () => {
		expect(localesWithPage(['en/a', 'sv/a', 'en/b'], 'a')).toEqual(['en', 'sv']);
	});
});
