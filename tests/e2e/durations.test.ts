import { expect, test } from '@playwright/test';
import { DURATION_TABLE, readable } from '../fixtures/duration-table';
import { wake } from './hydrate';

// Issue 16: durations read as whole phrases in the reader's language. After one external access
// change (10 min to 24 h, typically 2 h), the clock, the waiting change and the pending cell's
// trace must show exactly the phrases of the locale's table, not unit words glued into a sentence.
const slow = expect.configure({ timeout: 15_000 });

for (const code of ['ja', 'fr'] as const) {
	test(`${code}: the time panel and a pending cell read the table’s duration phrases`, async ({ page }) => {
		const row = DURATION_TABLE[code]!;
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`/${code}/external-access/`);
		const sim = page.locator('.sim').first();
		await sim.scrollIntoViewIfNeeded();
		await wake(page);
		const toggle = page.locator(
			'astro-island:not([ssr]) [data-setting="allowFederatedUsers"][data-side="A"]',
		);
		await slow(toggle.first()).toBeAttached();
		await toggle.first().click();

		// The waiting change: "10分～24時間" / "10 minutes à 24 heures", and the typical estimate.
		const change = sim.locator('.sim-time li').first();
		await slow(change).toBeVisible();
		const changeText = readable((await change.textContent()) ?? '');
		expect(changeText).toContain(row.span10minTo24h);
		expect(changeText).toContain(row.typical2h);

		// A pending cell's trace says the same window.
		await sim.locator('td[data-result="pending"] button').first().click();
		const trace = readable((await sim.locator('.sim-trace').first().textContent()) ?? '');
		expect(trace).toContain(row.span10minTo24h);
		expect(trace).toContain(row.typical2h);

		// Fast-forward to the typical delay: the clock shows "2時間" / "2 heures".
		await sim.locator('.sim-time [data-action="typical"]').click();
		await expect(sim.locator('.sim-time__clock')).toContainText(row.hours[2].replace(' ', '\u00a0'));
		// …and says what that means: the change has most likely taken effect, but stays Pending.
		await expect(sim.locator('.sim-time__likely')).toHaveAttribute('data-likely', '1');
		// The waiting change no longer offers a typical wait of zero.
		await expect(change).not.toContainText(row.typical2h);
		expect(readable((await change.textContent()) ?? '')).not.toMatch(/\b0\b|0分/);
		await expect(sim.locator('td[data-result="pending"]').first()).toBeVisible();
		// The worst case settles it: no estimate left, nothing pending.
		await sim.locator('.sim-time [data-action="worst"]').click();
		await expect(sim.locator('.sim-time__likely')).toHaveCount(0);
		await expect(sim.locator('td[data-result="pending"]')).toHaveCount(0);
		expect(errors).toEqual([]);
	});
}
