import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPathsSync } from '../../bench/lib/site.mjs';
import { hydrateAll } from './hydrate';

// Every page must fit a 320 px screen (WCAG 1.4.10 reflow): wide tables and the simulators'
// matrices scroll inside their own box, never the page. German compounds, Japanese and Arabic
// (right to left) are the usual offenders, so every locale is checked.
const dist = resolve(process.env['DIST_DIR'] ?? 'dist');
const paths = sitemapPathsSync(dist);

test.use({ viewport: { width: 320, height: 640 } });

/** How far the page is wider than the screen, and the outermost elements that stick out. */
async function overflow(page: Page) {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const extra = document.documentElement.scrollWidth - width;
		// Looking for the culprits walks every element: only a page that is too wide needs it.
		if (extra <= 0) return { extra, culprits: [] as string[] };
		const inScroller = (el: Element) => {
			for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
				if (getComputedStyle(p).overflowX !== 'visible') return true;
			return false;
		};
		const culprits = [...document.body.querySelectorAll('*')]
			.filter((el) => {
				const r = el.getBoundingClientRect();
				if (r.width === 0 || !el.checkVisibility({ visibilityProperty: true })) return false;
				return (r.right > width + 1 || r.left < -1) && !inScroller(el);
			})
			.slice(0, 3)
			.map(
				(el) => `<${el.tagName.toLowerCase()} class="${el.className}">${(el.textContent ?? '').slice(0, 40)}`,
			);
		return { extra, culprits };
	});
}

// One test per locale (the single test over all 82 pages needed up to 180 s under load).
const locales = [...new Set(paths.map((p) => p.split('/')[1] ?? '').filter(Boolean))];
test('the build has pages to check', () => {
	expect(paths.length).toBeGreaterThan(20);
	expect(locales.length).toBeGreaterThanOrEqual(10);
});

for (const locale of locales) {
	test(`${locale}: every page fits a 320 px screen without scrolling sideways`, async ({ page }) => {
		const wide: string[] = [];
		for (const path of paths.filter((p) => p.startsWith(`/${locale}/`))) {
			await page.goto(path);
			const { extra, culprits } = await overflow(page);
			if (extra > 0) wide.push(`${path}: ${extra}px too wide ${culprits.join(' | ')}`);
		}
		expect(wide).toEqual([]);
	});
}

for (const locale of ['de', 'ja', 'ar']) {
	test(`the hydrated simulators fit a 320 px screen in ${locale}, with a puzzle running`, async ({
		page,
	}) => {
		for (const slug of ['external-access', 'guest-access', 'chat-with-external-users']) {
			const path = `/${locale}/${slug}/`;
			if (!paths.includes(path)) continue;
			await page.goto(path);
			await hydrateAll(page);
			await page.locator('.sim-trainer > summary').first().click();
			await page.locator('[data-action="puzzle-start"]').first().click();
			await expect(page.locator('.sim-puzzle').first()).toBeVisible();
			const { extra, culprits } = await overflow(page);
			expect(extra, `${path}: ${culprits.join(' | ')}`).toBe(0);
		}
	});
}
