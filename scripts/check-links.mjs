#!/usr/bin/env node
// Link check over the built site ($DIST_DIR or dist/), every locale: each internal href and src
// must reach a built file, and each #fragment (same page or /x/#y) an element id on the target.
// Absolute URLs on the configured `site` (canonical, hreflang) count as internal. External
// links are listed, never fetched. Across locales, a page's heading ids must be the English
// page's (same order), and every in-page anchor linked from any language's copy of a page must
// exist in every language's copy, so a shared #section link survives a language switch.
// Usage: node scripts/check-links.mjs [--quiet]
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findHrefs, findIds, findSrcs, startTags } from '../bench/lib/html.mjs';
import { distDir, listFiles, readSitemap, urlPathOf } from '../bench/lib/site.mjs';

// Schemes that do not name a document to check.
const SKIP = /^(mailto|tel|javascript|data|blob|sms):/i;

/**
 * Classifies one href found on the page at `fromPath`: `external` (another origin), `skip`
 * (mailto: and the like), or `internal` with the root-relative `path` and decoded `fragment`.
 */
export function classifyHref(href, fromPath, origin) {
	const trimmed = href.trim();
	if (SKIP.test(trimmed)) return { kind: 'skip' };
	let url;
	try {
		url = new URL(trimmed, `${origin}${fromPath}`);
	} catch {
		return { kind: 'internal', path: trimmed, fragment: '', invalid: true };
	}
	if (url.origin !== origin) return { kind: 'external', url: url.href };
	const fragment = url.hash ? safeDecode(url.hash.slice(1)) : '';
	return { kind: 'internal', path: safeDecode(url.pathname), fragment };
}

/**
 * Why an internal link is broken, or undefined when it resolves. `site.files` holds every
 * built file's URL path; `site.ids` maps each HTML/SVG URL path (pages as `/x/`) to its ids.
 */
export function brokenReason(target, site) {
	if (target.invalid) return 'is not a valid URL';
	let { path } = target;
	if (!site.files.has(path)) {
		if (path.endsWith('/')) return `no page is built at ${path}`;
		if (site.files.has(`${path}/`))
			return `${path} lacks the trailing slash (the server answers with a redirect)`;
		return `no file is built at ${path}`;
	}
	// An empty fragment and #top scroll to the top of any page (HTML standard).
	if (!target.fragment || target.fragment.toLowerCase() === 'top') return undefined;
	// `#preset=<id>` and `#sim=<state>` are simulator state, read by the islands, not element ids.
	if (/^(preset|sim)=/.test(target.fragment)) return undefined;
	// `#puzzle=<id>` starts a puzzle, which must be one the page's simulators offer.
	const puzzle = /^puzzle=(.*)$/.exec(target.fragment)?.[1];
	if (puzzle !== undefined)
		return site.puzzles?.get(path)?.has(puzzle) ? undefined : `${path} offers no puzzle "${puzzle}"`;
	const ids = site.ids.get(path);
	if (!ids) return undefined;
	return ids.has(target.fragment) ? undefined : `${path} has no element with id "${target.fragment}"`;
}

/** Reads the build into the shape `brokenReason` expects, plus the HTML pages to scan. */
export async function readSite(dir) {
	const files = new Set();
	const ids = new Map();
	const puzzles = new Map();
	const pages = [];
	const all = await listFiles(dir);
	// The simulator strings files hold each island's data, its puzzles among them.
	const stringsFiles = new Map();
	for (const file of all.filter((f) => /^_astro\/strings\.sim\..+\.json$/.test(f)))
		stringsFiles.set(`/${file}`, JSON.parse(await readFile(join(dir, file), 'utf8')));
	for (const file of all) {
		// A page answers both as /x/ and as /x/index.html.
		const path = urlPathOf(file);
		files.add(path).add(`/${file}`);
		if (/\.(html|svg)$/.test(file) && !file.startsWith('pagefind/')) {
			const text = await readFile(join(dir, file), 'utf8');
			ids.set(path, findIds(text)).set(`/${file}`, ids.get(path));
			puzzles.set(path, puzzlesIn(text, stringsFiles));
			if (file.endsWith('.html')) pages.push({ path, text });
		}
	}
	return { files, ids, puzzles, pages };
}

/**
 * The puzzle ids a page's islands offer: from an island's props (Astro serializes them as
 * `"presetId":[0,"<id>"]`), or from the data its strings file holds for it (`stringsFiles`: URL →
 * parsed file; the island names the file in its directive value and its data by `island`).
 */
