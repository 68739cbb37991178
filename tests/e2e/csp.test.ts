import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPathsSync } from '../../bench/lib/site.mjs';

// On every published page: the page carries a strict CSP, the browser reports no violation of
// it, and nothing is fetched from another origin. Pages come from the build's sitemap.
const dist = resolve(process.env['DIST_DIR'] ?? 'dist');
const paths = sitemapPathsSync(dist);

declare global {
	interface Window {
		__cspViolations?: string[];
	}
}

/** Opens `path` while recording CSP violations, CSP console errors and every request URL. */
async function visit(page: Page, path: string) {
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
	const response = await page.goto(path, { waitUntil: 'networkidle' });
	const violations = async () => [
		...((await page.evaluate(() => window.__cspViolations)) ?? []),
		...consoleErrors,
	];
	return { response, requests, violations };
}

function offOrigin(requests: string[], origin: string) {
	// data: and blob: URLs are created in the page itself (e.g. Pagefind's worker); they are not requests.
	return requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
}

for (const path of paths) {
	test(`${path} has a strict CSP, no violation and no request off the site`, async ({ page, baseURL }) => {
		const { response, requests, violations } = await visit(page, path);
		expect(response?.ok()).toBe(true);
		const policy =
			(await page.locator('meta[http-equiv="content-security-policy" i]').getAttribute('content')) ??
			response?.headers()['content-security-policy'] ??
			'';
		const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
		expect(scriptSrc, 'the page needs a CSP with a script-src').not.toBe('');
		expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
		expect(await violations()).toEqual([]);
		expect(offOrigin(requests, new URL(baseURL ?? '').origin)).toEqual([]);
		expect(requests.every((u) => /^(data|blob):/.test(u) || new URL(u).hostname === '127.0.0.1')).toBe(true);
	});
}

test('a search runs under the CSP without violations or outside requests', async ({ page, baseURL }) => {
	const path = paths.find((p) => p.startsWith('/en/') && p !== '/en/') ?? paths.find((p) => p !== '/') ?? '/';
	const { requests, violations } = await visit(page, path);
	const open = page.locator('[data-search-open]');
	test.skip((await open.count()) === 0, 'No search button ([data-search-open]) in the build yet');
	await open.first().click();
	const dialog = page.getByRole('dialog');
	const term =
		((await page.locator('h1').first().textContent()) ?? '').split(/\s+/).find((w) => w.length >= 4) ?? 'a';
	await dialog.getByRole('searchbox').fill(term);
	// Results are links to pages of this site; waiting for one proves Pagefind's wasm and worker ran.
	await expect(dialog.locator('[data-search-results] a').first()).toBeVisible({ timeout: 15_000 });
	expect(requests.some((u) => u.includes('/pagefind/'))).toBe(true);
	expect(await violations()).toEqual([]);
	expect(offOrigin(requests, new URL(baseURL ?? '').origin)).toEqual([]);
});
