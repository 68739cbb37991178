// Inserted by scripts/build-page-scripts.mjs where Astro's island runtime was inline: the runtime
// now loads deferred from a cached file, and until it defines <astro-island> no island's
// directive (src/directives/strings.ts) is there to hold a click. Until then this holds the last
// click or change inside an island (a switch keeps its state, so it never disagrees with the
// results), shows the island's loading note, and hands the event on once the runtime is there:
// the directive then wakes the island and replays it.
(() => {
	if (customElements.get('astro-island')) return;
	let held;
	const types = ['click', 'change'];
	const hold = (event) => {
		const island = event.target.closest?.('astro-island');
		if (!island) return;
		event.preventDefault();
		event.stopImmediatePropagation();
		island.dataset.waking = '';
		held = event;
	};
	for (const type of types) addEventListener(type, hold, true);
	void customElements.whenDefined('astro-island').then(() => {
		for (const type of types) removeEventListener(type, hold, true);
		if (held?.type === 'click') held.target.click();
		else held?.target.dispatchEvent(new Event(held.type, { bubbles: true }));
	});
})();
