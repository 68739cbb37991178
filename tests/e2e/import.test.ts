import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { hydrateAll } from './hydrate';
import { axeViolations } from './axe';

// "Check your configuration": a real export file goes in through the file input, the report and the
// sandbox appear, a change produces a change plan that can be copied, a broken file gets a message
// in the page's language without losing what was loaded, and no request leaves the origin.
const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));
const strings = (locale: string) =>
	JSON.parse(readFileSync(new URL(`../../src/i18n/ui/${locale}.json`, import.meta.url), 'utf8')) as Record<
		string,
		string
	>;

for (const locale of ['en', 'sv', 'ar']) {
	test(`${locale}: import, report, sandbox change, change plan, bad files, forget`, async ({
		page,
		context,
		baseURL,
	}) => {
		const s = strings(locale);
		const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
		const requests: { url: string; method: string }[] = [];
		context.on('request', (r) => requests.push({ url: r.url(), method: r.method() }));
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(String(e)));

		await page.goto(`/${locale}/check-your-configuration/`);
		await hydrateAll(page);
		await expect(page.locator('[data-export-hash]')).toHaveText(/^[0-9A-F]{64}$/);
		// The whole script is fetched when its disclosure opens: the served file, byte for byte.
		const whole = page.locator('details[data-export-text]');
		await whole.locator('summary').click();
		await expect(whole.locator('pre code')).toContainText('Get-CsTenantFederationConfiguration');
		expect(await whole.locator('pre code').textContent()).toBe(
			await page.evaluate(() => fetch('/export/external-access-export.ps1').then((r) => r.text())),
		);
		await expect(whole.locator('[data-export-failed]')).toBeHidden();

		// 1. Drop our export: the report names the file type and lists what was read.
		await page.locator('[data-import-file]').setInputFiles({
			name: 'export.json',
			mimeType: 'application/json',
			buffer: fixture('lab-export-v1.json'),
		});
		await expect(page.locator('.imp[data-import-ready="loaded"]')).toBeVisible();
		await expect(page.locator('[data-report-summary]')).toContainText(s['import.format.labExport'] as string);
		await expect(page.locator('[data-report="read"] li')).not.toHaveCount(0);
		await expect(page.locator('[data-report="read"]')).toContainText('PartnerDesk');
		// The imported values are the sandbox's starting point: guest access on, no changes yet.
		await page.locator('[data-sandbox="A"] summary', { hasText: s['layer.teamsGuest'] as string }).click();
		const guestSwitch = page.locator('#imp-A-guestAccess');
		await expect(guestSwitch).toBeChecked();
		await expect(page.locator('[data-diff-empty]')).toBeVisible();
		// A result that read a setting the export does not have says it assumed Microsoft's default.
		await expect(page.locator('[data-assumed]').first()).toContainText(
			s['setting.fedBlockedUsers.label'] as string,
		);

		// 2. Make a change: the diff, the per-cell "was → now" and the plan follow.
		await guestSwitch.uncheck();
		await expect(page.locator('[data-diff] li')).toHaveCount(1);
		await expect(page.locator('.imp-cell--changed').first()).toBeVisible();
		await expect(page.locator('.imp-cell--changed').first()).toContainText(s['result.blocked'] as string);
		const script = page.locator('[data-plan-script]');
		await expect(script).toContainText(
			'Set-CsTeamsClientConfiguration -Identity Global -AllowGuestUser $false',
		);
		await page.locator('[data-copy="ps"]').click();
		await expect(page.getByText(s['import.plan.copied'] as string)).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await script.textContent());

		// The loaded panel (report, sandbox, table, plan) passes axe in this language and direction.
		expect(await axeViolations(page, { include: '.imp' })).toEqual([]);

		// 3. A truncated file: a localized message; what was loaded stays.
		await page.locator('[data-import-file]').setInputFiles({
			name: 'broken.json',
			mimeType: 'application/json',
			buffer: fixture('truncated.json'),
		});
		await expect(page.locator('[data-import-error]')).toContainText(s['import.error.truncated'] as string);
		await expect(page.locator('[data-import-error]')).toContainText(s['import.error.kept'] as string);
		await expect(page.locator('[data-diff] li')).toHaveCount(1);

		// 4. Nothing is kept unless asked; "Forget" clears the page.
		expect(await page.evaluate(() => localStorage.length)).toBe(0);
		await page.locator('[data-import-keep]').check();
		expect(await page.evaluate(() => localStorage.getItem('eal.import.v1'))).toContain('fabrikam.com');
		await page.locator('[data-import-forget]').click();
		await expect(page.locator('.imp[data-import-ready="empty"]')).toBeVisible();
		expect(await page.evaluate(() => localStorage.getItem('eal.import.v1'))).toBeNull();

		// Every request stayed on this origin, none carried a body, and nothing was thrown.
		expect(requests.filter((r) => new URL(r.url).origin !== origin && !r.url.startsWith('blob:'))).toEqual(
			[],
		);
		expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
		expect(errors).toEqual([]);
	});
}

