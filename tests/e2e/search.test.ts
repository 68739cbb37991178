// Search in the browser, one test per language that reuses one page for every check: the
// queries a searcher types find the right page (results in the page's language only), arrow
// keys and Enter open a result on its heading, an empty result says so and suggests pages, and
// Escape closes the dialog and returns focus to the button.
//
// Merged: the 8 per-query tests, and 4 per-locale tests × 5 locales, into 5 tests below. The
// dialog's axe run moved to tests/e2e/a11y.test.ts (search dialog state, en/ar/ja).
import { expect, test, type Page } from '@playwright/test';
import { PUBLISHED_LOCALES } from '../../src/i18n/locales';

/** What a searcher types in each language, and the page it must find. */
const QUERIES: Record<string, { query: string; page: string }[]> = {
	sv: [
		{ query: 'gäståtkomst', page: 'guest-access' },
		{ query: 'åtkomst', page: 'guest-access' },
	],
	en: [
		{ query: 'presence', page: 'external-access' },
		{ query: 'Set-CsTenantFederationConfiguration', page: 'external-access' },
		{ query: 'Contact your administrator', page: 'guest-access' },
	],
	de: [{ query: 'Gastzugriff', page: 'guest-access' }],
	ja: [{ query: 'ゲストアクセス', page: 'guest-access' }],
	ar: [{ query: 'الضيف', page: 'guest-access' }],
};

/** Opens the search dialog with the header button or, with `shortcut`, with Ctrl+K. */
async function openSearch(page: Page, shortcut = false) {
	if (shortcut) await page.keyboard.press('Control+k');
	else await page.locator('[data-search-open]').click();
	const dialog = page.locator('dialog[data-search-dialog]');
	await expect(dialog).toBeVisible();
	await expect(page.locator('#search-input')).toBeFocused();
	return dialog;
}

for (const locale of Object.keys(QUERIES).filter((c) => PUBLISHED_LOCALES.some((l) => l.code === c))) {
	test(`${locale}: queries find their pages, keys open a heading, an empty result helps, Escape closes`, async ({
		page,
	}) => {
		const cases = QUERIES[locale] ?? [];
		await page.goto(`/${locale}/`);
		if (locale === 'en') await expect(page.locator('.search-open__keys')).toHaveText(/(Ctrl|⌘) K/);
		let dialog = await openSearch(page);
		const input = page.locator('#search-input');

		for (const { query, page: slug } of cases) {
			await input.fill(query);
			await expect(dialog.locator(`.search__page[href^="/${locale}/${slug}/"]`), query).toBeVisible();
			const hrefs = await dialog
				.locator('.search__results a')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
			expect(
				hrefs.filter((h) => !h.startsWith(`/${locale}/`)),
				`${query}: results in ${locale} only`,
			).toEqual([]);
		}

		await input.fill('zzqxvjw');
		await expect(dialog.locator('[data-search-empty]')).toBeVisible();
		await expect(dialog.locator('[data-search-empty] a').first()).toBeVisible();
		await expect(dialog.locator('[data-search-status]')).toContainText('zzqxvjw');

		// Escape closes the dialog (in a filled field it first clears it); focus returns to the button.
		await input.fill('');
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(page.locator('[data-search-open]')).toBeFocused();

		dialog = await openSearch(page, true);
		await input.fill(cases[0]!.query);
		await expect(dialog.locator('.search__heading').first()).toBeVisible();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		const focused = page.locator(':focus');
		await expect(focused).toHaveClass(/search__heading/);
		const href = (await focused.getAttribute('href')) ?? '';
		expect(href).toContain('#');
		await page.keyboard.press('Enter');
		const id = decodeURIComponent(href.split('#')[1] ?? '');
		await expect(page).toHaveURL((url) => decodeURIComponent(url.hash.slice(1)) === id);
		await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
	});
}
