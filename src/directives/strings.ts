/**
 * `client:strings="<url>"`: hydrates an island on the reader's first sign of intent (pointer over
 * it, focus in it, a touch or a key), or at once when it becomes visible with a simulator link in
 * the address (#sim=, #preset=, #puzzle=). Before hydrating it fetches the locale's strings file
 * and registers it (src/islands/page-strings.ts), so the strings travel once per locale in a
 * cached file, not in every page's HTML. Nothing of the island's code runs at page load.
 *
 * A click or a change that arrives before the island is live is held and replayed on the same
 * element once it is (hydration keeps the server's DOM nodes), so the first tap is never lost and
 * a control never disagrees with the results. If loading fails, the island is marked
 * `data-failed` and its note (hidden while all is well) says to reload.
 */
import type { ClientDirective } from 'astro';

const LINK = /^#(sim|preset|puzzle)=/;
const INTENT = ['pointerover', 'focusin', 'touchstart', 'keydown'];
const HELD = ['click', 'change'];

const stringsDirective: ClientDirective = (load, { value: url }, el) => {
	let started = false;
	let held: Event | undefined;
	const start = async () => {
		if (started) return;
		started = true;
		delete el.dataset['failed'];
		el.dataset['waking'] = '';
		try {
			const [strings, hydrate] = await Promise.all([
				fetch(url).then((r) => r.json() as Promise<unknown>),
				load(),
			]);
			((globalThis as { __ealStrings?: Record<string, unknown> }).__ealStrings ??= {})[url] = strings;
			await hydrate();
			for (const type of INTENT) el.removeEventListener(type, begin, true);
			for (const type of HELD) el.removeEventListener(type, hold, true);
			// The held click (or change) again, now that the same element has its handler.
			const target = held?.target as HTMLElement | undefined;
			if (held?.type === 'click') target?.click();
			else if (held) target?.dispatchEvent(new Event(held.type, { bubbles: true }));
		} catch {
			started = false;
			el.dataset['failed'] = '';
		} finally {
			delete el.dataset['waking'];
		}
	};
	const begin = () => void start();
	// Before the island is live a click or change does nothing the results could disagree with:
	// it is held (the last one only) and replayed once the island is live.
	const hold = (event: Event) => {
		event.preventDefault();
		event.stopImmediatePropagation();
		held = event;
		begin();
	};
	for (const type of INTENT) el.addEventListener(type, begin, { capture: true, passive: true });
	for (const type of HELD) el.addEventListener(type, hold, true);
	// A simulator link (#sim=…) is applied as soon as the island is in view, and when it changes.
	const io = new IntersectionObserver((entries) => {
		if (!entries.some((e) => e.isIntersecting) || !LINK.test(location.hash)) return;
		io.disconnect();
		begin();
	});
	for (const child of el.children) io.observe(child);
	addEventListener('hashchange', () => LINK.test(location.hash) && begin());
};

export default stringsDirective;
