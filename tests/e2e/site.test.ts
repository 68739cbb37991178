// Site-wide behaviour after load: the language picker, the root page's redirect, and what the
// server answers for a missing page.
//
// Where the checks of the removed foundation.test.ts and locales.test.ts went:
// - "the <locale> article renders with lang, dir and title", "<locale>: every page has lang, dir
//   and a localized title": tests/built/head.test.ts (every page of every registry locale).
// - "no English UI strings leak into the page chrome": tests/built/content.test.ts.
// - "the root lists every language without JavaScript": tests/built/content.test.ts.
// - every axe test: tests/e2e/a11y.test.ts (browser, batched) and tests/built/axe.test.ts.
// - "the language picker switches sv to en … keeps the hash" and "switches en back to sv": the
//   picker test below, which walks sv → en → … → ar → sv and checks lang at every step.
// - the two "root sends a … browser" tests and the two 404 tests: merged below.
import { expect, test } from '@playwright/test';
import { DEFAULT_LOCALE, PUBLISHED_LOCALES } from '../../src/i18n/locales';

test('the picker keeps the page and the hash across every published language', async ({ page }) => {
	const order = [...PUBLISHED_LOCALES.slice(1), PUBLISHED_LOCALES[0]!];
	await page.goto(`/${PUBLISHED_LOCALES[0]!.code}/workshop/#kept`);
	for (const next of order) {
		await page.locator('.lang-picker summary').click();
		await page.locator(`.lang-picker a[data-locale="${next.code}"]`).click();
		await expect(page).toHaveURL(new RegExp(`/${next.code}/workshop/#kept$`));
		await expect(page.locator('html')).toHaveAttribute('lang', next.lang);
		await expect(page.locator('html')).toHaveAttribute('dir', next.dir);
	}
});

test('the root sends each browser to its language, and an unknown one to the default', async ({
	browser,
}) => {
	for (const [browserLocale, expected] of [
		['sv-SE', 'sv'],
		['en-US', 'en'],
		['ar-EG', 'ar'],
		['ko-KR', DEFAULT_LOCALE],
	] as const) {
		const context = await browser.newContext({ locale: browserLocale });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page, browserLocale).toHaveURL(new RegExp(`/${expected}/$`));
		await context.close();
	}
});

test('a missing page answers 404 with the locale’s page, or the multilingual one for an unknown locale', async ({
	page,
}) => {
	const swedish = await page.goto('/sv/finns-inte/');
	expect(swedish?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
	await expect(page.locator('h1')).toHaveText('Sidan hittades inte');

	const unknown = await page.goto('/xx/chat-with-external-users/');
	expect(unknown?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Sidan hittades inte' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
