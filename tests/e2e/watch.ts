import type { Page } from '@playwright/test';

// What a page does under the site's CSP: violations (event and console) and every request URL.
// Used wherever pages are loaded anyway (the axe sweep, the search test), so the run-time CSP
// check needs no page loads of its own.
declare global {
	interface Window {
		__cspViolations?: string[];
	}
}

/** Records CSP violations (event and console) and every request URL for the page's context. */
export async function watch(page: Page) {
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

export function offOrigin(requests: string[], origin: string) {
	// data: and blob: URLs are created in the page itself (e.g. Pagefind's worker); they are not requests.
	return requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
}
