import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hydrateAll } from './hydrate';

// Service workers are blocked by default in playwright.config.ts; these tests need them.
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

test('a first visit saves the language; pages and search then work offline', async ({ page, context }) => {
	await page.goto('/sv/chat-with-external-users/');
	const box = page.locator('[data-offline]');
	await expect(box).toBeVisible();
	await expect(box).toHaveAttribute('data-state', 'saved', { timeout: 20_000 });
	await expect(box.locator('[data-offline-status]')).toContainText('offline');

	await context.setOffline(true);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
	await expect(page.locator('h1')).toBeVisible();

	// A page never opened before is available too: the whole language was saved.
	await page.goto('/sv/guest-access/');
	await expect(page.locator('h1')).toBeVisible();

	await page.keyboard.press('Control+k');
	await page.locator('#search-input').fill('gäståtkomst');
	await expect(page.locator('dialog .search__page').first()).toBeVisible();

	// The simulator works offline too: its engine loads from the saved files on first use.
	// (Esc in a search field first clears it; the dialog's own button closes it.)
	await page.locator('[data-search-close]').click();
	await expect(page.locator('dialog[data-search-dialog]')).toBeHidden();
	await hydrateAll(page);
	const guestSwitch = page.locator('[data-setting="guestAccess"]').first();
	const cells = page.locator('td[data-result]');
	const before = await cells.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-result')).join());
	await guestSwitch.focus();
	await page.keyboard.press('Space');
	await expect
		.poll(async () => cells.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-result')).join()))
		.not.toBe(before);
});

test('an unsaved page offline shows the localized "not found" page, not a browser error', async ({
	page,
	context,
}) => {
	await page.goto('/en/');
	await expect(page.locator('[data-offline]')).toHaveAttribute('data-state', 'saved', { timeout: 20_000 });
	await context.setOffline(true);
	await page.goto('/en/no-such-page/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('h1')).toHaveText('Page not found');
});

test('after a new deploy the page offers to update, and updating reloads', async ({ page }) => {
	await page.goto('/en/');
	await expect(page.locator('[data-offline]')).toHaveAttribute('data-state', 'saved', { timeout: 20_000 });
	// Simulate a deploy: the server (which reads files per request) now has a changed worker.
	// The browser fetches worker scripts itself, so Playwright routing cannot stand in for this.
	const file = join(process.env['DIST_DIR'] ?? 'dist', 'sw.js');
	const original = readFileSync(file, 'utf8');
	const update = page.locator('[data-offline-update]');
	try {
		writeFileSync(file, `${original}\n// next deploy\n`);
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			await registration?.update();
		});
		await expect(update).toBeVisible({ timeout: 20_000 });
	} finally {
		writeFileSync(file, original);
	}
	await expect(update).toContainText('new version');
	const reloaded = page.waitForEvent('load');
	await update.getByRole('button', { name: 'Update now' }).click();
	await reloaded;
	await expect(page.locator('[data-offline-update]')).toBeHidden();
});
