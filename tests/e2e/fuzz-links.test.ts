// Damaged share links in the browser: the link is one the app itself wrote (settings changed
// through the UI, then "copy link"), damaged in the ways links get damaged, and opened fresh.
// Each damaged link must bring up the link notice, with one line per problem the real codec
// reports for it in Node; nothing may throw, and the simulator must still answer a click. The bulk fuzzing (tens of thousands of cases, old
// versions, hostile JSON) is a unit test: tests/unit/model/codec-fuzz.test.ts.
//
// Replaces: the 5 "random, truncated and mutated #fragments" tests (their base fragment was never
// a real link, so decodeState never ran) and "changing the fragment on an open page never throws"
// (nothing listens to hashchange, so it could not fail). "a malformed link shows the notice and
// keeps what was valid" moved here from simulators.test.ts (one case per locale below).
import { expect, test, type Page } from '@playwright/test';
import { createDefaultState, decodeState, encodeState } from '../../src/model/index';
import { hydrateAll } from './hydrate';

const PATH = '/en/external-access/';

/** Opens `path#fragment` as a pasted link would arrive (a fresh load) and waits for the island. */
async function openLink(page: Page, path: string, fragment: string) {
	await page.goto('about:blank');
	await page.goto(`${path}#${fragment}`);
	await hydrateAll(page);
	return page.locator('.sim').first();
}

/** The outcome of every cell, as one string to compare. */
const outcomes = (page: Page) =>
	page
		.locator('.sim')
		.first()
		.locator('td[data-result]')
		.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-result')).join());

/**
 * The damage a shared link meets: each function turns the app's own link code into a damaged one.
 * Three kinds prove the page's handling (the codec's, its version check's and the sanitizer's);
 * every other kind (one character dropped or changed, text pasted on, a lone %) is fuzzed against
 * the same codec in tests/unit/model/codec-fuzz.test.ts, 20,000 cases in a second.
 */
const DAMAGE: Record<string, (code: string) => string> = {
	'cut short by a chat client': (code) => code.slice(0, Math.ceil(code.length * 0.6)),
	'from a newer version of the site': (code) => code.replace(/^v\d+\./, 'v999.'),
	'settings replaced by hostile JSON': (code) =>
		`${code.split('.')[0]}.${Buffer.from('{"__proto__":{"x":1},"a":{"s":{"ga":"<img src=x onerror=alert(1)>"}},"junk":1}').toString('base64url')}`,
};

const CASES = Object.entries(DAMAGE);
for (const batch of [CASES])
	test(`a link the app wrote, ${batch.map(([name]) => name).join('; ')}: the notice and a working simulator`, async ({
		page,
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(PATH);
		await hydrateAll(page);
		const sim = page.locator('.sim').first();
		// Change two settings through the UI, then let the app write its own link.
		await sim.locator('[data-setting="fedDomainMode"][data-side="B"]').selectOption('blockAll');
		await sim.locator('[data-setting="allowFederatedUsers"][data-side="A"]').click();
		await sim.locator('[data-action="copy-link"]').click();
		await expect(page).toHaveURL(/#sim=v\d+\.[A-Za-z0-9_-]+$/);
		const code = new URL(page.url()).hash.slice('#sim='.length);
		expect(decodeState(code).problems, 'the app’s own link decodes cleanly').toEqual([]);

		for (const [damage, mutate] of batch) {
			const fragment = `sim=${mutate(code)}`;
			const { problems } = decodeState(asLinkFragment(fragment).slice('sim='.length));
			const opened = await openLink(page, PATH, fragment);
			// Every damage here breaks the link; the notice lists what the codec could not use.
			const notice = opened.locator('[data-notice="link"]');
			await expect(notice, damage).toBeVisible();
			await expect(notice.locator('li'), damage).toHaveCount(Math.max(1, problems.length));
			// The simulator still works: a switch changes the results.
			const before = await outcomes(page);
			await opened
				.locator('[data-setting="guestAccess"], [data-setting="allowFederatedUsers"]')
				.first()
				.click();
			await expect.poll(() => outcomes(page), { message: damage }).not.toBe(before);
			expect(errors, damage).toEqual([]);
		}
		// The hostile payload's "__proto__" did not reach Object.prototype.
		expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>)['x'])).toBeUndefined();
	});

for (const [locale, word] of [
	['en', 'junk'],
	['ar', 'junk'],
] as const) {
	test(`${locale}: a link with an unknown field keeps the valid settings and names the field in the notice`, async ({
		page,
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		const code = encodeLike({ a: { s: { fm: 0 } }, junk: 1 });
		const sim = await openLink(page, `/${locale}/chat-with-external-users/`, `sim=${code}`);
		const notice = sim.locator('[data-notice="link"]');
		await expect(notice).toContainText(word);
		// The notice is in the page's language, not English.
		if (locale === 'ar') await expect(notice).toContainText(/[\u0600-\u06ff]/);
		await expect(sim.locator('[data-setting="allowFederatedUsers"]').first()).not.toBeChecked();
		expect(errors).toEqual([]);
	});
}

/** A link code with the codec's current version prefix around a hand-written JSON payload. */
function encodeLike(json: unknown): string {
	const version = encodeState(createDefaultState()).split('.')[0];
	return `${version}.${Buffer.from(JSON.stringify(json)).toString('base64url')}`;
}

/** What the page reads from `#fragment`: percent-decoded, or raw when an escape is broken (as the islands do). */
function asLinkFragment(fragment: string): string {
	try {
		return decodeURIComponent(fragment);
	} catch {
		return fragment;
	}
}