test('en: a 7 MB export is parsed off the main thread; a pasted cmdlet output loads organization B', async ({
	page,
}) => {
	await page.goto('/en/check-your-configuration/');
	await hydrateAll(page);
	// A file over the size limit is refused before it is read (made in the page: no 8 MB transfer).
	await page.evaluate(() => {
		const input = document.querySelector<HTMLInputElement>('[data-import-file]');
		const files = new DataTransfer();
		files.items.add(
			new File([new Uint8Array(8 * 1024 * 1024 + 1)], 'huge.json', { type: 'application/json' }),
		);
		if (input) {
			input.files = files.files;
			input.dispatchEvent(new Event('change', { bubbles: true }));
		}
	});
	await expect(page.locator('[data-import-error]')).toHaveAttribute(
		'data-import-error',
		'import.error.tooLarge',
	);
	// A valid export padded with 7 MB of meeting policies the importer only counts.
	const base = JSON.parse(fixture('lab-export-v1.json').toString('utf8')) as {
		teams: { meetingPolicies: unknown[] };
	};
	const filler = Array.from({ length: 35_000 }, (_, i) => ({
		Identity: `Tag:Policy${i}`,
		Description: 'x'.repeat(170),
	}));
	base.teams.meetingPolicies.push(...filler);
	const big = JSON.stringify(base);
	expect(big.length).toBeGreaterThan(7 * 1024 * 1024);
	// The file is built in the page first (Playwright's own transfer of 7 MB is a long task), then
	// long tasks are watched from the moment the input changes until the import is shown.
	await page.evaluate((text) => {
		(window as unknown as { __file: File }).__file = new File([text], 'big.json', {
			type: 'application/json',
		});
	}, big);
	await page.waitForTimeout(300);
	await page.evaluate(() => {
		const w = window as unknown as { __longest: number; __file: File };
		w.__longest = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
		}).observe({ type: 'longtask' });
		const input = document.querySelector<HTMLInputElement>('[data-import-file]');
		const files = new DataTransfer();
		files.items.add(w.__file);
		if (input) {
			input.files = files.files;
			input.dispatchEvent(new Event('change', { bubbles: true }));
		}
	});
	await expect(page.locator('.imp[data-import-ready="loaded"]')).toBeVisible({ timeout: 20_000 });
	await expect(page.locator('[data-report="ignored"]')).toContainText('35001');
	expect(await page.evaluate(() => (window as unknown as { __longest: number }).__longest)).toBeLessThan(200);

	await page.getByRole('radio', { name: 'Organization B (a partner)' }).check();
	await page.locator('#imp-paste').fill(fixture('cmdlet-federation.json').toString('utf8'));
	await page.getByRole('button', { name: 'Read the pasted JSON' }).click();
	await expect(page.locator('[data-report-org]')).toHaveCount(2);
	await expect(page.locator('[data-report-summary]').nth(1)).toContainText('Output of one cmdlet');
	await expect(page.locator('#imp-B-fedDomainMode')).toHaveValue('blockList');

	// Only on request does the sandbox go into a link; the page says what the link holds, and the
	// external access simulator opens with the imported organization.
	await expect(page.locator('[data-import-link]')).toHaveCount(0);
	await page.getByRole('button', { name: 'Make a link that opens this in the simulator' }).click();
	await expect(page.locator('[data-import-link]')).toContainText('domain names');
	await page.locator('[data-import-link] a').click();
	await expect(page.locator('.sim-host').first()).toContainText('Northwind Traders');
});

test('the whole export script that cannot be fetched says where to get it, and opening again retries (ja)', async ({
	page,
}) => {
	const s = strings('ja');
	let refuse = true;
	await page.route('**/export/external-access-export.ps1', (route) =>
		refuse ? route.abort() : route.continue(),
	);
	await page.goto('/ja/check-your-configuration/');
	const whole = page.locator('details[data-export-text]');
	await whole.locator('summary').click();
	await expect(whole.locator('[data-export-failed]')).toHaveText(s['import.script.failed'] ?? '');
	await expect(whole.locator('pre code')).toHaveText('');
	refuse = false;
	await whole.locator('summary').click();
	await whole.locator('summary').click();
	await expect(whole.locator('pre code')).toContainText('Get-CsTenantFederationConfiguration');
	await expect(whole.locator('[data-export-failed]')).toBeHidden();
});
