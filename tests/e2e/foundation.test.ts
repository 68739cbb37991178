import { expect, test } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';

const article = 'chat-with-external-users';

for (const [locale, lang] of [
	['sv', 'sv'],
	['en', 'en'],
] as const) {
	test(`the ${locale} article renders with lang, dir and title`, async ({ page }) => {
		await page.goto(`/${locale}/${article}/`);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
		await expect(page.locator('h1')).toBeVisible();
		await expect(page).toHaveTitle(/External Access Lab/);
	});

	test(`the ${locale} article has no axe violations`, async ({ page }) => {
		await page.goto(`/${locale}/${article}/`);
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});
}

test('the language picker switches sv to en on the same page and keeps the hash', async ({ page }) => {
	await page.goto(`/sv/${article}/#kallor`);
	await page.locator('.lang-picker summary').click();
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(new RegExp(`/en/${article}/#kallor$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the language picker switches en back to sv', async ({ page }) => {
	await page.goto(`/en/${article}/#x`);
	await page.locator('.lang-picker summary').click();
	await page.getByRole('link', { name: 'Svenska' }).click();
	await expect(page).toHaveURL(new RegExp(`/sv/${article}/#x$`));
});

test('the root sends a Swedish browser to /sv/', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'sv-SE' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page).toHaveURL(/\/sv\/$/);
	await context.close();
});

test('the root sends an English browser to /en/', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'en-US' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page).toHaveURL(/\/en\/$/);
	await context.close();
});

test('the root lists every language without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Svenska' })).toHaveAttribute('href', '/sv/');
	await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
	await context.close();
});

test('the root language list has no axe violations', async ({ page }) => {
	// Strip the redirect script so axe sees the list a visitor without JavaScript gets.
	await page.route('**/', async (route) => {
		const response = await route.fetch();
		const body = (await response.text()).replace(/<script type="module">[\s\S]*?<\/script>/g, '');
		await route.fulfill({ response, body });
	});
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Svenska' })).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('a missing Swedish page shows the Swedish 404', async ({ page }) => {
	const response = await page.goto('/sv/finns-inte/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
	await expect(page.locator('h1')).toHaveText('Sidan hittades inte');
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('an unknown locale shows the multilingual 404', async ({ page }) => {
	const response = await page.goto('/xx/chat-with-external-users/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Sidan hittades inte' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
