import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { hydrateAll } from './hydrate';

// The baselines lens on "Check your configuration": after an import, each organization's verdicts
// for its own tenant, a flag for a custom (Tag:) policy that reopens what the org-level settings
// close, and "fix this control" showing its cost before anything changes in the sandbox; applying
// it lands in the sandbox's diff and change plan. No request leaves the origin.
const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));
const strings = (locale: string) =>
	JSON.parse(readFileSync(new URL(`../../src/i18n/ui/${locale}.json`, import.meta.url), 'utf8')) as Record<
		string,
		string
	>;

for (const locale of ['en', 'ar']) {
	test(`${locale}: an imported tenant's baselines, its reopening policy and a fix priced before it is applied`, async ({
		page,
		context,
		baseURL,
	}) => {
		const s = strings(locale);
		const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
		const offsite: string[] = [];
		context.on('request', (r) => {
			if (!/^(data|blob):/.test(r.url()) && new URL(r.url()).origin !== origin) offsite.push(r.url());
		});
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(String(e)));

		await page.goto(`/${locale}/check-your-configuration/`);
		await hydrateAll(page);
		// Our export: Global allows federation with an allow list; Tag:PartnerDesk has its own domain scope.
		await page.locator('[data-import-file]').setInputFiles({
			name: 'export.json',
			mimeType: 'application/json',
			buffer: fixture('lab-export-v1.json'),
		});
		await expect(page.locator('.imp[data-import-ready="loaded"]')).toBeVisible();
		await expect(page.locator('[data-report="read"]')).toContainText('PartnerDesk');

		const panel = page.locator('.imp [data-baselines]');
		await panel.locator(':scope > summary').click();
		const org = panel.locator('[data-org="A"]');
		// The custom policy reopens federation that the org-level allow list closes (facts §1.5 #10).
		await expect(org.locator('[data-policy-flag]').first()).toContainText('PartnerDesk');

		// A failing control: its fix and cost show first, and the sandbox is still unchanged.
		const control = org.locator('[data-verdict="fail"]').filter({
			has: page.getByRole('button', { name: s['baselines.fix'] as string }),
		});
		await expect(control.first()).toBeVisible();
		const id = await control.first().getAttribute('data-control');
		const failing = org.locator(`[data-control="${id}"]`);
		await failing.getByRole('button', { name: s['baselines.fix'] as string }).click();
		await expect(failing.locator('[data-cost]')).toBeVisible();
		await expect(page.locator('[data-diff-empty]')).toBeVisible();

		// Applying it is a sandbox change like any other: the control passes, the diff and plan list it.
		await failing.getByRole('button', { name: s['baselines.apply'] as string }).click();
		await expect(failing).toHaveAttribute('data-verdict', 'pass');
		await expect(page.locator('[data-diff] li')).not.toHaveCount(0);
		await expect(page.locator('[data-plan-script]')).toBeVisible();

		expect(offsite).toEqual([]);
		expect(errors).toEqual([]);
	});
}
