// Groups measured pages into "templates": pages that load the same scripts. A simulator page
// (one with an <astro-island>) and a plain article differ; so does a fallback page that adds a
// small inline script. Sizes per template are the largest page in it, the figure budgets need.
import { addSizes } from './weight.mjs';

/**
 * Template rows: { name, kind, pages, example, js, jsLazy, jsFirstInteraction, html, css }, sizes
 * being the template's largest page. `jsFirstInteraction` is what the reader's first pointer,
 * key, focus or scroll loads: the page tools, and on a simulator page the island's code too.
 */
export function groupTemplates(measured) {
	const groups = new Map();
	for (const m of measured) {
		const key = `${m.hasIsland}|${m.modules.join(',')}|${m.inlineHash}`;
		groups.set(key, [...(groups.get(key) ?? []), m]);
	}
	const kindCount = new Map();
	return [...groups.values()]
		.sort((a, b) => Number(b[0].hasIsland) - Number(a[0].hasIsland) || b.length - a.length)
		.map((pages) => {
			const kind = pages[0].hasIsland ? 'simulator' : 'plain';
			const n = (kindCount.get(kind) ?? 0) + 1;
			kindCount.set(kind, n);
			return {
				name: `${kind} ${n}`,
				kind,
				pages: pages.length,
				example: pages.map((p) => p.path).sort()[0],
				js: maxBy(pages, (p) => p.js),
				jsLazy: maxBy(pages, (p) => p.jsLazy),
				jsFirstInteraction: maxBy(pages, (p) =>
					addSizes(p.jsIntent ?? { raw: 0, gzip: 0 }, p.jsTools ?? { raw: 0, gzip: 0 }),
				),
				html: maxBy(pages, (p) => p.html),
				css: maxBy(pages, (p) => p.css),
			};
		});
}

/** Sum of sizes over pages, e.g. the whole site's HTML. */
export function totalOf(measured, pick) {
	return addSizes(...measured.map(pick));
}

function maxBy(pages, pick) {
	return pages.map(pick).reduce((a, b) => (b.gzip > a.gzip ? b : a), { raw: 0, gzip: 0 });
}
