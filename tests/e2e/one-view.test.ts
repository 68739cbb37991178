import { expect, test, type Locator, type Page } from '@playwright/test';
import { PUBLISHED_LOCALES } from '../../src/i18n/locales';
import { wake } from './hydrate';

// Issue 11: a toggle's effect, a cell's trace and presenter mode are visible where the reader
// looks, in a left-to-right, a right-to-left and a CJK locale, on a laptop and on a phone.
test.describe.configure({ timeout: 30_000 });

const LOCALES = ['en', 'ar', 'ja'].filter((code) => PUBLISHED_LOCALES.some((l) => l.code === code));
const PAGE = 'external-access';
const SIZES = [
	{ name: 'laptop', width: 1280, height: 800 },
	{ name: 'phone', width: 390, height: 844 },
] as const;

/** Opens the federation simulator and waits until it is live (not the static render). */
async function openLive(page: Page, path: string) {
	await page.goto(path);
	await page.locator('.sim-host').first().scrollIntoViewIfNeeded();
	await wake(page);
	await expect(page.locator('.sim').first()).not.toHaveAttribute('data-static', '', { timeout: 15_000 });
}

/**
 * True when the element is in the viewport: wholly, or, given `atLeast` px, with its start on
 * screen and at least that much of it (or all of it, if shorter) visible.
 */
async function inViewport(locator: Locator, atLeast?: number): Promise<boolean> {
	return locator.evaluate((el, px) => {
		const r = el.getBoundingClientRect();
		const visible = Math.min(r.bottom, innerHeight) - Math.max(r.top, 0);
		const horizontal = r.left >= -1 && r.right <= innerWidth + 1;
		if (px === null) return r.height > 0 && r.top >= -1 && r.bottom <= innerHeight + 1 && horizontal;
		return (
			r.height > 0 &&
			r.top >= -1 &&
			r.top < innerHeight &&
			visible >= Math.min(r.height, px) - 1 &&
			horizontal
		);
	}, atLeast ?? null);
}

const chatCell = (page: Page) =>
	page.locator('td[data-identity="federated"][data-capability="chat"][data-direction="AtoB"]');

for (const locale of LOCALES) {
	for (const size of SIZES) {
		test(`${locale}, ${size.name}: a toggle's changed result and a cell's trace are in view`, async ({
			page,
		}) => {
			await page.setViewportSize({ width: size.width, height: size.height });
			await openLive(page, `/${locale}/${PAGE}/`);
			const master = page.locator('[data-setting="allowFederatedUsers"][data-side="A"]');
			await master.scrollIntoViewIfNeeded();
			await master.click();
			await expect(chatCell(page)).toHaveAttribute('data-result', 'pending');
			// Wide: the changed cell itself, beside the settings. Narrow: the result strip at the
			// bottom of the screen names the changed cell with its new result.
			const shown =
				size.name === 'laptop'
					? chatCell(page)
					: page.locator('[data-result-strip] [data-strip-cell="AtoB|federated|chat"]');
			await expect(shown).toHaveAttribute('data-result', 'pending');
			expect(await inViewport(shown)).toBe(true);

			// Activating a cell shows its trace in view, focused; Esc goes back to the cell.
			const button = chatCell(page).locator('button');
			await button.scrollIntoViewIfNeeded();
			await button.click();
			const trace = page.locator('.sim-trace');
			await expect(trace).toBeFocused();
			expect(await inViewport(trace, 150)).toBe(true);
			// The setting that decided it is marked in the settings pane.
			await expect(page.locator('.sim-field[data-traced]').first()).toBeAttached();
			await page.keyboard.press('Escape');
			await expect(button).toBeFocused();

			// Fast-forward, at the foot of the results pane: the cells it turns are in view too.
			const worst = page.locator('[data-action="worst"]').first();
			await worst.scrollIntoViewIfNeeded();
			await worst.click();
			await expect(chatCell(page)).toHaveAttribute('data-result', 'blocked');
			if (size.name === 'laptop') await expect.poll(() => inViewport(chatCell(page))).toBe(true);
		});
	}
}

