// Small, dependency-free readers for the HTML and JS that Astro emits. They use regular
// expressions on purpose: the input is our own minified build output, not arbitrary HTML,
// and the quality gates must not pull in a parser dependency.

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

/**
 * Decodes the few character references Astro writes into attribute values.
 * @param {string} value
 * @returns {string}
 */
export function decodeEntities(value) {
	return value.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name) => ENTITIES[name]);
}

/**
 * Attributes of one start tag's attribute text as a Map (lowercase names, decoded values; bare attributes map to '').
 * @param {string} text
 * @returns {Map<string, string>}
 */
export function parseAttributes(text) {
	const attrs = new Map();
	const re = /([^\s"'<>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
	for (const m of text.matchAll(re)) {
		attrs.set(m[1].toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
	}
	return attrs;
}

// One start tag: its name and attribute text; quoted values may contain '>' (island props do).
const START_TAG =
	/<([a-z][\w:-]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi;

/**
 * Every start tag as { name, attrs }, in document order, ignoring comments and script/style text.
 * @param {string} html
 * @returns {{ name: string, attrs: Map<string, string> }[]}
 */
export function startTags(html) {
	return [...markupOnly(html).matchAll(START_TAG)].map((m) => ({
		name: m[1].toLowerCase(),
		attrs: parseAttributes(m[2]),
	}));
}

/**
 * The attributes of every start tag named `tag` (e.g. 'a', 'link'), in document order.
 * @param {string} html
 * @param {string} tag
 * @returns {Map<string, string>[]}
 */
export function findTags(html, tag) {
	return startTags(html)
		.filter((t) => t.name === tag)
		.map((t) => t.attrs);
}

// Script types that hold data, not code: they are neither executed nor counted as JavaScript.
const CODE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * The scripts a page runs: inline code (text) and external `src` URLs, plus the URLs that
 * Astro's island runtime imports from `<astro-island>` attributes and any modulepreload links.
 * `onIntent` are the modules of islands that hydrate on the reader's first interaction
 * (`client:strings`, src/directives/strings.ts): nothing of theirs loads with the page.
 * `tools` is the page tools module (`<body data-page-ui>`), which the page's bootstrap
 * (src/lazy/page-boot.ts) loads on the first interaction anywhere on the page.
 * @param {string} html
 * @returns {{ inline: string[], urls: string[], onIntent: string[], tools: string[] }}
 */
export function findScripts(html) {
	const clean = stripComments(html);
	const inline = [];
	const urls = [];
	for (const m of clean.matchAll(/<script(?=[\s>])([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const attrs = parseAttributes(m[1]);
		if (!CODE_TYPES.has((attrs.get('type') ?? '').toLowerCase())) continue;
		if (attrs.has('src')) urls.push(attrs.get('src'));
		else if (m[2].trim()) inline.push(m[2]);
	}
	const onIntent = [];
	for (const attrs of findTags(html, 'astro-island')) {
		for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
			if (attrs.get(name)) (attrs.get('client') === 'strings' ? onIntent : urls).push(attrs.get(name));
		}
	}
	for (const attrs of findTags(html, 'link')) {
		if (/\bmodulepreload\b/i.test(attrs.get('rel') ?? '') && attrs.get('href')) urls.push(attrs.get('href'));
	}
	const tools = findTags(html, 'body')
		.map((attrs) => attrs.get('data-page-ui'))
		.filter(Boolean);
	return { inline, urls: [...new Set(urls)], onIntent: [...new Set(onIntent)], tools };
}

/**
 * The stylesheets a page applies on screen: inline `<style>` text and `<link rel="stylesheet">`
 * URLs; `printUrls` are the ones linked with `media="print"` (fetched at low priority, never
 * blocking the first render).
 * @param {string} html
 * @returns {{ inline: string[], urls: string[], printUrls: string[] }}
 */
export function findStyles(html) {
	const clean = stripComments(html);
	const inline = [...clean.matchAll(/<style(?=[\s>])[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
	const links = findTags(html, 'link').filter(
		(a) => /\bstylesheet\b/i.test(a.get('rel') ?? '') && a.get('href'),
	);
	const isPrint = (a) => /^\s*print\s*$/i.test(a.get('media') ?? '');
	return {
		inline,
		urls: links.filter((a) => !isPrint(a)).map((a) => a.get('href')),
		printUrls: links.filter(isPrint).map((a) => a.get('href')),
	};
}

const HREF_TAGS = new Set(['a', 'link', 'area', 'use']);

/**
 * Every `href` in the document (a, link, area, SVG use) with the tag and `rel` it sits on.
 * @param {string} html
 * @returns {{ tag: string, href: string, rel: string }[]}
 */
export function findHrefs(html) {
	const out = [];
	for (const { name, attrs } of startTags(html)) {
		const href = attrs.get('href') ?? attrs.get('xlink:href');
		if (HREF_TAGS.has(name) && href !== undefined) out.push({ tag: name, href, rel: attrs.get('rel') ?? '' });
	}
	return out;
}

const SRC_TAGS = new Set(['script', 'img', 'iframe', 'source', 'audio', 'video', 'track', 'embed']);

/**
 * Every `src` attribute on elements that load a resource, with the tag it sits on.
 * @param {string} html
 * @returns {{ tag: string, href: string }[]}
 */
export function findSrcs(html) {
	return startTags(html)
		.filter((t) => SRC_TAGS.has(t.name) && t.attrs.get('src'))
		.map((t) => ({ tag: t.name, href: t.attrs.get('src'), rel: '' }));
}

/**
 * Every fragment target in a document: `id` values and the `name` of `<a>` elements.
 * @param {string} html
 * @returns {Set<string>}
 */
export function findIds(html) {
	const ids = new Set();
	for (const { name, attrs } of startTags(html)) {
		if (attrs.get('id')) ids.add(attrs.get('id'));
		if (name === 'a' && attrs.get('name')) ids.add(attrs.get('name'));
	}
	return ids;
}

/**
 * Module specifiers in minified JS: `static` from import/export-from statements and bare
 * `import "x"`, `dynamic` from `import("x")` with a string literal (loaded later, on demand).
 */
export function findImports(code) {
	const statics = new Set();
	const dynamics = new Set();
	for (const m of code.matchAll(/\b(?:import|export)\b[^"'`;()]*?\bfrom\s*(["'])([^"']+)\1/g))
		statics.add(m[2]);
	for (const m of code.matchAll(/\bimport\s*(["'])([^"']+)\1/g)) statics.add(m[2]);
	for (const m of code.matchAll(/\bimport\s*\(\s*(["'`])([^"'`$]+)\1\s*\)/g)) dynamics.add(m[2]);
	return { static: [...statics], dynamic: [...dynamics] };
}

function stripComments(html) {
	return html.replace(/<!--[\s\S]*?-->/g, '');
}

// Markup without comments and without the text inside script and style elements, so that
// strings in code (e.g. '<a href=…>' in a template) are not read as links or ids.
function markupOnly(html) {
	return stripComments(html).replace(/(<(script|style)(?=[\s>])[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3');
}
