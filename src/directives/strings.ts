/**
 * `client:strings="<url>"`: hydrates an island once it is visible, like `client:visible`, but
 * first fetches its strings file and registers it (src/islands/page-strings.ts), so the strings
 * travel once per locale in a cached file instead of in every page's HTML. If the fetch fails
 * (offline before the language was saved), the island stays static and its note says to reload.
 */
import type { ClientDirective } from 'astro';

const stringsDirective: ClientDirective = (load, { value: url }, el) => {
	const start = async () => {
		try {
			const [strings, hydrate] = await Promise.all([
				fetch(url).then((r) => r.json() as Promise<unknown>),
				load(),
			]);
			((globalThis as { __ealStrings?: Record<string, unknown> }).__ealStrings ??= {})[url] =
				strings;
			await hydrate();
		} catch {
			// The static render stays, with its note.
		}
	};
	const io = new IntersectionObserver((entries) => {
		if (!entries.some((e) => e.isIntersecting)) return;
		io.disconnect();
		void start();
	});
	for (const child of el.children) io.observe(child);
};

export default stringsDirective;
