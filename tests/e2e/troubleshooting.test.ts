import { expect, test } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { PRESETS } from '../../src/model/index';
import { simulatorHref, simulatorSlugOf } from '../../src/lib/troubleshooting';

// axe over a long page of cards takes over 30 s on a loaded two-core machine.
test.describe.configure({ timeout: 90_000 });

const presetIds = new Set(PRESETS.map((p) => p.id));

for (const locale of ['sv', 'en'] as const) {
	test(`the ${locale} troubleshooting page lists every preset as a card`, async ({ page }) => {
		await page.goto(`/${locale}/troubleshooting/`);
		await expect(page.locator('.trouble-card')).toHaveCount(PRESETS.length);
		for (const preset of PRESETS) {
			const card = page.locator(`#preset-${preset.id}`);
			await expect(card.getByRole('heading', { level: 3 })).toBeVisible();
		}
	});

	test(`the ${locale} list puts its group headings (h2) above the cards (h3)`, async ({ page }) => {
		await page.goto(`/${locale}/troubleshooting/`);
		const groups = page.locator('.trouble__group');
		await expect(groups).toHaveCount(4);
		for (const group of await groups.all()) {
			await expect(group.getByRole('heading', { level: 2 })).toHaveCount(1);
			expect(await group.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(0);
		}
	});

	test(`each ${locale} "open in the simulator" link goes to the right page with #preset=`, async ({ page }) => {
		await page.goto(`/${locale}/troubleshooting/`);
		for (const preset of PRESETS) {
			const link = page.locator(`#preset-${preset.id} .trouble-card__open a`);
			await expect(link).toHaveAttribute('href', simulatorHref(locale, preset));
		}
	});

	test(`following a ${locale} link opens the simulator page at the preset`, async ({ page }) => {
		const preset = PRESETS.find((p) => p.id === 'one-sided-allow-list');
		if (!preset) throw new Error('preset missing');
		await page.goto(`/${locale}/troubleshooting/`);
		await page.locator(`#preset-${preset.id} .trouble-card__open a`).click();
		await expect(page).toHaveURL(
			new RegExp(`/${locale}/${simulatorSlugOf(preset)}/#preset=${preset.id}$`),
		);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.locator('h1')).toBeVisible();
	});

	test(`the ${locale} workshop links open existing presets on simulator pages`, async ({ page }) => {
		await page.goto(`/${locale}/workshop/`);
		const hrefs = await page.locator('main a[href*="#preset="]').evaluateAll((as) =>
			as.map((a) => a.getAttribute('href') ?? ''),
		);
		expect(hrefs.length).toBeGreaterThanOrEqual(8);
		for (const href of hrefs) {
			const match = href.match(/^\/([a-z]+)\/(external-access|guest-access)\/#preset=([a-z0-9-]+)$/);
			expect(match, href).not.toBeNull();
			expect(match?.[1], href).toBe(locale);
			expect(presetIds.has(match?.[3] ?? ''), href).toBe(true);
		}
	});

	for (const slug of ['troubleshooting', 'workshop']) {
		test(`the ${locale} ${slug} page has no axe violations`, async ({ page }) => {
			await page.goto(`/${locale}/${slug}/`);
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		});
	}
}

test('the troubleshooting list works without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/en/troubleshooting/');
	await expect(page.locator('.trouble-card')).toHaveCount(PRESETS.length);
	await context.close();
});
