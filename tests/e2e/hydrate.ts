import { expect, type Page } from '@playwright/test';

/**
 * Waits until every island on the page has hydrated. Islands use `client:visible`, so each is
 * scrolled into view first, as a reader would; one below the fold never hydrates otherwise.
 */
export async function hydrateAll(page: Page): Promise<void> {
	for (const island of await page.locator('astro-island[ssr]').all()) {
		await island.scrollIntoViewIfNeeded().catch(() => undefined);
	}
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 20_000 });
	await page.evaluate(() => window.scrollTo(0, 0));
}
