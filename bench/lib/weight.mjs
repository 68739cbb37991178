// Bytes per page, as a first visit with an empty cache would load them: the HTML, its CSS and
// its JavaScript (inline scripts plus every module it references, followed through imports).
// Gzip is level 9 per file, like a static host's pre-compressed assets; a page's inline
// scripts are compressed together, as they are inside the HTML response.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { findImports, findScripts, findStyles } from './html.mjs';
import { fileForPath } from './site.mjs';

/** Raw and gzip byte counts of a string or buffer. */
export function sizeOf(content) {
	if (content === '') return { raw: 0, gzip: 0 };
	const buf = typeof content === 'string' ? Buffer.from(content) : content;
	return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

/** Adds byte counts. */
export function addSizes(...sizes) {
	return sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
}

/**
 * Follows module imports from `entries` (root-relative URLs). `eager` is what loads with the
 * page (static imports, transitively), `lazy` what only a dynamic `import()` reaches (and
 * everything that pulls in). Missing files are reported, not ignored, so a broken reference shows.
 */
export async function moduleGraph(dir, entries, extraLazy = [], cache = new Map()) {
	const missing = new Set();
	const walk = async (starts, skip, followDynamic) => {
		const seen = new Set();
		const dynamic = new Set(extraLazy);
		const queue = [...starts];
		while (queue.length) {
			const url = queue.shift();
			if (seen.has(url) || skip.has(url)) continue;
			const code = await readCached(dir, url, cache);
			if (code === undefined) {
				missing.add(url);
				continue;
			}
			seen.add(url);
			const found = findImports(code.toString('utf8'));
			for (const spec of found.static.filter(isLocal)) queue.push(resolveUrl(spec, url));
			for (const spec of found.dynamic.filter(isLocal))
				(followDynamic ? queue : { push: (u) => dynamic.add(u) }).push(resolveUrl(spec, url));
		}
		return { seen, dynamic };
	};
	const eager = await walk(entries, new Set(), false);
	const lazy = await walk([...eager.dynamic], eager.seen, true);
	return { eager: [...eager.seen], lazy: [...lazy.seen], missing: [...missing] };
}

/** Everything one page loads before interaction (`js`), and what its lazy imports would add (`jsLazy`). */
export async function measurePage(dir, page, cache = new Map()) {
	const html = await readFile(fileForPath(dir, page.path));
	const text = html.toString('utf8');
	const scripts = findScripts(text);
	const local = (specs) => specs.filter(isLocal).map((s) => resolveUrl(s, page.path));
	const inlineImports = scripts.inline.map((code) => findImports(code));
	const graph = await moduleGraph(
		dir,
		[...local(scripts.urls), ...inlineImports.flatMap((i) => local(i.static))],
		[...inlineImports.flatMap((i) => local(i.dynamic)), ...local(scripts.onIntent)],
		cache,
	);
	// What the reader's first interaction with a `client:strings` island loads (its static imports).
	const intent = await moduleGraph(dir, local(scripts.onIntent), [], cache);
	const intentModules = intent.eager.filter((u) => !graph.eager.includes(u));
	// What the first interaction anywhere loads on every page: the page tools (theme, language
	// picker, article tools), which the bootstrap imports by the URL in <body data-page-ui>.
	const tools = await moduleGraph(dir, local(scripts.tools), [], cache);
	const toolModules = tools.eager.filter((u) => !graph.eager.includes(u));
	const styles = findStyles(text);
	const cssUrls = local(styles.urls);
	const cssFiles = await Promise.all(cssUrls.map((u) => readCached(dir, u, cache)));
	const printUrls = local(styles.printUrls);
	const printFiles = await Promise.all(printUrls.map((u) => readCached(dir, u, cache)));
	const fileSizes = async (urls) =>
		Promise.all(urls.map(async (u) => sizeOf(await readCached(dir, u, cache))));
	return {
		path: page.path,
		hasIsland: /<astro-island[\s>]/.test(text),
		// Server-generated result lists and tables (troubleshooting cards, comparison table).
		hasGenerated: /class="trouble-card"|class="sim-table sim-compare"/.test(text),
		html: sizeOf(html),
		css: addSizes(...styles.inline.map(sizeOf), ...cssFiles.filter(Boolean).map(sizeOf)),
		printCss: addSizes(...printFiles.filter(Boolean).map(sizeOf)),
		// Inline scripts travel in the page's one gzip stream, so they are compressed together.
		js: addSizes(sizeOf(scripts.inline.join('\n')), ...(await fileSizes(graph.eager))),
		jsLazy: addSizes(...(await fileSizes(graph.lazy))),
		jsIntent: addSizes(...(await fileSizes(intentModules))),
		jsTools: addSizes(...(await fileSizes(toolModules))),
		modules: graph.eager,
		lazyModules: graph.lazy,
		inlineScripts: scripts.inline.length,
		// Identifies the set of inline scripts, so pages running the same code group together.
		inlineHash: createHash('sha1')
			.update([...scripts.inline].sort().join('\0'))
			.digest('hex')
			.slice(0, 8),
		missing: [
			...graph.missing,
			...tools.missing,
			...cssUrls.filter((_, i) => !cssFiles[i]),
			...printUrls.filter((_, i) => !printFiles[i]),
		],
	};
}

/** True for URLs served by this site (root- or page-relative), false for other origins and data:. */
export function isLocal(spec) {
	return !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(spec) && /^(\/|\.{1,2}\/)/.test(spec);
}

function resolveUrl(spec, base) {
	return new URL(spec, `http://site${base}`).pathname;
}

async function readCached(dir, url, cache) {
	if (!cache.has(url)) {
		const file = fileForPath(dir, url);
		cache.set(url, file ? readFile(file).catch(() => undefined) : Promise.resolve(undefined));
	}
	return cache.get(url);
}
