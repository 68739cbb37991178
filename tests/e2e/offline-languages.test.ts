import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Offline in the reader's language (issue 20): a locale never saved answers with its own small
// offline page naming the saved languages; a corrupt record of the worker blocks nothing; the
// first visit downloads nothing on a data-saving connection. Service workers are on here.
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial', timeout: 60_000 });

const saved = (page: Page) =>
	expect(page.locator('[data-offline]')).toHaveAttribute('data-state', 'saved', { timeout: 30_000 });

/** Collects CSP violations reported on the console (the offline page carries its own policy). */
function cspViolations(page: Page): string[] {
	const found: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) found.push(message.text());
	});
	return found;
}

test('offline in a language never saved: that language’s offline page, linking the saved one', async ({
	page,
	context,
}) => {
	const violations = cspViolations(page);
	await page.goto('/sv/');
	await saved(page);
	await context.setOffline(true);

	const ja = await page.goto('/ja/guest-access/');
	expect(ja?.status()).toBe(503);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.locator('h1')).toHaveText('オフラインです');
	const sv = page.getByRole('link', { name: 'Svenska' });
	await expect(sv).toHaveAttribute('href', '/sv/');
	await expect(sv).toHaveAttribute('lang', 'sv');
	await expect(page.getByRole('link', { name: '再試行' })).toHaveAttribute('href', '/ja/guest-access/');

	await page.goto('/ar/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('h1')).toHaveText('أنت غير متصل');

	await page.goto('/en/external-access/');
	await expect(page.locator('h1')).toHaveText('You are offline');
	// The saved language is one click away and works offline.
	await page.getByRole('link', { name: 'Svenska' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
	await expect(page.locator('[data-offline]')).toBeVisible();
	expect(violations).toEqual([]);
});

test('a corrupt saved-languages record blocks neither an update nor saving', async ({ page }) => {
	await page.goto('/en/');
	await saved(page);
	const corrupt = () =>
		page.evaluate(async () => {
			const meta = await caches.open('eal-meta');
			await meta.put(
				'/__saved-locales',
				new Response('{"not": json', { headers: { 'Content-Type': 'application/json' } }),
			);
		});
	await corrupt();

	// A new deploy installs (an install that rejects would never offer the update).
	const file = join(process.env['DIST_DIR'] ?? 'dist', 'sw.js');
	const original = readFileSync(file, 'utf8');
	try {
		writeFileSync(file, `${original}\n// next deploy (corrupt record test)\n`);
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await expect(page.locator('[data-offline-update]')).toBeVisible({ timeout: 30_000 });
	} finally {
		writeFileSync(file, original);
	}

	// Saving on request still works and leaves a readable record.
	await corrupt();
	const status = page.locator('[data-offline-status]');
	await status.evaluate((el) => (el.textContent = ''));
	await page.getByRole('button', { name: 'Make available offline' }).click();
	await expect(status).toContainText('Available offline', { timeout: 30_000 });
	const record = await page.evaluate(async () =>
		(await (await caches.open('eal-meta')).match('/__saved-locales'))?.text(),
	);
	expect(JSON.parse(record ?? 'null')).toContain('en');
});

test('with Save-Data the first visit downloads nothing until the reader asks', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(Navigator.prototype, 'connection', {
			configurable: true,
			get: () => ({ saveData: true, effectiveType: '4g' }),
		});
	});
	await page.goto('/fi/');
	const box = page.locator('[data-offline]');
	await expect(box).toHaveAttribute('data-state', 'waiting', { timeout: 20_000 });
	await expect(box.locator('[data-offline-status]')).toContainText('Ei tallennettu automaattisesti');
	const cachedFinnishPages = () =>
		page.evaluate(async () => {
			let count = 0;
			for (const key of await caches.keys()) {
				for (const request of await (await caches.open(key)).keys())
					if (new URL(request.url).pathname.startsWith('/fi/')) count++;
			}
			return count;
		});
	// Only what the reader opened (the page itself, cached as it was visited), not the language.
	expect(await cachedFinnishPages()).toBeLessThanOrEqual(1);
	await box.getByRole('button', { name: 'Tallenna offline-käyttöön' }).click();
	await expect(box).toHaveAttribute('data-state', 'saved', { timeout: 30_000 });
	expect(await cachedFinnishPages()).toBeGreaterThan(5);
});

test.describe('search without a connection', () => {
	test.use({ serviceWorkers: 'block' });
	test('says it needs a connection or a saved language, instead of searching on', async ({
		page,
		context,
	}) => {
		await page.goto('/de/');
		const status = page.locator('[data-search-status]');
		// Offline before the search code ever loaded.
		await context.setOffline(true);
		await page.keyboard.press('Control+k');
		await expect(status).toContainText('Die Suche braucht eine Verbindung', { timeout: 5_000 });
		await page.locator('[data-search-close]').click();
		// Back online: it loads and finds; offline again: it says so at once.
		await context.setOffline(false);
		await page.keyboard.press('Control+k');
		await page.locator('#search-input').fill('Gastzugriff');
		await expect(page.locator('dialog .search__page').first()).toBeVisible({ timeout: 15_000 });
		await context.setOffline(true);
		await page.locator('#search-input').fill('Föderation');
		await expect(status).toContainText('Die Suche braucht eine Verbindung', { timeout: 5_000 });
	});
});
