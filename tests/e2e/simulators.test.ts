import { expect, test, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { PUBLISHED_LOCALES } from '../../src/i18n/locales';

// The build is served on a shared, busy machine: give hydration and the first model load time.
test.describe.configure({ timeout: 120_000 });
const slow = expect.configure({ timeout: 30_000 });

const LOCALES = ['sv', 'en', 'ar'].filter((code) => PUBLISHED_LOCALES.some((l) => l.code === code));
const ARTICLE = 'chat-with-external-users';
const cell = (page: Page, identity: string, capability: string, direction = 'AtoB') =>
	page
		.locator(
			`td[data-identity="${identity}"][data-capability="${capability}"][data-direction="${direction}"]`,
		)
		.first();

/** Opens a page with a simulator and waits until its island has hydrated. */
async function openSimulator(page: Page, path: string) {
	await page.goto(path);
	await page.locator('.sim-host').first().scrollIntoViewIfNeeded();
	// The comparison table is static: only pages with an island wait for hydration.
	if ((await page.locator('astro-island').count()) > 0)
		await slow(page.locator('astro-island:not([ssr])').first()).toBeAttached();
}

for (const locale of LOCALES) {
	test.describe(`simulators in ${locale}`, () => {
		test('toggling external access changes the federated cells, not the guest ones', async ({ page }) => {
			await openSimulator(page, `/${locale}/${ARTICLE}/`);
			await slow(cell(page, 'federated', 'chat')).toHaveAttribute('data-result', 'allowed');
			await page.locator('[data-setting="allowFederatedUsers"]').click();
			await slow(cell(page, 'federated', 'chat')).toHaveAttribute('data-result', 'pending');
			await slow(cell(page, 'guest', 'chat')).toHaveAttribute('data-result', 'allowed');
			await page.locator('[data-action="worst"]').click();
			await slow(cell(page, 'federated', 'chat')).toHaveAttribute('data-result', 'blocked');
			await slow(page.getByRole('status').filter({ hasText: /\S/ }).last()).toBeAttached();
		});

		test('a preset loads', async ({ page }) => {
			await openSimulator(page, `/${locale}/${ARTICLE}/`);
			await page.locator('#mode-preset').selectOption('master-switch-off');
			await page.locator('[data-action="preset"]').click();
			await slow(cell(page, 'federated', 'chat')).toHaveAttribute('data-result', 'blocked');
			await slow(page.locator('[data-setting="allowFederatedUsers"]')).not.toBeChecked();
			await slow(page.locator('.sim-symptom')).toBeVisible();
		});

		test('the permalink round-trips in a fresh page', async ({ page, browser }) => {
			await openSimulator(page, `/${locale}/external-access/`);
			await page.locator('[data-setting="fedDomainMode"][data-side="B"]').selectOption('blockAll');
			await slow(cell(page, 'federated', 'chat', 'BtoA')).toHaveAttribute('data-result', 'pending');
			await page.locator('[data-action="copy-link"]').click();
			await slow(page).toHaveURL(/#sim=v1\./);
			const url = page.url();
			const fresh = await browser.newPage();
			await openSimulator(fresh, url);
			await slow(fresh.locator('[data-setting="fedDomainMode"][data-side="B"]')).toHaveValue('blockAll');
			await slow(cell(fresh, 'federated', 'chat', 'BtoA')).toHaveAttribute('data-result', 'pending');
			await slow(fresh.getByRole('alert')).toHaveCount(0);
			await fresh.close();
		});

		test('works from the keyboard alone', async ({ page }) => {
			await openSimulator(page, `/${locale}/${ARTICLE}/`);
			const master = page.locator('[data-setting="allowFederatedUsers"]');
			await page.locator('#mode-preset').focus();
			for (let i = 0; i < 12 && !(await master.evaluate((el) => el === document.activeElement)); i++)
				await page.keyboard.press('Tab');
			await slow(master).toBeFocused();
			await page.keyboard.press('Space');
			await slow(cell(page, 'federated', 'chat')).toHaveAttribute('data-result', 'pending');
			const button = cell(page, 'federated', 'chat').locator('button');
			await button.focus();
			await page.keyboard.press('Enter');
			await slow(button).toHaveAttribute('aria-expanded', 'true');
			await slow(page.locator('#mode-trace .sim-trace .is-decisive')).toBeVisible();
		});

		test('a malformed link shows the notice and keeps what was valid', async ({ page }) => {
			const valid = Buffer.from(JSON.stringify({ a: { s: { fm: 0 } }, junk: 1 })).toString('base64url');
			await openSimulator(page, `/${locale}/${ARTICLE}/#sim=v1.${valid}`);
			await slow(page.getByRole('alert')).toContainText('junk');
			await slow(page.locator('[data-setting="allowFederatedUsers"]')).not.toBeChecked();
		});

		for (const slug of [ARTICLE, 'external-access', 'guest-access', 'external-vs-guest-access'])
			test(`${slug} has no axe violations after hydration and a change`, async ({ page }) => {
				await openSimulator(page, `/${locale}/${slug}/`);
				const first = page.locator('td[data-result] button').first();
				if ((await first.count()) > 0) {
					await page.locator('input[role="switch"][data-setting]').first().click();
					await first.click();
					await slow(page.locator('.sim-trace')).toBeVisible();
				}
				const results = await new AxeBuilder({ page }).include('.sim-host').analyze();
				expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
			});
	});
}

test('the comparison table is static: no island, every result with text', async ({ page }) => {
	await page.goto('/en/external-vs-guest-access/');
	const table = page.locator('[data-sim="comparison"] table');
	await slow(table.locator('td[data-result]')).not.toHaveCount(0);
	await slow(page.locator('[data-sim="comparison"] astro-island')).toHaveCount(0);
	await slow(table.locator('td[data-identity="guest"][data-capability="chat"]')).toContainText('Allowed');
});

test('without JavaScript the default matrix is in the page', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`/en/${ARTICLE}/`);
	await slow(cell(page, 'federated', 'chat')).toHaveAttribute('data-result', 'allowed');
	await slow(cell(page, 'federated', 'chat')).toContainText('Allowed');
	await context.close();
});