export function puzzlesIn(html, stringsFiles = new Map()) {
	const ids = [...html.matchAll(/presetId&quot;:\[0,&quot;([a-z0-9-]+)&quot;/g)].map((m) => m[1]);
	for (const [tag] of html.matchAll(/<astro-island\s[^>]*>/g)) {
		const url = /&quot;value&quot;:&quot;([^&]+)&quot;/.exec(tag)?.[1];
		const island = /&quot;island&quot;:\[0,&quot;(\w+)&quot;\]/.exec(tag)?.[1];
		const puzzles = url && island ? stringsFiles.get(url)?.data?.[island]?.puzzles : undefined;
		for (const p of puzzles ?? []) ids.push(p.presetId);
	}
	return new Set(ids);
}

/** The ids of a page's h2–h6 headings, in document order. */
export function headingIds(html) {
	return startTags(html)
		.filter((tag) => /^h[2-6]$/.test(tag.name) && tag.attrs.has('id'))
		.map((tag) => tag.attrs.get('id'));
}

/** Fragments that name simulator state or the page top, not an element. */
const STATE_FRAGMENT = /^(preset|sim|puzzle)=|^top$/i;

/**
 * Cross-locale anchor problems: a translated page (`/<locale>/<slug>/`) whose heading ids are not
 * the English page's, and in-page anchors (`#id` links on any copy of a page) missing from
 * another copy. `pages` are `{ path, text }`; returns readable messages (empty when all agree).
 */
export function anchorParity(pages) {
	const bySlug = new Map();
	for (const page of pages) {
		const m = /^\/([a-z]{2,3}(?:-[a-z]+)?)(\/.*)$/i.exec(page.path);
		if (!m || /\/404\/$/.test(page.path) || page.path.endsWith('.html')) continue;
		const copies = bySlug.get(m[2]) ?? new Map();
		copies.set(m[1], page);
		bySlug.set(m[2], copies);
	}
	const problems = [];
	for (const [rest, copies] of bySlug) {
		const english = copies.get('en');
		if (!english || copies.size < 2) continue;
		const expected = headingIds(english.text);
		const ids = new Map([...copies].map(([locale, page]) => [locale, findIds(page.text)]));
		const wanted = new Set();
		for (const [locale, page] of copies) {
			if (locale !== 'en') {
				const got = headingIds(page.text);
				const at = expected.findIndex((id, i) => got[i] !== id);
				if (at !== -1 || got.length !== expected.length) {
					const i = at === -1 ? Math.min(got.length, expected.length) : at;
					problems.push(
						`${page.path}: heading ${i + 1} has id "${got[i] ?? '(none)'}" where ${english.path} has "${expected[i] ?? '(none)'}" (${got.length} headings against ${expected.length}); translate the headings one for one`,
					);
				}
			}
			for (const { href } of findHrefs(page.text)) {
				if (!href.startsWith('#')) continue;
				const fragment = safeDecode(href.slice(1));
				if (fragment && !STATE_FRAGMENT.test(fragment)) wanted.add(fragment);
			}
		}
		for (const fragment of wanted) {
			for (const [locale, page] of copies) {
				if (!ids.get(locale)?.has(fragment))
					problems.push(
						`${page.path}: no element with id "${fragment}" (linked as #${fragment} on another language's copy of ${rest})`,
					);
			}
		}
	}
	return problems;
}

function safeDecode(text) {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const dir = distDir();
	const site = await readSite(dir).catch(() => undefined);
	if (!site?.pages.length) {
		console.error(`No HTML pages in ${dir}. Build first: npm run build`);
		process.exit(1);
	}
	// The configured `site` origin, from the sitemap the build wrote.
	const sitemap = await readSitemap(dir).catch(() => []);
	const origin = sitemap.length ? new URL(sitemap[0]).origin : 'http://site.invalid';
	const broken = [];
	const external = new Map();
	let checked = 0;
	for (const page of site.pages) {
		for (const { tag, href } of [...findHrefs(page.text), ...findSrcs(page.text)]) {
			const target = classifyHref(href, page.path, origin);
			if (target.kind === 'external') external.set(target.url, (external.get(target.url) ?? 0) + 1);
			if (target.kind !== 'internal') continue;
			checked++;
			const reason = brokenReason(target, site);
			if (reason) broken.push(`${page.path}: <${tag}> "${href}" — ${reason}`);
		}
	}
	for (const problem of anchorParity(site.pages)) broken.push(problem);
	if (!process.argv.includes('--quiet') && external.size) {
		console.log(`External links (listed, not fetched):`);
		for (const [url, count] of [...external].sort()) console.log(`  ${url}  (${count}×)`);
	}
	console.log(
		`Checked ${checked} internal links on ${site.pages.length} pages; ${external.size} distinct external URLs.`,
	);
	if (broken.length) {
		console.error(`\n${broken.length} broken link(s):\n${broken.map((b) => `  ✗ ${b}`).join('\n')}`);
		process.exit(1);
	}
	console.log('No broken internal links.');
}
