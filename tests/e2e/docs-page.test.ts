import { expect, test } from '@playwright/test';

// Article pages as a reader uses them: shared section links across languages, copy buttons,
// the current-section mark in "On this page", the theme button. The page tools behind the last
// three load on the reader's first interaction (src/lazy/page-boot.ts); a click that comes before
// they have loaded must still count.

/** Holds the page tools module back for `ms`, so a first click lands before it has loaded. */
async function slowPageTools(page: import('@playwright/test').Page, ms: number) {
	await page.route(/\/_lazy\/page-ui-[\w-]+\.js$/, async (route) => {
		await new Promise((resolve) => setTimeout(resolve, ms));
		await route.continue();
	});
}

test('switching language on a deep link keeps the section (sv → en → ar → ja)', async ({ page }) => {
	// A link shared before ids were stable: the Swedish slug of the heading still lands on it.
	await page.goto('/sv/external-access/#de-fyra-domänlägena');
	const heading = page.locator('h2#the-four-domain-modes');
	await expect(heading).toBeInViewport();
	await expect(heading).toHaveText('De fyra domänlägena');
	// The address now names the section by its stable id, so it can be shared in any language.
	await expect(page).toHaveURL(/#the-four-domain-modes$/);
	for (const [code, text] of [
		['en', 'The four domain modes'],
		['ar', null],
		['ja', null],
	] as const) {
		await page.locator('.lang-picker summary').click();
		await page.locator(`.lang-picker a[data-locale="${code}"]`).click();
		await expect(page).toHaveURL(new RegExp(`/${code}/external-access/#the-four-domain-modes$`));
		const target = page.locator('h2#the-four-domain-modes');
		await expect(target).toBeInViewport();
		if (text) await expect(target).toHaveText(text);
	}
});

test('the copy button copies the code block and says so, even when clicked before the page tools load', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await slowPageTools(page, 800);
	await page.goto('/sv/external-access/');
	const block = page.locator('.code-block').first();
	const button = block.getByRole('button', { name: 'Kopiera koden' });
	await button.click();
	await expect(button).toHaveText('Kopierat');
	await expect(page.locator('[data-article-status]')).toHaveText('Koden har kopierats till urklipp');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(await block.locator('pre').textContent());
	expect(copied).toContain('Get-CsTenantFederationConfiguration');
	// Coloured by class, never by style attribute (strict CSP).
	await expect(block.locator('.tok-cmdlet').first()).toBeVisible();
	expect(await block.locator('[style]').count()).toBe(0);
});

test('"On this page" marks the section being read as the reader scrolls', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/sv/external-access/');
	const toc = page.locator('[data-toc]');
	await expect(toc).toBeVisible();
	const current = toc.locator('a[aria-current="location"]');
	await expect(current).toHaveCount(1);
	// At the top of the page the first section is the one being read.
	const first = await toc.locator('a').first().getAttribute('href');
	await expect(current).toHaveAttribute('href', first ?? '');
	await page.locator('#trial-tenants').scrollIntoViewIfNeeded();
	await page.evaluate(() => document.getElementById('trial-tenants')?.scrollIntoView({ block: 'start' }));
	await expect(current).toHaveAttribute('href', '#trial-tenants');
	await page.evaluate(() =>
		document.getElementById('the-four-domain-modes')?.scrollIntoView({ block: 'start' }),
	);
	await expect(current).toHaveAttribute('href', '#the-four-domain-modes');
	// Verified date and the report link sit under the title.
	await expect(page.locator('.page-meta time')).toContainText('Kontrollerad');
	await expect(page.locator('.page-meta a')).toHaveAttribute('href', /^mailto:.*subject=/);
});

test('the theme button cycles automatic → light → dark → automatic, remembers it, and counts an early click', async ({
	page,
}) => {
	await slowPageTools(page, 800);
	await page.goto('/ja/external-access/');
	const root = page.locator('html');
	const button = page.locator('[data-theme-toggle]');
	// Its label is the theme in effect, before any script but the head's has run.
	await expect(button).toBeVisible();
	await expect(button).toHaveAccessibleName('テーマ: 自動');
	await expect(root).not.toHaveAttribute('data-theme');
	// The first click comes while the page tools are still on their way.
	await button.click();
	await expect(root).toHaveAttribute('data-theme', 'light');
	await expect(button).toHaveAccessibleName('テーマ: ライト');
	await button.click();
	await expect(root).toHaveAttribute('data-theme', 'dark');
	// Remembered: the next page opens dark, labelled so, before the tools load.
	await page.goto('/ja/guest-access/');
	await expect(root).toHaveAttribute('data-theme', 'dark');
	await expect(button).toHaveAccessibleName('テーマ: ダーク');
	await button.click();
	await expect(root).not.toHaveAttribute('data-theme');
	await expect(button).toHaveAccessibleName('テーマ: 自動');
	expect(await page.evaluate(() => localStorage.getItem('eal-theme'))).toBeNull();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('no button that needs JavaScript is shown, and the export script says where to get it (ar)', async ({
		page,
	}) => {
		await page.goto('/ar/external-access/');
		await expect(page.locator('h1')).toBeVisible();
		await expect(page.locator('.code-block pre').first()).toBeVisible();
		for (const selector of ['[data-theme-toggle]', '.code-copy', '[data-search-open]'])
			await expect(page.locator(selector).first(), selector).toBeHidden();
		await page.goto('/ar/check-your-configuration/');
		const whole = page.locator('details[data-export-text]');
		await whole.locator('summary').click();
		await expect(whole).toContainText('تعذّر تحميل البرنامج النصي هنا');
		await expect(page.locator('[data-export-script]')).toBeVisible();
	});
});

test('at 1280 px "On this page" stays on screen beside the article and shows the section being read (en, ja)', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	for (const locale of ['en', 'ja']) {
		await page.goto(`/${locale}/external-access/`);
		const toc = page.locator('[data-toc]');
		// The last section: far down a page whose section list is taller than the window.
		const last = (await toc.locator('a').last().getAttribute('href')) ?? '';
		await page.mouse.wheel(0, 400);
		await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
		const current = toc.locator('a[aria-current="location"]');
		await expect(current).toHaveAttribute('href', last);
		await expect(toc).toBeInViewport();
		await expect(current).toBeInViewport();
		// The page list above it has scrolled away rather than covering it.
		await expect(page.locator('.sidebar')).not.toBeInViewport();
	}
});
