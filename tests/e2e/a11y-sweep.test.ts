import { resolve } from 'node:path';
import { hydrateAll } from './hydrate';
import { expect, test, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { localesOf, readPageSync, sitemapPathsSync } from '../../bench/lib/site.mjs';

// Every page of every published locale, from the build's sitemap (Starlight's approach), plus
// each locale's 404 page (left out of the sitemap on purpose). Nothing is listed by hand.
const dist = resolve(process.env['DIST_DIR'] ?? 'dist');
const paths = sitemapPathsSync(dist);
const locales = localesOf(paths.map((p) => `http://x${p}`));
// axe with best-practice rules on a long simulator page took up to 45 s on a loaded 2-core CI box.
test.describe.configure({ timeout: 120_000 });
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const hasIsland = (path: string) => /<astro-island[\s>]/.test(readPageSync(dist, path));

async function violations(page: Page, path: string) {
	const response = await page.goto(path);
	expect(response?.ok() || response?.status() === 404, `${path} answered ${response?.status()}`).toBe(true);
	// Let islands hydrate first, so axe sees what a visitor gets after load.
	await hydrateAll(page);
	const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	return results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
	);
}

for (const path of paths) {
	test(`${path} has no axe violations`, async ({ page }) => {
		expect(await violations(page, path)).toEqual([]);
	});
}

for (const locale of locales) {
	test(`/${locale}/ missing-page 404 has no axe violations`, async ({ page }) => {
		expect(await violations(page, `/${locale}/a11y-sweep-missing-page/`)).toEqual([]);
	});

	// Colours differ per theme: check the dark theme on the locale's home, its article and
	// any simulator page (the templates with the most colour).
	const darkPaths = paths.filter(
		(p) =>
			p.startsWith(`/${locale}/`) &&
			(p === `/${locale}/` || p === `/${locale}/chat-with-external-users/` || hasIsland(p)),
	);
	for (const path of darkPaths) {
		test(`${path} has no axe violations in the dark theme`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: 'dark' });
			expect(await violations(page, path)).toEqual([]);
			expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
		});
	}
}

test('the sweep covers every published locale', () => {
	expect(locales.length, `sitemap of ${dist} lists no locale pages`).toBeGreaterThan(0);
	for (const locale of locales) expect(paths, `no home page for ${locale}`).toContain(`/${locale}/`);
});
