import { expect, type Page } from '@playwright/test';

/**
 * Waits until every island on the page has hydrated. Islands use `client:visible`, so each is
 * scrolled into view first, as a reader would; one below the fold never hydrates otherwise.
 * `<astro-island>` itself is `display: contents` (no box), so its first child is scrolled.
 */
export async function hydrateAll(page: Page): Promise<void> {
	const count = await page.locator('astro-island').count();
	for (let i = 0; i < count; i++) {
		await page.evaluate((index) => {
			const island = document.querySelectorAll('astro-island')[index];
			(island?.firstElementChild ?? island)?.scrollIntoView({ block: 'center' });
		}, i);
	}
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 20_000 });
	await page.evaluate(() => window.scrollTo(0, 0));
}
