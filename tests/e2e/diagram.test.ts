import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { hydrateAll } from './hydrate';

// A shared, busy machine: hydration and the first model load can take a while.
test.describe.configure({ timeout: 90_000 });
const slow = expect.configure({ timeout: 30_000 });

test('the federation picture is in the static HTML, follows a toggle, and passes axe light and dark', async ({
	page,
	request,
}) => {
	const html = await (await request.get('/en/external-access/')).text();
	expect(html).toContain('data-diagram="federation"');
	expect(html).toMatch(/<li data-path="AtoB" data-outcome="allowed"/);

	await page.goto('/en/external-access/');
	await hydrateAll(page);
	const fig = page.locator('.sim-diagram');
	const ab = fig.locator('li[data-path="AtoB"]');
	await expect(ab).toHaveAttribute('data-outcome', 'allowed');

	// Contoso's user policy off: Adele can't chat with Fabrikam in either direction.
	await page.locator('[data-setting="userFederationAccess"][data-side="A"]').uncheck();
	await slow(ab).toHaveAttribute('data-outcome', 'pending');
	await page.getByRole('button', { name: 'Fast-forward: worst case' }).click();
	await slow(ab).toHaveAttribute('data-outcome', 'blocked');
	await expect(ab).toContainText('Decided by: User’s external access policy');
	await expect(fig.locator('.sim-diagram__path[data-outcome="blocked"] .sim-diagram__mark rect')).toHaveCount(
		2,
	);

	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		expect(await axeViolations(page, { include: '.sim-diagram' }), colorScheme).toEqual([]);
	}
});

test('the guest picture in Arabic runs right to left and marks the layer that stops the guest', async ({
	page,
}) => {
	await page.goto('/ar/guest-access/');
	await hydrateAll(page);
	const fig = page.locator('.sim-diagram');
	const svg = fig.locator('svg');
	await expect(svg).toHaveAttribute('direction', 'rtl');
	// The path runs down the right-hand side, next to the layers.
	const pathBox = await fig.locator('polyline').boundingBox();
	const layerBox = await fig.locator('.sim-diagram__box rect').first().boundingBox();
	expect(pathBox!.x).toBeGreaterThan(layerBox!.x + layerBox!.width);

	await page.locator('[data-setting="guestAccess"]').uncheck();
	const item = fig.locator('li');
	await slow(item).toHaveAttribute('data-outcome', /pending|blocked/);
	await expect(fig.locator('.sim-diagram__box[data-decisive]')).toHaveCount(1);
	await expect(fig.locator('.sim-diagram__box[data-decisive] text')).toHaveText('Teams');

	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await axeViolations(page, { include: '.sim-diagram' })).toEqual([]);
});
