import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import en from '../../src/i18n/ui/en.json' with { type: 'json' };
import ar from '../../src/i18n/ui/ar.json' with { type: 'json' };
import { wake } from './hydrate';

// A shared, busy machine: hydration and the first model load get time.
test.describe.configure({ timeout: 90_000 });
const slow = expect.configure({ timeout: 30_000 });

const STRINGS: Record<string, Record<string, string>> = { en, ar };

const chatCell = (page: Page) =>
	page.locator(
		'[data-sim="federation"] td[data-identity="federated"][data-capability="chat"][data-direction="AtoB"]',
	);

for (const locale of ['en', 'ar']) {
	const s = STRINGS[locale] as Record<string, string>;
	test(`baselines panel in ${locale}: verdicts render, fixing a control shows its cost before applying, undo restores`, async ({
		page,
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => {
			if (m.type() === 'error') errors.push(m.text());
		});
		await page.goto(`/${locale}/external-access/`);
		const panel = page.locator('[data-sim="federation"] [data-baselines]');
		await panel.scrollIntoViewIfNeeded();
		await wake(page);
		await slow(page.locator('astro-island:not([ssr])').first()).toBeAttached();
		await panel.locator(':scope > summary').click();

		// Per organization, each baseline's verdicts; Microsoft's defaults fail CIS 8.2.1.
		const org = panel.locator('[data-org="A"]');
		const control = org.locator('[data-control="cis-8.2.1"]');
		await slow(control).toHaveAttribute('data-verdict', 'fail');
		await expect(panel.locator('[data-org="B"] [data-control="scuba-MS.TEAMS.2.1v2"]')).toHaveAttribute(
			'data-verdict',
			'fail',
		);
		await expect(org.locator('[data-control="cis-8.2.4"]')).toHaveAttribute('data-verdict', 'pass');
		await expect(org.getByText(s['baselines.topic.federationDomains'] as string).first()).toBeVisible();

		// "Fix this control" shows the change and its cost, and nothing is saved yet.
		await control.getByRole('button', { name: s['baselines.fix'] as string }).click();
		const cost = control.locator('[data-cost]');
		await expect(cost).toBeVisible();
		expect(Number(await cost.getAttribute('data-cost'))).toBeGreaterThan(0);
		await expect(chatCell(page)).toHaveAttribute('data-result', 'allowed');
		await expect(page.locator('[data-sim="federation"] [data-action="undo"]')).toBeDisabled();
		if (locale === 'en') {
			expect(await axeViolations(page, { include: '[data-sim="federation"] [data-baselines]' })).toEqual([]);
		}

		// Applying goes through the simulator's own change path: the result changes and undo works.
		await control.getByRole('button', { name: s['baselines.apply'] as string }).click();
		await slow(chatCell(page)).not.toHaveAttribute('data-result', 'allowed');
		await slow(control).toHaveAttribute('data-verdict', 'pass');
		await expect(control).toBeFocused();
		await page.locator('[data-sim="federation"] [data-action="undo"]').click();
		await slow(chatCell(page)).toHaveAttribute('data-result', 'allowed');
		await slow(control).toHaveAttribute('data-verdict', 'fail');
		expect(errors).toEqual([]);
	});
}
