// The CSP at run time: with every island hydrated and used, the browser reports no violation
// and nothing is fetched from another origin. That the policy allows each inline script by hash,
// allows nothing unsafe and that no inline style attribute exists is checked on every page's
// HTML in tests/built/csp.test.ts.
//
// Replaces one browser test per sitemap page (82): the static half moved to tests/built; the run-time
// half rides on the axe sweep (tests/e2e/a11y.test.ts), which loads every template in en, ar and
// ja, hydrates each island and uses it, and fails on a violation or an off-site request there.
import { expect, test } from '@playwright/test';
import { offOrigin, watch } from './watch';

test('a search runs under the CSP without violations or outside requests', async ({ page, baseURL }) => {
	const { requests, violations } = await watch(page);
	await page.goto('/en/guest-access/');
	await page.locator('[data-search-open]').first().click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('searchbox').fill('guest');
	// Results are links to pages of this site; waiting for one proves Pagefind's wasm and worker ran.
	await expect(dialog.locator('[data-search-results] a').first()).toBeVisible();
	expect(requests.some((u) => u.includes('/pagefind/'))).toBe(true);
	expect(await violations()).toEqual([]);
	expect(offOrigin(requests, new URL(baseURL ?? '').origin)).toEqual([]);
});
