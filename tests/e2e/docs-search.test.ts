import { expect, test } from '@playwright/test';

// Admins paste the error message they see; the troubleshooting entry written for it comes first,
// in English and in the localized message.
const cases = [
	{ locale: 'en', query: 'Contact your administrator' },
	{ locale: 'sv', query: 'Kontakta administratören' },
	{ locale: 'de', query: 'Wenden Sie sich an Ihren Administrator' },
];

test('an error message finds its troubleshooting entry first (en, sv, de)', async ({ page }) => {
	for (const { locale, query } of cases) {
		await page.goto(`/${locale}/`);
		const button = page.locator('[data-search-open]');
		await button.hover();
		await button.click();
		const input = page.locator('#search-input');
		await expect(input).toBeFocused();
		await input.fill(query);
		const first = page.locator('.search__result').first();
		await expect(first.locator('.search__page')).toHaveAttribute('href', `/${locale}/troubleshooting/`, {
			timeout: 10_000,
		});
		await expect(first.locator('.search__heading').first()).toHaveAttribute(
			'href',
			/#preset-guest-switch-off-title$/,
		);
		// Excerpts keep a space where one block of text ends and the next begins.
		const excerpts = await page.locator('.search__excerpt').allTextContents();
		for (const text of excerpts) expect(text).not.toMatch(/[a-zäöüß][”“„][A-Z]|[a-z]PowerShell:/);
		await page.keyboard.press('Escape');
	}
});

test('touch screens get no keyboard hints', async ({ browser }) => {
	const context = await browser.newContext({
		hasTouch: true,
		isMobile: true,
		viewport: { width: 390, height: 844 },
	});
	const page = await context.newPage();
	await page.goto('/en/');
	await page.locator('[data-search-open]').tap();
	await expect(page.locator('#search-input')).toBeFocused();
	await expect(page.locator('.search__hint')).toBeHidden();
	await expect(page.locator('[data-search-close] kbd')).toBeHidden();
	await context.close();
});
