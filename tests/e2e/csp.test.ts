// The CSP at run time: with every island hydrated and used, the browser reports no violation
// and nothing is fetched from another origin. That the policy allows each inline script by hash,
// allows nothing unsafe and that no inline style attribute exists is checked on every page's
// HTML in tests/built/csp.test.ts.
//
// Replaces one browser test per sitemap page (82): the static half moved to tests/built; the run-time
// half is batched below over every template in en, ar and ja, each island hydrated and clicked.
import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { hydrateAll } from './hydrate';

declare global {
	interface Window {
		__cspViolations?: string[];
	}
}

const slugs = readdirSync('content/en')
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => f.replace(/\.mdx$/, ''))
	.map((s) => (s === 'index' ? '' : `${s}/`));

/** Records CSP violations (event and console) and every request URL for the page's context. */
async function watch(page: Page) {
	const requests: string[] = [];
	const consoleErrors: string[] = [];
	page.context().on('request', (r) => requests.push(r.url()));
	page.on('console', (m) => {
		if (m.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(m.text())) consoleErrors.push(m.text());
	});
	await page.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			window.__cspViolations?.push(
				`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
			);
		});
	});
	const violations = async () => [
		...((await page.evaluate(() => window.__cspViolations)) ?? []),
		...consoleErrors,
	];
	return { requests, violations };
}

function offOrigin(requests: string[], origin: string) {
	// data: and blob: URLs are created in the page itself (e.g. Pagefind's worker); they are not requests.
	return requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
}

const outcomes = (page: Page) =>
	page
		.locator('astro-island td[data-result]')
		.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-result')).join());

for (const locale of ['en', 'ar', 'ja']) {
	test(`${locale}: every template, hydrated and clicked, runs without a CSP violation or an off-site request`, async ({
		page,
		baseURL,
	}) => {
		const { requests, violations } = await watch(page);
		const found: string[] = [];
		for (const slug of slugs) {
			const path = `/${locale}/${slug}`;
			const response = await page.goto(path);
			expect(response?.ok(), path).toBe(true);
			await hydrateAll(page);
			// A first click loads the simulator's engine (a lazy chunk) and re-renders the island.
			const toggle = page.locator('astro-island input[role="switch"][data-setting]').first();
			if ((await toggle.count()) > 0) {
				const before = await outcomes(page);
				await toggle.click();
				await expect.poll(() => outcomes(page), { message: path }).not.toBe(before);
			}
			found.push(...(await violations()).map((v) => `${path}: ${v}`));
		}
		expect(found).toEqual([]);
		expect(offOrigin(requests, new URL(baseURL ?? '').origin)).toEqual([]);
		expect(requests.length).toBeGreaterThan(slugs.length);
	});
}

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
