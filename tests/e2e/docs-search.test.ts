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

test('while an input method composes, the search waits for the composed text (ja)', async ({ page }) => {
	await page.goto('/ja/');
	const button = page.locator('[data-search-open]');
	await button.hover();
	await button.click();
	const input = page.locator('#search-input');
	await expect(input).toBeFocused();
	const status = page.locator('[data-search-status]');
	// Kana still being composed: the text is not the query yet, so nothing is searched.
	await input.evaluate((el: HTMLInputElement) => {
		el.dispatchEvent(new CompositionEvent('compositionstart'));
		el.value = 'げすと';
		el.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: 'げすと' }));
	});
	await page.waitForTimeout(600);
	await expect(status).toHaveText('');
	await expect(page.locator('.search__result')).toHaveCount(0);
	// The composition ends with the chosen word: now it is searched.
	await input.evaluate((el: HTMLInputElement) => {
		el.value = 'ゲスト';
		el.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: 'ゲスト' }));
		el.dispatchEvent(new CompositionEvent('compositionend', { data: 'ゲスト' }));
	});
	await expect(status).toContainText('ゲスト', { timeout: 10_000 });
	await expect(page.locator('.search__result').first()).toBeVisible();
});
