// Stable heading ids across locales. A translated page's headings get the ids of the English
// page's headings at the same position, so /sv/x/#id and /en/x/#id name the same section. The
// id a heading would have had from its own text stays reachable as an alias anchor, so links
// shared before this change keep working. When the structures differ (count or depth), the
// page keeps its own ids and `scripts/check-links.mjs` reports the mismatch.
import { readFileSync, existsSync } from 'node:fs';
import GithubSlugger from 'github-slugger';

/** The locale and slug of a content file (`…/content/<locale>/<slug>.mdx`), or undefined. */
export function contentRef(path) {
	const match = /[\\/]content[\\/]([a-z]{2,3}(?:-[A-Za-z]+)?)[\\/]([^\\/]+)\.mdx?$/.exec(path);
	return match ? { locale: match[1], slug: match[2], root: path.slice(0, match.index) } : undefined;
}

/** Plain text of a Markdown heading line: code spans, emphasis and links reduced to their text. */
export function headingText(markdown) {
	return markdown
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
		.replace(/\s+#+\s*$/, '')
		.trim();
}

/** Headings (depth 2–6) of a Markdown/MDX source in order, skipping fenced code. */
export function sourceHeadings(source) {
	const out = [];
	let fence;
	for (const line of source.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n')) {
		const f = /^\s*(```+|~~~+)/.exec(line);
		if (f) {
			if (!fence) fence = f[1];
			else if (line.trim().startsWith(fence)) fence = undefined;
			continue;
		}
		if (fence) continue;
		const h = /^(#{2,6})\s+(.+)$/.exec(line);
		if (h) out.push({ depth: h[1].length, text: headingText(h[2]) });
	}
	return out;
}

/** Slugs for a list of headings, as Astro makes them (github-slugger, numbered repeats). */
export function slugsFor(headings) {
	const slugger = new GithubSlugger();
	return headings.map((h) => slugger.slug(h.text));
}

/** The English ids to use for a translated page's headings, or undefined when they do not line up. */
export function stableIds(localSource, englishSource) {
	const local = sourceHeadings(localSource);
	const english = sourceHeadings(englishSource);
	if (local.length !== english.length || local.some((h, i) => h.depth !== english[i]?.depth))
		return undefined;
	return slugsFor(english);
}

/**
 * For the page `content/<locale>/<slug>.mdx` under `root`: each heading's own (localized) slug
 * mapped to its stable id. Empty for English pages, missing files and mismatched structures.
 */
export function stableIdMap(root, locale, slug) {
	if (locale === 'en') return new Map();
	const localPath = `${root}/content/${locale}/${slug}.mdx`;
	const englishPath = `${root}/content/en/${slug}.mdx`;
	if (!existsSync(localPath) || !existsSync(englishPath)) return new Map();
	const localSource = readFileSync(localPath, 'utf8');
	const ids = stableIds(localSource, readFileSync(englishPath, 'utf8'));
	if (!ids) return new Map();
	const own = slugsFor(sourceHeadings(localSource));
	return new Map(own.map((slug, i) => [slug, ids[i]]));
}

/** A link's href with a localized heading fragment replaced by the stable id, when it names one. */
export function stableHref(href, ref, mapFor) {
	const m = /^(?:\/([a-z]{2,3})\/([^#?]*?)\/?)?#(.+)$/.exec(href);
	if (!m) return href;
	const locale = m[1] ?? ref.locale;
	const slug = m[1] ? m[2] || 'index' : ref.slug;
	let fragment;
	try {
		fragment = decodeURIComponent(m[3]);
	} catch {
		return href;
	}
	const id = mapFor(locale, slug).get(fragment);
	return id ? href.slice(0, href.length - m[3].length) + id : href;
}

function uiStrings(root, locale) {
	try {
		return JSON.parse(readFileSync(`${root}/src/i18n/ui/${locale}.json`, 'utf8'));
	} catch {
		return {};
	}
}

/**
 * Sätteri hast plugin factory: stable ids with alias anchors, and a link-to-heading anchor after
 * every h2–h4 (outside the heading, so its text stays out of the table of contents).
 */
export function headingIdsPlugin() {
	return (/** @type {{ fileURL?: URL, source: string }} */ ctx) => {
		const path = ctx.fileURL ? decodeURIComponent(ctx.fileURL.pathname) : '';
		const ref = contentRef(path);
		let ids;
		if (ref && ref.locale !== 'en') {
			const englishPath = `${ref.root}/content/en/${ref.slug}.mdx`;
			if (existsSync(englishPath)) ids = stableIds(ctx.source, readFileSync(englishPath, 'utf8'));
		}
		const strings = ref ? uiStrings(ref.root, ref.locale) : {};
		const label = strings['heading.link'] ?? 'Link to this section';
		const maps = new Map();
		const mapFor = (locale, slug) => {
			const key = `${locale}/${slug}`;
			if (!maps.has(key)) maps.set(key, ref ? stableIdMap(ref.root, locale, slug) : new Map());
			return maps.get(key);
		};
		const ownSlugger = new GithubSlugger();
		const usedIds = new Set();
		let index = 0;
		return {
			name: 'stable-heading-ids',
			element: [
				{
					// Links to a localized heading id (in this page or another) use the stable id instead.
					filter: ['a'],
					visit(node, v) {
						const href = node.properties?.href;
						if (!ref || typeof href !== 'string' || !href.includes('#')) return;
						const stable = stableHref(href, ref, mapFor);
						if (stable !== href) v.setProperty(node, 'href', stable);
					},
				},
				{
					filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
					visit(node, v) {
						const text = v.textContent(node).trim();
						const own = ownSlugger.slug(text);
						const id = ids?.[index] ?? own;
						index += 1;
						usedIds.add(id);
						v.setProperty(node, 'id', id);
						if (own !== id && !usedIds.has(own)) {
							// An empty alias target at the heading, for links made with the old localized id.
							v.prependChild(node, {
								type: 'element',
								tagName: 'span',
								properties: { id: own, className: ['heading-alias'] },
								children: [],
							});
						}
						if (node.tagName > 'h4') return;
						v.wrapNode(node, {
							type: 'element',
							tagName: 'div',
							properties: { className: ['heading-wrap'] },
							children: [
								{
									type: 'element',
									tagName: 'a',
									properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' },
									children: [
										{
											type: 'element',
											tagName: 'span',
											properties: { ariaHidden: 'true' },
											children: [{ type: 'text', value: '#' }],
										},
										{
											type: 'element',
											tagName: 'span',
											properties: { className: ['visually-hidden'] },
											children: [{ type: 'text', value: `${label}: ${text}` }],
										},
									],
								},
							],
						});
					},
				},
			],
		};
	};
}
