import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { hydrateAll } from './hydrate';

// People, not sides (issue 12, facts C1/C2): in "block everyone except a few users", the answer
// depends on who is talking. The reader picks the person on each side; every result, the line that
// says whose row it is and the policy the per-user settings belong to follow that choice.
const strings = (locale: string) =>
	JSON.parse(readFileSync(new URL(`../../src/i18n/ui/${locale}.json`, import.meta.url), 'utf8')) as Record<
		string,
		string
	>;
const chat = (page: Page) =>
	page.locator('td[data-identity="federated"][data-capability="chat"][data-direction="AtoB"]').first();

for (const [locale, width, height] of [
	['en', 1280, 800],
	['ar', 1280, 800],
	['ja', 390, 844],
] as const) {
	test(`${locale} at ${width}px: who is talking decides the result in “all but a few”`, async ({ page }) => {
		const s = strings(locale);
		await page.setViewportSize({ width, height });
		await page.goto(`/${locale}/external-access/#preset=all-but-a-few`);
		await hydrateAll(page);
		const picker = page.locator('select[data-talking="A"]');
		// The scenario is about megan, who holds the custom policy with a domain scope: she can chat.
		await expect(picker).toHaveValue('megan');
		await expect(chat(page)).toHaveAttribute('data-result', 'allowed');
		await expect(page.locator('[data-whose-row]')).toContainText('megan@');
		await expect(
			page.locator('[data-org="A"] fieldset legend').filter({ hasText: 'ExternalPartners' }),
		).toHaveCount(1);

		// Adele is on Global, which is off: blocked, and the settings shown are Global's. The reader
		// looks at the picker; the changed result is in view (the sticky results pane, or on a phone
		// the result strip).
		await picker.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await picker.selectOption('adele');
		await expect(chat(page)).toHaveAttribute('data-result', 'blocked');
		await expect(page.locator('[data-whose-row]')).toContainText('adele@');
		const global = (s['sim.people.global'] as string).split(/[,，、]/)[0] as string;
		await expect(page.locator('[data-org="A"] fieldset legend').filter({ hasText: global })).toHaveCount(1);
		await expect(width >= 1280 ? chat(page) : page.locator('.sim-strip').first()).toBeInViewport();

		// A change to megan's policy changes megan's row, and only hers.
		await picker.selectOption('megan');
		await expect(chat(page)).toHaveAttribute('data-result', 'allowed');
		await page.locator('[data-org="A"] [data-setting="userFederationAccess"][data-side="A"]').click();
		await expect(chat(page)).not.toHaveAttribute('data-result', 'allowed');
		await picker.selectOption('adele');
		await expect(chat(page)).toHaveAttribute('data-result', 'blocked');
		await expect(
			page.locator('[data-org="A"] [data-setting="userFederationAccess"][data-side="A"]'),
		).not.toBeChecked();
	});
}

for (const locale of ['en', 'ar']) {
	test(`${locale}: a guest who is already a member keeps the team when owners can no longer add guests`, async ({
		page,
	}) => {
		await page.goto(`/${locale}/guest-access/`);
		await hydrateAll(page);
		const team = page.locator(
			'td[data-identity="guest"][data-capability="accessTeamResources"][data-direction="AtoB"]',
		);
		const guest = page.locator('select[data-talking="B"]');
		// Owners can no longer add people from outside as guests (facts C5: it only stops adding).
		await page
			.locator('.sim details')
			.evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
		await page.locator('#guest-A-groupsOwnersAddGuests').uncheck();
		// Past the longest wait, so the change has surely taken effect.
		await page.locator('[data-action="worst"]').first().click();
		await expect(guest).toHaveValue('ben');
		await expect.poll(() => team.getAttribute('data-result')).not.toBe('allowed');
		// Bianca is already a member of the team: she keeps her access.
		await guest.selectOption('bianca');
		await expect(team).toHaveAttribute('data-result', 'allowed');
	});
}
