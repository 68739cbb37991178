// Static facts of every built page's <html> and <head>, read from the files (no browser).
// Replaces the browser loops that checked these per page (foundation.test.ts, locales.test.ts;
// see the comment at the top of tests/e2e/site.test.ts).
import { readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { findTags } from '../../bench/lib/html.mjs';
import { PUBLISHED_LOCALES } from '../../src/i18n/locales';
import { describeBuilt, pages, pageAt } from './site';

const slugs = readdirSync('content/en')
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => f.replace(/\.mdx$/, ''))
	.map((s) => (s === 'index' ? '' : `${s}/`));

/** The writing direction of a language from Unicode's data (ICU), independent of our registry. */
const scriptDirection = (lang: string) =>
	(new Intl.Locale(lang) as Intl.Locale & { getTextInfo(): { direction: 'ltr' | 'rtl' } }).getTextInfo()
		.direction;

const htmlTag = (html: string) => findTags(html, 'html')[0] ?? new Map<string, string>();
const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim() ?? '';

describeBuilt('every published locale from the registry', () => {
	test.each(PUBLISHED_LOCALES.map((l) => [l.code, l]))(
		'%s: every English page is built there, with the registry’s lang and its script’s direction',
		(code, locale) => {
			expect(locale.dir, `${code} in the registry`).toBe(scriptDirection(locale.lang));
			for (const slug of [...slugs, '404/']) {
				const html = htmlTag(pageAt(`/${code}/${slug}`).html);
				expect(html.get('lang'), `/${code}/${slug}`).toBe(locale.lang);
				expect(html.get('dir'), `/${code}/${slug}`).toBe(scriptDirection(locale.lang));
			}
		},
	);

	test('no page belongs to a locale the registry does not publish', () => {
		const codes = new Set(PUBLISHED_LOCALES.map((l) => l.code));
		const strays = pages.filter((p) => /^\/[a-z]{2,3}(-[a-z0-9]+)?\//i.test(p.path) && !p.locale);
		expect(strays.map((p) => p.path)).toEqual([]);
		expect(new Set(pages.flatMap((p) => (p.locale ? [p.locale] : [])))).toEqual(codes);
	});
});

describeBuilt('titles', () => {
	test('every page has a title naming the site; article titles start with the page’s heading', () => {
		for (const page of pages.filter((p) => p.locale)) {
			const title = titleOf(page.html);
			expect(title, page.path).toMatch(/External Access Lab$/);
			const h1 =
				/<h1[^>]*>([\s\S]*?)<\/h1>/
					.exec(page.html)?.[1]
					?.replace(/<[^>]+>/g, '')
					.trim() ?? '';
			if (page.path !== `/${page.locale}/`) expect(title, page.path).toContain(h1.replace(/&amp;/g, '&'));
		}
	});

	test('a translated page’s title is not the English one', () => {
		for (const page of pages.filter((p) => p.locale && p.locale !== 'en' && p.path !== `/${p.locale}/`)) {
			// A page served from the English text (not yet translated) says so with data-fallback-lang.
			if (htmlTag(page.html).has('data-fallback-lang')) continue;
			const english = pageAt(page.path.replace(/^\/[^/]+\//, '/en/'));
			expect(titleOf(page.html), page.path).not.toBe(titleOf(english.html));
		}
	});
});

describeBuilt('canonical and hreflang', () => {
	test('every locale page links to itself as canonical and to each published locale’s version', () => {
		for (const page of pages.filter((p) => p.locale && !p.path.includes('/404/'))) {
			const links = findTags(page.html, 'link');
			const canonical = links.find((l) => l.get('rel') === 'canonical')?.get('href') ?? '';
			expect(new URL(canonical).pathname, page.path).toBe(page.path);
			const alternates = new Map(
				links
					.filter((l) => l.get('rel') === 'alternate' && l.has('hreflang'))
					.map((l) => [l.get('hreflang'), l.get('href') ?? '']),
			);
			expect([...alternates.keys()].sort(), page.path).toEqual(
				[...PUBLISHED_LOCALES.map((l) => l.lang), 'x-default'].sort(),
			);
			for (const locale of PUBLISHED_LOCALES) {
				const target = new URL(alternates.get(locale.lang) ?? '').pathname;
				expect(target, `${page.path} → ${locale.code}`).toBe(
					page.path.replace(/^\/[^/]+\//, `/${locale.code}/`),
				);
				expect(
					pages.some((p) => p.path === target),
					`${page.path}: hreflang target ${target} is built`,
				).toBe(true);
			}
		}
	});
});
