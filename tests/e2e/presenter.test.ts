import { expect, test, type Page } from '@playwright/test';

// The federation preset "only one side allowed the other": chat is blocked both ways.
const url = '/en/external-access/#preset=one-sided-allow-list';

async function open(page: Page) {
	await page.goto(url);
	await page
		.locator('astro-island:not([ssr]) [data-action="presenter"]')
		.first()
		.waitFor({ state: 'attached' });
	// The presenter buttons are among the trainer tools, behind one disclosure.
	await page.locator('.sim-trainer > summary').first().click();
	return page.locator('.sim').first();
}

test('presenter mode runs from the keyboard alone: predict, reveal, step through the trace, leave', async ({
	page,
}) => {
	const sim = await open(page);
	await sim.locator('[data-action="presenter"]').focus();
	await page.keyboard.press('Enter');
	await expect(sim).toHaveAttribute('data-presenter', '');
	// The shortcuts are listed on screen (merged from "the shortcuts are listed on screen").
	await sim.locator('.sim-presenter__help summary').click();
	await expect(sim.locator('.sim-presenter__help dl')).toContainText('Next check');

	// Predict first: results hidden, then revealed with the shortcut.
	await sim.locator('[data-action="hide-results"]').focus();
	await page.keyboard.press('Space');
	await expect(sim.locator('td[data-result] .sim-badge').first()).toBeHidden();
	await page.keyboard.press('Alt+Shift+KeyH');
	await expect(sim.locator('td[data-result] .sim-badge').first()).toBeVisible();

	// Open a blocked cell's trace and step through it one check at a time.
	await sim.locator('td[data-result="blocked"] .sim-cell').first().focus();
	await page.keyboard.press('Enter');
	const checks = sim.locator('.sim-trace__checks > li');
	const total = await checks.count();
	expect(total).toBeGreaterThan(2);
	await page.keyboard.press('Alt+Shift+ArrowRight');
	await expect(checks.filter({ visible: true })).toHaveCount(1);
	await page.keyboard.press('Alt+Shift+ArrowRight');
	await expect(checks.filter({ visible: true })).toHaveCount(2);
	await expect(sim.locator('.sim-presenter__step')).toHaveText(`Check 2 of ${total}`);
	await page.keyboard.press('Alt+Shift+ArrowLeft');
	await expect(checks.filter({ visible: true })).toHaveCount(1);
	await page.keyboard.press('Alt+Shift+KeyA');
	await expect(checks.filter({ visible: true })).toHaveCount(total);

	// Shortcuts can be switched off (WCAG 2.1.4).
	await sim.locator('.sim-presenter__keys input').focus();
	await page.keyboard.press('Space');
	await page.keyboard.press('Alt+Shift+ArrowRight');
	await expect(checks.filter({ visible: true })).toHaveCount(total);

	await page.keyboard.press('Escape');
	await expect(sim).not.toHaveAttribute('data-presenter', '');
});

test('printing a scenario gives a one-page A4 handout with settings, matrix, trace and link', async ({
	page,
}) => {
	await page.addInitScript(() => {
		window.print = () => undefined;
	});
	const sim = await open(page);
	await sim.locator('td[data-result="blocked"] .sim-cell').first().click();
	await expect(sim.locator('.sim-trace')).toBeVisible();
	await sim.locator('[data-action="print"]').click();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('h1')).toBeHidden();
	await expect(sim.locator('[data-setting]').first()).toBeVisible();
	await expect(sim.locator('table')).toBeVisible();
	await expect(sim.locator('.sim-trace')).toBeVisible();
	// Nothing was changed, so the printed link is the short scenario link, typed from paper in seconds.
	await expect(sim.locator('.sim-print-link')).toContainText(
		/\/en\/external-access\/#preset=one-sided-allow-list$/,
	);
	const pdf = await page.pdf({ format: 'A4', printBackground: false });
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	expect(pages).toBe(1);
});
