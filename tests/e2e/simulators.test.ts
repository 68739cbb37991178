// The simulators after hydration, in sv, en and ar (right to left): keyboard use, a change and
// its pending state, the worst-case view, a preset, and the share link in a fresh page.
//
// Merged or moved from the earlier 29 tests:
// - "toggling external access …", "a preset loads", "works from the keyboard alone" (per locale):
//   one test per locale below, on one page.
// - "the permalink round-trips in a fresh page" (sv, en, ar): once below, in ar; the codec's
//   round trip for any state is a unit property (tests/unit/model/codec.test.ts).
// - "a malformed link shows the notice and keeps what was valid": tests/e2e/fuzz-links.test.ts.
// - "<slug> has no axe violations after hydration and a change": tests/e2e/a11y.test.ts.
// - "the comparison table is static …" and "without JavaScript the default matrix is in the
//   page": tests/built/content.test.ts (every locale).
import { expect, test, type Page } from '@playwright/test';
import { PUBLISHED_LOCALES } from '../../src/i18n/locales';
import { hydrateAll, wake } from './hydrate';

const LOCALES = ['sv', 'en', 'ar'].filter((code) => PUBLISHED_LOCALES.some((l) => l.code === code));
const ARTICLE = 'chat-with-external-users';
const cell = (page: Page, identity: string, capability: string, direction = 'AtoB') =>
	page
		.locator(
			`td[data-identity="${identity}"][data-capability="${capability}"][data-direction="${direction}"]`,
		)
		.first();

for (const locale of LOCALES) {
	test(`${locale}: from the keyboard a change goes pending, the worst case blocks it, a preset loads`, async ({
		page,
	}) => {
		await page.goto(`/${locale}/${ARTICLE}/`);
		await hydrateAll(page);
		await expect(cell(page, 'federated', 'chat')).toHaveAttribute('data-result', 'allowed');

		// Keyboard alone: Tab from the preset picker to the master switch, Space flips it.
		const master = page.locator('[data-setting="allowFederatedUsers"]');
		await page.locator('#mode-preset').focus();
		for (let i = 0; i < 12 && !(await master.evaluate((el) => el === document.activeElement)); i++)
			await page.keyboard.press('Tab');
		await expect(master).toBeFocused();
		await page.keyboard.press('Space');
		await expect(cell(page, 'federated', 'chat')).toHaveAttribute('data-result', 'pending');
		await expect(cell(page, 'guest', 'chat')).toHaveAttribute('data-result', 'allowed');
		const button = cell(page, 'federated', 'chat').locator('button');
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		await expect(page.locator('#mode-trace .sim-trace .is-decisive')).toBeVisible();
		// Each check links its source (the URLs come with the engine's extras).
		await expect(page.locator('#mode-trace .sim-check a[href^="https://"]').first()).toBeAttached();

		await page.locator('[data-action="worst"]').click();
		await expect(cell(page, 'federated', 'chat')).toHaveAttribute('data-result', 'blocked');
		await expect(page.getByRole('status').filter({ hasText: /\S/ }).last()).toBeAttached();

		await page.locator('#mode-preset').selectOption('master-switch-off');
		await page.locator('[data-action="preset"]').click();
		await expect(cell(page, 'federated', 'chat')).toHaveAttribute('data-result', 'blocked');
		await expect(master).not.toBeChecked();
		await expect(page.locator('.sim-symptom')).toBeVisible();
	});
}

test('en: the explorer’s “more capabilities” fold is built on its first open, even when that click wakes the island, and follows a change', async ({
	page,
}) => {
	await page.goto(`/en/${ARTICLE}/`);
	const fold = page.locator('[data-sim="mode-explorer"] .sim-results details.sim-more');
	// The server sends the summary only (tests/built/content.test.ts has the main table).
	await expect(fold.locator('summary')).toHaveCount(1);
	await expect(fold.locator('table')).toHaveCount(0);
	await fold.locator('summary').click();
	const federated = fold.locator('td[data-result][data-identity="federated"]');
	await expect(federated.first()).toBeVisible();
	expect(await federated.count()).toBeGreaterThan(1);
	const results = () => federated.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-result')));
	const before = await results();
	expect(before).toContain('allowed');
	expect(before).not.toContain('pending');
	await page.locator('[data-setting="allowFederatedUsers"]').click();
	// Federation off: what federation allowed is now waiting for the change to take effect.
	await expect.poll(results).toContain('pending');
	const after = await results();
	expect(after.filter((r) => r === 'allowed').length).toBeLessThan(
		before.filter((r) => r === 'allowed').length,
	);
});

test('the share link the simulator writes opens the same state in a fresh page', async ({
	page,
	browser,
}) => {
	await page.goto('/ar/external-access/');
	await hydrateAll(page);
	await page.locator('[data-setting="fedDomainMode"][data-side="B"]').selectOption('blockAll');
	await expect(cell(page, 'federated', 'chat', 'BtoA')).toHaveAttribute('data-result', 'pending');
	await page.locator('[data-action="copy-link"]').click();
	await expect(page).toHaveURL(/#sim=v\d+\./);
	const fresh = await browser.newPage();
	await fresh.goto(page.url());
	await hydrateAll(fresh);
	await expect(fresh.locator('[data-setting="fedDomainMode"][data-side="B"]')).toHaveValue('blockAll');
	await expect(cell(fresh, 'federated', 'chat', 'BtoA')).toHaveAttribute('data-result', 'pending');
	await expect(fresh.getByRole('alert')).toHaveCount(0);
	await fresh.close();
});

test('ja: when the strings file cannot load, the simulator stays static and its note appears, and nothing throws', async ({
	page,
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	let asked = 0;
	await page.route('**/_astro/strings.*.json', (route) => {
		asked++;
		return route.abort('internetdisconnected');
	});
	await page.goto('/ja/external-access/');
	// While all is well, the note about scripts stays hidden.
	await expect(page.locator('.sim-static-note').first()).toBeHidden();
	await wake(page);
	await expect.poll(() => asked).toBeGreaterThan(0);
	// The page's own text says what to do: reload once the connection is back.
	await expect(page.locator('astro-island[data-failed]')).toHaveCount(1);
	await expect(page.locator('.sim-static-note').first()).toBeVisible();
	await expect(page.locator('astro-island[ssr]')).toHaveCount(1);
	// The results the page was built with are still there to read.
	await expect(page.locator('td[data-result]').first()).toBeVisible();
	expect(errors).toEqual([]);
});

test('ar: when the model cannot load, a change says so, nothing changes, and the next try works', async ({
	page,
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	let offline = true;
	await page.route('**/_astro/model-engine.*.js', (route) =>
		offline ? route.abort('internetdisconnected') : route.continue(),
	);
	await page.goto(`/ar/external-access/`);
	const sim = page.locator('.sim').first();
	const master = sim.locator('[data-setting="allowFederatedUsers"][data-side="A"]');
	const chat = cell(page, 'federated', 'chat');
	await master.click();
	const note = sim.locator('.sim-load-failed');
	await expect(note).toBeVisible();
	await expect(note).toContainText('حاول مرة أخرى');
	// The live region says it too, and neither the switch nor the results moved.
	await expect(sim.locator('[role="status"]').last()).toContainText('حاول مرة أخرى');
	await expect(master).toBeChecked();
	await expect(chat).toHaveAttribute('data-result', 'allowed');

	offline = false;
	await master.click();
	await expect(chat).toHaveAttribute('data-result', 'pending');
	await expect(master).not.toBeChecked();
	await expect(note).toHaveCount(0);
	expect(errors).toEqual([]);
});
