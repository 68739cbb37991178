// Figures that need a real browser: time to first Pagefind results, the JavaScript a search
// open and a first query fetch, and the simulator's toggle-to-update time. Each figure starts
// in a fresh browser context (empty cache) against the build served on 127.0.0.1.
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_FLAGS } from './chromium.mjs';
import { fileForPath } from './site.mjs';
import { addSizes, sizeOf } from './weight.mjs';
import { readFile } from 'node:fs/promises';

/** Starts Chromium; undefined when none is installed (figures then print "n/a"). */
export async function launchChromium() {
	const executablePath = chromiumPath();
	return executablePath ? chromium.launch({ executablePath, args: CHROMIUM_FLAGS }) : undefined;
}

/**
 * Pagefind through its JS API on `url`: cold (import, WebAssembly, index, first fragment) and
 * warm (a second query) in ms, with the result count. The term comes from the page's own h1.
 */
export async function timeSearch(browser, url) {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'load' });
		return await page.evaluate(async () => {
			const words = (document.querySelector('h1')?.textContent ?? '').split(/[\s\p{P}]+/u);
			// Space-separated scripts: a long word; CJK and the like: the heading's first two characters.
			const term =
				words.filter((w) => w.length >= 4).sort((a, b) => b.length - a.length)[0] ??
				words.join('').slice(0, 2);
			const started = performance.now();
			const pf = await import('/pagefind/pagefind.js');
			const first = await pf.search(term);
			await first.results[0]?.data();
			const cold = performance.now() - started;
			const again = performance.now();
			const second = await pf.search(term.slice(0, Math.max(2, term.length - 1)));
			await second.results[0]?.data();
			return { term, results: first.results.length, coldMs: cold, warmMs: performance.now() - again };
		});
	} finally {
		await context.close();
	}
}

/**
 * First results the way a reader gets them: the pointer reaches the search button (intent: the
 * dialog code and Pagefind start loading), the dialog opens, and typing starts `pauseMs` later,
 * one key every 60 ms; the figure is the ms from the last keystroke until the results for the
 * whole term are shown, which includes the dialog's 120 ms wait for more typing. The term is the
 * page heading's longest word.
 */
export async function timeSearchAfterIntent(browser, url, pauseMs = 400) {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'load' });
		const button = page.locator('[data-search-open]');
		if (!(await button.isVisible())) return undefined;
		const term = await page.evaluate(() => {
			const words = (document.querySelector('h1')?.textContent ?? '').split(/[\s\p{P}]+/u);
			return (
				words.filter((w) => w.length >= 4).sort((a, b) => b.length - a.length)[0] ??
				words.join('').slice(0, 2)
			);
		});
		await button.hover();
		await button.click();
		await page.waitForTimeout(pauseMs);
		const chars = [...term];
		await page.keyboard.type(chars.slice(0, -1).join(''), { delay: 60 });
		await page.waitForTimeout(60);
		const started = Date.now();
		await page.keyboard.type(chars.at(-1) ?? '');
		// The status line names the query it answers, so results for a prefix do not count.
		await page.locator('[data-search-status]').filter({ hasText: term }).waitFor({ timeout: 10_000 });
		await page.locator('dialog .search__page').first().waitFor({ timeout: 10_000 });
		return { term, ms: Date.now() - started, pauseMs };
	} finally {
		await context.close();
	}
}

/**
 * What opening search costs on `url`: the JavaScript fetched after clicking `[data-search-open]`,
 * and everything (JS, WebAssembly, index) after typing a first query. Undefined when the page
 * has no search button yet.
 */
export async function measureSearchOpen(browser, url, dir) {
	const context = await browser.newContext();
	try {
		const fetched = [];
		// Context-wide, so the search worker's own fetches (WebAssembly, index) are counted too.
		context.on('requestfinished', (req) => fetched.push(new URL(req.url()).pathname));
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'networkidle' });
		const button = page.locator('[data-search-open]').first();
		if (!(await button.count())) return undefined;
		const before = fetched.length;
		await button.click();
		await page.waitForLoadState('networkidle');
		const afterOpen = fetched.slice(before);
		const input = page.locator('dialog[open] input[type="search"], [role="search"] input').first();
		let afterQuery = [];
		if (await input.count()) {
			const mark = fetched.length;
			const h1 = (await page.locator('h1').first().textContent()) ?? 'a';
			await input.fill(h1.split(/\s+/).find((w) => w.length >= 4) ?? h1.slice(0, 2));
			await page.waitForTimeout(300);
			await page.waitForLoadState('networkidle');
			afterQuery = fetched.slice(mark);
		}
		return {
			openJs: await sizesOf(dir, afterOpen.filter(isJs)),
			queryJs: await sizesOf(dir, [...afterOpen, ...afterQuery].filter(isJs)),
			queryAll: await sizesOf(dir, [...afterOpen, ...afterQuery]),
		};
	} finally {
		await context.close();
	}
}

/**
 * Median ms from a click on the first `[data-setting]` control to a change in any `[data-result]`
 * element, over `rounds` clicks; undefined when the page has no such control.
 */
export async function timeToggle(browser, url, rounds = 5) {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'networkidle' });
		if (!(await page.locator('[data-setting]').count())) return undefined;
		// The islands hydrate on the first pointer over them; the timing starts once they are live.
		await page
			.locator('.sim')
			.first()
			.hover({ position: { x: 2, y: 2 } });
		await page
			.locator('astro-island[ssr]')
			.first()
			.waitFor({ state: 'detached', timeout: 10_000 })
			.catch(() => {});
		const times = [];
		for (let i = 0; i < rounds; i++) times.push(await page.evaluate(toggleOnce));
		const valid = times.filter((t) => t !== null).sort((a, b) => a - b);
		return { medianMs: valid[Math.floor(valid.length / 2)] ?? null, rounds: valid.length, of: rounds };
	} finally {
		await context.close();
	}
}

// Runs in the page: changes the first setting and resolves with the ms until a result changes.
function toggleOnce() {
	return new Promise((resolve) => {
		const cells = () => [...document.querySelectorAll('[data-result]')].map((c) => c.outerHTML).join('\n');
		const host = document.querySelector('[data-setting]');
		const control = host?.matches('input, button, select')
			? host
			: host?.querySelector('input, button, select');
		if (!control) return resolve(null);
		const before = cells();
		let started = 0;
		const observer = new MutationObserver(() => {
			if (cells() === before) return;
			observer.disconnect();
			resolve(performance.now() - started);
		});
		observer.observe(document.body, {
			subtree: true,
			childList: true,
			attributes: true,
			characterData: true,
		});
		setTimeout(() => (observer.disconnect(), resolve(null)), 3000);
		started = performance.now();
		if (control instanceof HTMLSelectElement) {
			control.selectedIndex = (control.selectedIndex + 1) % Math.max(1, control.options.length);
			control.dispatchEvent(new Event('input', { bubbles: true }));
			control.dispatchEvent(new Event('change', { bubbles: true }));
		} else {
			control.click();
		}
	});
}

function isJs(path) {
	return /\.m?js$/.test(path);
}

async function sizesOf(dir, paths) {
	const files = await Promise.all(
		[...new Set(paths)].map((p) => readFile(fileForPath(dir, p) ?? '').catch(() => undefined)),
	);
	return { ...addSizes(...files.filter(Boolean).map(sizeOf)), files: files.filter(Boolean).length };
}
