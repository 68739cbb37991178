import { expect, type Page } from '@playwright/test';

/**
 * Shows intent on every island, as a reader's pointer would: each is scrolled into view and gets
 * a `pointerover`, which starts its hydration (src/directives/strings.ts). `<astro-island>`
 * itself is `display: contents` (no box), so its first child is scrolled and pointed at.
 */
export async function wake(page: Page): Promise<void> {
	const count = await page.locator('astro-island').count();
	for (let i = 0; i < count; i++) {
		await page.evaluate((index) => {
			const island = document.querySelectorAll('astro-island')[index];
			const box = island?.firstElementChild ?? island;
			box?.scrollIntoView({ block: 'center' });
			box?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
		}, i);
	}
}

/** Waits until every island on the page has hydrated, after showing intent on each. */
export async function hydrateAll(page: Page): Promise<void> {
	await wake(page);
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 20_000 });
	await page.evaluate(() => window.scrollTo(0, 0));
}