for (const screen of [
	{ width: 1280, height: 720 },
	{ width: 1920, height: 1080 },
]) {
	test(`presenter mode at ${screen.width}×${screen.height}: matrix and trace on screen, steps work`, async ({
		page,
	}) => {
		await page.setViewportSize(screen);
		await openLive(page, `/en/${PAGE}/`);
		await page.locator('.sim-trainer > summary').click();
		await page.locator('[data-action="presenter"]').click();
		await chatCell(page).locator('button').click();
		const next = page.locator('[data-action="next-check"]');
		// The step buttons know the trace that just opened (they used to stay disabled).
		await expect(next).toBeEnabled();
		await next.click();
		await expect(page.locator('.sim[data-presenter]')).toHaveAttribute('data-step', '1');
		// The whole matrix: its first and last rows are both on screen, and the trace starts below it.
		expect(await inViewport(page.locator('.sim[data-presenter] .sim-table tbody tr').first())).toBe(true);
		expect(await inViewport(page.locator('.sim[data-presenter] .sim-table tbody tr').last())).toBe(true);
		expect(await inViewport(page.locator('.sim[data-presenter] .sim-trace'), 150)).toBe(true);
		// The step controls sit next to the trace, not a screen away.
		const gap = await page.evaluate(() => {
			const controls = document.querySelector('.sim-presenter__controls')?.getBoundingClientRect();
			const trace = document.querySelector('.sim-trace')?.getBoundingClientRect();
			return controls && trace ? trace.top - controls.bottom : Infinity;
		});
		expect(gap).toBeLessThan(120);
	});
}

test('the URL keeps the state: reload, language switch, Reset and an edited fragment', async ({ page }) => {
	await openLive(page, `/en/${PAGE}/`);
	await page.locator('[data-setting="allowFederatedUsers"][data-side="A"]').click();
	await page.locator('[data-setting="fedDomainMode"][data-side="B"]').selectOption('blockAll');
	await page.locator('[data-setting="allowFederatedUsers"][data-side="B"]').click();
	await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#sim=/);
	const hash = await page.evaluate(() => location.hash);

	await page.reload();
	await expect(page.locator('.sim').first()).not.toHaveAttribute('data-static', '', { timeout: 15_000 });
	await expect(page.locator('[data-setting="allowFederatedUsers"][data-side="A"]')).not.toBeChecked();
	await expect(page.locator('[data-setting="fedDomainMode"][data-side="B"]')).toHaveValue('blockAll');
	await expect(page.locator('[data-setting="allowFederatedUsers"][data-side="B"]')).not.toBeChecked();

	// The language picker carries the fragment, so the settings follow into Swedish.
	const sv = page.locator('[data-lang-picker] a[data-locale="sv"]');
	if (await sv.count()) {
		await page.locator('[data-lang-picker] summary, [data-lang-picker] button').first().click();
		await sv.click();
		await expect(page).toHaveURL(new RegExp(`/sv/${PAGE}/${hash.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
		await openLive(page, page.url().replace(/^https?:\/\/[^/]+/, ''));
		await expect(page.locator('[data-setting="fedDomainMode"][data-side="B"]')).toHaveValue('blockAll');
		await page.goBack();
		await openLive(page, `/en/${PAGE}/${hash}`);
	}

	// Reset clears the fragment.
	await page.locator('[data-action="reset"]').click();
	await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
	await expect(page.locator('[data-setting="allowFederatedUsers"][data-side="A"]')).toBeChecked();

	// A fragment edited on the open page loads.
	await page.evaluate((h) => {
		location.hash = h;
	}, hash);
	await expect(page.locator('[data-setting="fedDomainMode"][data-side="B"]')).toHaveValue('blockAll');
});

test('a click made before the island is live is replayed once it is, so nothing desyncs', async ({
	page,
}) => {
	// Hold the island's scripts back, as a slow network would.
	let release: () => void = () => undefined;
	const held = new Promise<void>((done) => (release = done));
	await page.route(/\/_astro\/.*\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	// Only the response is awaited: the page's own module scripts are held back too.
	await page.goto(`/en/${PAGE}/`, { waitUntil: 'commit' });
	const sim = page.locator('.sim').first();
	await sim.scrollIntoViewIfNeeded();
	await expect(sim).toHaveAttribute('data-static', '');
	const master = page.locator('[data-setting="allowFederatedUsers"][data-side="A"]');
	// The reader's click wakes the island; until it is live the switch and the results agree.
	await master.click();
	await expect(page.locator('astro-island[data-waking]')).toHaveCount(1);
	await expect(page.locator('.sim-static-note')).toBeVisible();
	await expect(master).toBeChecked();
	await expect(chatCell(page)).toHaveAttribute('data-result', 'allowed');
	release();
	// Live: the held click is applied once, to the control and the results together.
	await expect(sim).not.toHaveAttribute('data-static', '', { timeout: 15_000 });
	await expect(master).not.toBeChecked();
	await expect(chatCell(page)).toHaveAttribute('data-result', 'pending');
	await master.click();
	await expect(master).toBeChecked();
});
