import { expect, test, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { PUBLISHED_LOCALES } from '../../src/i18n/locales';

/** What a searcher types in each language, and the page it must find. */
const cases = [
	{ locale: 'sv', query: 'gäståtkomst', page: 'guest-access' },
	{ locale: 'sv', query: 'åtkomst', page: 'guest-access' },
	{ locale: 'en', query: 'presence', page: 'external-access' },
	{ locale: 'en', query: 'Set-CsTenantFederationConfiguration', page: 'external-access' },
	{ locale: 'en', query: 'Contact your administrator', page: 'guest-access' },
	{ locale: 'de', query: 'Gastzugriff', page: 'guest-access' },
	{ locale: 'ja', query: 'ゲストアクセス', page: 'guest-access' },
	{ locale: 'ar', query: 'الضيف', page: 'guest-access' },
].filter((c) => PUBLISHED_LOCALES.some((l) => l.code === c.locale));

async function openSearch(page: Page, locale: string) {
	await page.goto(`/${locale}/`);
	await page.keyboard.press('Control+k');
	const dialog = page.locator('dialog[data-search-dialog]');
	await expect(dialog).toBeVisible();
	await expect(page.locator('#search-input')).toBeFocused();
	return dialog;
}

for (const { locale, query, page: slug } of cases) {
	test(`${locale}: "${query}" finds the ${slug} page`, async ({ page }) => {
		const dialog = await openSearch(page, locale);
		await page.locator('#search-input').fill(query);
		const link = dialog.locator(`.search__page[href^="/${locale}/${slug}/"]`);
		await expect(link).toBeVisible();
		// Results are in the page's language only.
		for (const href of await dialog.locator('.search__results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
			expect(href).toMatch(new RegExp(`^/${locale}/`));
		}
	});
}

for (const locale of PUBLISHED_LOCALES.map((l) => l.code).filter((c) => ['sv', 'en', 'de', 'ja', 'ar'].includes(c))) {
	test(`${locale}: arrow keys and Enter open a result on its heading`, async ({ page }) => {
		const dialog = await openSearch(page, locale);
		const query = cases.find((c) => c.locale === locale)?.query ?? 'Teams';
		await page.locator('#search-input').fill(query);
		await expect(dialog.locator('.search__heading').first()).toBeVisible();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		const focused = page.locator(':focus');
		await expect(focused).toHaveClass(/search__heading/);
		const href = (await focused.getAttribute('href')) ?? '';
		expect(href).toContain('#');
		await page.keyboard.press('Enter');
		const id = decodeURIComponent(href.split('#')[1] ?? '');
		await expect(page).toHaveURL(new RegExp(`#${encodeURIComponent(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$|#${id}$`));
		await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
	});

	test(`${locale}: Escape closes the dialog and returns focus to the button`, async ({ page }) => {
		await page.goto(`/${locale}/`);
		await page.locator('[data-search-open]').click();
		await expect(page.locator('dialog[data-search-dialog]')).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.locator('dialog[data-search-dialog]')).toBeHidden();
		await expect(page.locator('[data-search-open]')).toBeFocused();
	});

	test(`${locale}: an empty result says so and suggests pages`, async ({ page }) => {
		const dialog = await openSearch(page, locale);
		await page.locator('#search-input').fill('zzqxvjw');
		await expect(dialog.locator('[data-search-empty]')).toBeVisible();
		await expect(dialog.locator('[data-search-empty] a').first()).toBeVisible();
		await expect(dialog.locator('[data-search-status]')).toContainText('zzqxvjw');
	});

	test(`${locale}: the open dialog has no axe violations`, async ({ page }) => {
		const dialog = await openSearch(page, locale);
		await page.locator('#search-input').fill(cases.find((c) => c.locale === locale)?.query ?? 'Teams');
		await expect(dialog.locator('.search__page').first()).toBeVisible();
		const results = await new AxeBuilder({ page }).include('dialog[data-search-dialog]').analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});
}

test('the search button shows its keyboard shortcut', async ({ page }) => {
	await page.goto('/en/');
	await expect(page.locator('[data-search-open] kbd')).toHaveText(/(Ctrl|⌘) K/);
});
