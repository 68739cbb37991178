// axe in the browser, batched: one test (one browser context) per locale × group of pages,
// several pages per test, over every template in en, ar (RTL) and ja (CJK); each loaded page (and
// each state) is checked in the light theme, then switched live to the dark theme for the colour
// rules (one page load for both themes; axe runs in the page, tests/e2e/axe.ts). It checks what only a browser shows: colour contrast, target sizes, scrolling regions,
// and the DOM the islands render after hydration and in each state that adds DOM (a change with
// the reason trace open and the explorer's "more capabilities" fold opened, presenter, predict
// first marked and revealed, a puzzle, search).
//
// Where the checks of the earlier per-page × locale × theme tests went:
// - a11y-sweep.test.ts, one test per page (82) and per dark page (50): every page of every
//   locale gets axe's structural rules in tests/built/axe.test.ts (happy-dom, no browser);
//   colour and layout rules run here over every template in en, ar (RTL) and ja (CJK), light
//   and dark. "The sweep covers every published locale" is now tests/built/head.test.ts, which
//   reads the locale registry instead of the pages it checks.
// - foundation.test.ts, locales.test.ts, troubleshooting.test.ts: their per-page axe runs
//   (sv/en article, ar/ja every page, sv/en troubleshooting and workshop, the 404 pages, the root
//   list) are the template runs below plus tests/built/axe.test.ts for the other locales.
// - simulators.test.ts "has no axe violations after hydration and a change" (sv, en, ar × 4
//   pages): the simulator-page runs below (a change, a trace open, every rule, en/ar/ja).
// - search.test.ts "the open dialog has no axe violations" (5 locales) and the axe runs inside
//   practice.test.ts: the state runs below (en, ar, ja; colour rules also in the dark theme).
import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PUBLISHED_LOCALES } from '../../src/i18n/locales';
import { axeViolations } from './axe';
import { hydrateAll } from './hydrate';
import { offOrigin, watch } from './watch';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/**
 * The rules that need a rendering engine. Whole pages get only these: every other rule runs on
 * every page's static HTML in tests/built/axe.test.ts, and on the DOM the islands change in the
 * state test below (all rules). Running everything on every page here took 2.5 s per page.
 */
const LAYOUT_RULES = ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable'];
const LOCALES = ['en', 'ar', 'ja'].filter((code) => PUBLISHED_LOCALES.some((l) => l.code === code));

/** Every page template: the English content slugs (the same in every locale) and a missing page. */
const slugs = readdirSync('content/en')
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => f.replace(/\.mdx$/, ''))
	.map((s) => (s === 'index' ? '' : `${s}/`));
const SIMULATOR_SLUGS = [
	'external-access/',
	'guest-access/',
	'chat-with-external-users/',
	'external-vs-guest-access/',
].filter((s) => slugs.includes(s));
const TEXT_SLUGS = [...slugs.filter((s) => !SIMULATOR_SLUGS.includes(s)), 'no-such-page/'];

const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe's violations in the page's current state (`layout`, `colour`, `structure` or `all` rules), on `selector` or the whole page. */
function axe(
	page: Page,
	selector?: string,
	rules: 'layout' | 'colour' | 'structure' | 'all' = 'layout',
): Promise<string[]> {
	const include = selector === undefined ? {} : { include: selector };
	if (rules === 'all') return axeViolations(page, { ...include, tags: TAGS });
	if (rules === 'structure') return axeViolations(page, { ...include, tags: TAGS, disable: LAYOUT_RULES });
	return axeViolations(page, { ...include, rules: rules === 'layout' ? LAYOUT_RULES : COLOUR_RULES });
}

// A changed cell's 1.2 s flash would make axe wait (tests/e2e/axe.ts); the colours that stay are
// the same with reduced motion, which skips it.
test.use({ reducedMotion: 'reduce' });

/**
 * Runs `light` in the light theme, then switches the same page to the dark theme (the colours
 * follow prefers-color-scheme live) for the colour rules, and back. One page load serves both
 * themes: loading and hydrating cost more than axe does.
 */
async function bothThemes(page: Page, light: () => Promise<string[]>, selector?: string): Promise<string[]> {
	const found = (await light()).map((v) => `light: ${v}`);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
	// A colour judged in the middle of the switch (seen twice in 2026-12, on the ar footer date)
	// is judged again after a pause; only what both runs find is reported.
	let dark = await axe(page, selector, 'colour');
	if (dark.length) {
		await page.waitForTimeout(300);
		const again = new Set(await axe(page, selector, 'colour'));
		dark = dark.filter((v) => again.has(v));
	}
	found.push(...dark.map((v) => `dark: ${v}`));
	await page.emulateMedia({ colorScheme: 'light' });
	return found;
}

