// Following a troubleshooting card's link opens the simulator at that scenario.
//
// Moved to tests/built/content.test.ts (every locale, from the static HTML): "lists every preset
// as a card", "puts its group headings (h2) above the cards (h3)", "each … link goes to the right
// page with #preset=", "the workshop links open existing presets" and "works without JavaScript".
// The per-page axe runs: tests/e2e/a11y.test.ts and tests/built/axe.test.ts.
import { expect, test } from '@playwright/test';
import { getPreset } from '../../src/model/index';
import { simulatorSlugOf } from '../../src/lib/troubleshooting';
import { hydrateAll } from './hydrate';

test('a card’s link opens the simulator page at its preset, in sv and en', async ({ page }) => {
	const preset = getPreset('one-sided-allow-list');
	if (!preset) throw new Error('preset one-sided-allow-list is missing');
	for (const locale of ['sv', 'en']) {
		await page.goto(`/${locale}/troubleshooting/`);
		await page.locator(`#preset-${preset.id} .trouble-card__open a`).click();
		await expect(page).toHaveURL(new RegExp(`/${locale}/${simulatorSlugOf(preset)}/#preset=${preset.id}$`));
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await hydrateAll(page);
		// The island read the fragment: the preset's symptom is shown and chosen in the picker.
		await expect(page.locator('.sim-symptom').first()).toBeVisible();
		await expect(page.locator('select[id$="-preset"]').first()).toHaveValue(preset.id);
	}
});
