// Toggle latency as a reader feels it: from a click on a setting to the next frame painted
// after the results changed, over many toggles, on the desktop CPU and with Chromium's 4× CPU
// throttling. Each run also times a fixed script workload in the same page and at the same
// throttle, so a figure can be read as a ratio when the machine is busy.
import { CHROMIUM_FLAGS } from './chromium.mjs';

/** A fixed amount of work (string building and sorting) whose time is the reference unit. */
function referenceWork() {
	const started = performance.now();
	let rows = [];
	for (let i = 0; i < 20000; i++) rows.push(`row-${(i * 7919) % 20000}-${i.toString(36)}`);
	rows.sort();
	rows = rows.map((r) => r.toUpperCase());
	return performance.now() - started + (rows.length === 0 ? 1 : 0);
}

// Runs in the page: toggles the first setting control and resolves with the ms until the first
// animation frame after a result changed (so style and layout are included), or null.
function toggleToFrame() {
	return new Promise((resolve) => {
		const results = () => [...document.querySelectorAll('[data-result]')].map((c) => c.outerHTML).join('\n');
		const host = document.querySelector('[data-setting]');
		const control = host?.matches('input, button, select')
			? host
			: host?.querySelector('input, button, select');
		if (!control) return resolve(null);
		const before = results();
		let started = 0;
		const observer = new MutationObserver(() => {
			if (results() === before) return;
			observer.disconnect();
			requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
		});
		observer.observe(document.body, {
			subtree: true,
			childList: true,
			attributes: true,
			characterData: true,
		});
		setTimeout(() => (observer.disconnect(), resolve(null)), 5000);
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

const median = (values) => {
	const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
	return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
};

/**
 * Median toggle → painted result over `rounds` toggles (the first, which loads the model, is
 * reported apart), at CPU throttle 1 and 4. Undefined when the page has no setting control.
 */
export async function timeToggleFrames(browser, url, rounds = 21) {
	const out = {};
	for (const rate of [1, 4]) {
		const context = await browser.newContext();
		try {
			const page = await context.newPage();
			await page.goto(url, { waitUntil: 'networkidle' });
			if (!(await page.locator('[data-setting]').count())) return undefined;
			// The island hydrates on the reader's first pointer over it (src/directives/strings.ts).
			await page.locator('[data-setting]').first().scrollIntoViewIfNeeded();
			await page
				.locator('.sim')
				.first()
				.hover({ position: { x: 2, y: 2 } });
			await page
				.locator('astro-island[ssr]')
				.first()
				.waitFor({ state: 'detached', timeout: 15_000 })
				.catch(() => {});
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate });
			const first = await page.evaluate(toggleToFrame);
			const times = [];
			for (let i = 0; i < rounds; i++) times.push(await page.evaluate(toggleToFrame));
			const reference = median(await Promise.all([0, 1, 2, 3, 4].map(() => page.evaluate(referenceWork))));
			const m = median(times);
			out[`x${rate}`] = {
				firstMs: first,
				medianMs: m,
				rounds: times.filter((t) => t !== null).length,
				referenceMs: reference,
				ratio: m !== null && reference ? m / reference : null,
			};
		} finally {
			await context.close();
		}
	}
	return out;
}

export { CHROMIUM_FLAGS };