for (const locale of LOCALES) {
	test.describe(`${locale}, light and dark themes`, () => {
		test.use({ colorScheme: 'light' });

		test('the text pages pass axe’s layout and colour rules, with no CSP violation or off-site request', async ({
			page,
			baseURL,
		}) => {
			const csp = await watch(page);
			const found: string[] = [];
			for (const slug of TEXT_SLUGS) {
				const path = `/${locale}/${slug}`;
				const response = await page.goto(path);
				expect(response?.status(), path).toBe(slug === 'no-such-page/' ? 404 : 200);
				// Islands on text pages (the import panel) run too, so the CSP sees their code.
				await hydrateAll(page);
				found.push(...(await bothThemes(page, () => axe(page))).map((v) => `${path}: ${v}`));
				found.push(...(await csp.violations()).map((v) => `${path}: CSP: ${v}`));
			}
			expect(found).toEqual([]);
			expect(offOrigin(csp.requests, new URL(baseURL ?? '').origin)).toEqual([]);
			expect(csp.requests.length).toBeGreaterThan(TEXT_SLUGS.length);
		});

		// Light: the layout rules on the page, and the structural rules on the islands' DOM (which
		// replaced the static markup that tests/built checked). Dark: the colour rules.
		for (const [first, second] of [SIMULATOR_SLUGS.slice(0, 2), SIMULATOR_SLUGS.slice(2)])
			test(`${first} and ${second}, hydrated, after a change and with a reason trace open, pass axe and the CSP`, async ({
				page,
				baseURL,
			}) => {
				// The run-time CSP check: the engine chunk a first click loads, the trace, the diagram.
				const csp = await watch(page);
				const found: string[] = [];
				for (const slug of [first, second].filter((x) => x !== undefined)) {
					const path = `/${locale}/${slug}`;
					await page.goto(path);
					await hydrateAll(page);
					const sim = page.locator('astro-island .sim').first();
					const island = (await sim.count()) > 0;
					if (island) {
						await sim.locator('input[role="switch"][data-setting]').first().click();
						await sim.locator('td[data-result] button').first().click();
						await expect(sim.locator('.sim-trace'), path).toBeVisible();
						// The explorer's "more capabilities" table exists only once opened (parts/Fold.tsx).
						const more = sim.locator('.sim-results details.sim-more');
						if ((await more.count()) > 0) {
							await more.locator('summary').click();
							await expect(more.locator('table'), path).toBeVisible();
						}
					}
					const light = async () => [
						...(await axe(page)),
						...(island ? (await axe(page, '.sim-host', 'structure')).map((v) => `island: ${v}`) : []),
					];
					found.push(...(await bothThemes(page, light)).map((v) => `${path}: ${v}`));
					found.push(...(await csp.violations()).map((v) => `${path}: CSP: ${v}`));
				}
				expect(found).toEqual([]);
				expect(offOrigin(csp.requests, new URL(baseURL ?? '').origin)).toEqual([]);
			});

		// The practice and presenter states, and the search dialog: every rule in the light theme,
		// the colour rules in the dark one (structure does not change with the theme).
		const open = async (page: Page) => {
			await page.goto(`/${locale}/external-access/`);
			await hydrateAll(page);
			// Presenter, predict first and puzzles are among the trainer tools, behind one disclosure.
			await page.locator('.sim-trainer > summary').first().click();
			return page.locator('.sim').first();
		};
		const checker = (page: Page, found: string[]) => async (state: string, selector: string) =>
			found.push(
				...(await bothThemes(page, () => axe(page, selector, 'all'), selector)).map((v) => `${state}: ${v}`),
			);

		test('presenter mode and predict first (marked, then revealed) have no axe violations', async ({
			page,
		}) => {
			const found: string[] = [];
			const check = checker(page, found);
			const sim = await open(page);
			await sim.locator('[data-action="presenter"]').click();
			await expect(sim).toHaveAttribute('data-presenter', '');
			await check('presenter', '.sim');
			await page.keyboard.press('Escape');
			await expect(sim).not.toHaveAttribute('data-presenter', '');

			await sim.locator('[data-action="predict"]').click();
			await sim.locator('td[data-result] button').first().click();
			await expect(sim.locator('td[data-result] button[aria-pressed="true"]')).toHaveCount(1);
			await check('predict, marked', '.sim');
			await sim.locator('[data-setting="allowFederatedUsers"][data-side="A"]').click();
			await sim.locator('[data-action="reveal"]').click();
			await expect(sim.locator('td[data-verdict]').first()).toBeAttached();
			await check('predict, revealed', '.sim');
			expect(found).toEqual([]);
		});

		test('a running puzzle and the search dialog with results have no axe violations', async ({ page }) => {
			const found: string[] = [];
			const check = checker(page, found);
			const sim = await open(page);
			await sim.locator('[data-action="puzzle-start"]').click();
			await expect(sim).toHaveAttribute('data-puzzle', 'playing');
			await check('puzzle', '.sim');

			await page.keyboard.press('Control+k');
			const dialog = page.locator('dialog[data-search-dialog]');
			await expect(dialog).toBeVisible();
			await page.locator('#search-input').fill('Teams');
			await expect(dialog.locator('.search__page').first()).toBeVisible();
			await check('search dialog', 'dialog[data-search-dialog]');
			expect(found).toEqual([]);
		});
	});
}

test('the root language list (as seen without JavaScript) has no axe violations', async ({ page }) => {
	// Strip the redirect script so axe sees the list a visitor without JavaScript gets.
	await page.route('**/', async (route) => {
		const response = await route.fetch();
		const body = (await response.text()).replace(/<script type="module">[\s\S]*?<\/script>/g, '');
		await route.fulfill({ response, body });
	});
	await page.goto('/');
	await expect(page.locator('a[data-locale]').first()).toBeVisible();
	expect(await axe(page, undefined, 'all')).toEqual([]);
});
