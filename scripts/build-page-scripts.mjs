#!/usr/bin/env node
// Build step after `astro build`, before the search index, the offline file list and the headers:
//
// 1. Shared inline scripts become one cached file. Astro writes its island runtime and each client
//    directive inline into every page with an island: 5.4 KB raw, 2.4 KB gzip of each simulator
//    page's HTML, downloaded again with every page. A classic inline script (no type, no src) of
//    at least MIN_SHARED bytes that two or more pages carry moves to /_astro/inline-<hash>.js (one
//    file for adjacent ones) and loads with `defer`. Deferred classic scripts and module scripts run after parsing, in document
//    order, so the directive is still registered before the runtime upgrades the first island.
//    Where the runtime was, a small inline guard (src/scripts/island-guard.js) holds a click made
//    before the file has run and hands it to the island then, as the directive does after.
// 2. Each page's meta CSP lists exactly the hashes of its own inline scripts and styles. Astro lists
//    every inline hash of the whole site on every page: more than a page needs (least privilege),
//    and ~0.5 KB gzip per page, since hashes do not compress.
import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findScripts, findStyles } from '../bench/lib/html.mjs';
import { hashSource } from '../deploy/headers.mjs';
import { listPages } from '../bench/lib/site.mjs';

export const MIN_SHARED = 1024;

/** The guard, minified as it is inlined (its source explains it in comments). */
export const ISLAND_GUARD = transformSync(
	readFileSync(new URL('../src/scripts/island-guard.js', import.meta.url), 'utf8'),
	{ minify: true, target: 'es2020' },
).code.trim();

// Astro's island runtime: the script that defines the <astro-island> element.
const DEFINES_ISLAND = /customElements\.define\(\s*["'`]astro-island["'`]/;

// A classic inline script: `<script>` with no attributes, or only a nonce-free `is:inline` leftover.
const CLASSIC_INLINE = /<script>([\s\S]*?)<\/script>/g;

/**
 * The classic inline scripts of at least `min` bytes that two or more of `htmls` carry.
 * @param {readonly string[]} htmls
 * @param {number} [min]
 * @returns {string[]}
 */
export function sharedScripts(htmls, min = MIN_SHARED) {
	const pagesWith = new Map();
	for (const html of htmls) {
		for (const text of new Set([...html.matchAll(CLASSIC_INLINE)].map((m) => m[1]))) {
			if (Buffer.byteLength(text) >= min) pagesWith.set(text, (pagesWith.get(text) ?? 0) + 1);
		}
	}
	return [...pagesWith].filter(([, n]) => n >= 2).map(([text]) => text);
}

/**
 * The file name a shared script is written to: its content's hash, so a change is a new URL.
 * @param {string} text
 * @returns {string}
 */
export function sharedScriptName(text) {
	return `inline-${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 10)}.js`;
}

/**
 * `html` with the shared scripts among its inline ones loaded from files instead: a run of
 * adjacent shared scripts (Astro's directive and island runtime) becomes one file, so one request
 * and one gzip stream. Returns the page and the files it needs (URL → text).
 * @param {string} html
 * @param {ReadonlySet<string>} shared
 * @returns {{ html: string, files: Map<string, string> }}
 */
export function externalize(html, shared) {
	const files = new Map();
	const run = /(?:<script>[\s\S]*?<\/script>)+/g;
	const out = html.replace(run, (whole) => {
		const texts = [...whole.matchAll(CLASSIC_INLINE)].map((m) => m[1]);
		if (!texts.every((t) => shared.has(t))) {
			// Mixed with a page's own inline script: move only the shared ones, one file each.
			return whole.replace(CLASSIC_INLINE, (one, text) => (shared.has(text) ? tag(files, [text]) : one));
		}
		return tag(files, texts);
	});
	return { html: out, files };
}

/** A deferred script tag for `texts` joined into one file (recorded in `files`), after the guard if it holds the island runtime. */
function tag(files, texts) {
	const text = texts.join(';\n');
	const url = `/_astro/${sharedScriptName(text)}`;
	files.set(url, text);
	const guard = DEFINES_ISLAND.test(text) ? `<script>${ISLAND_GUARD}</script>` : '';
	return `${guard}<script defer src="${url}"></script>`;
}

/**
 * `html` with its meta CSP's script-src and style-src hashes set to exactly those of the page's
 * own inline scripts and styles; every other source and directive stays as it was.
 * @param {string} html
 * @returns {string}
 */
export function ownHashesOnly(html) {
	const own = {
		'script-src': findScripts(html).inline.map(hashSource),
		'style-src': findStyles(html).inline.map(hashSource),
	};
	return html.replace(
		/(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i,
		(_, open, policy, close) =>
			open +
			policy
				.split(';')
				.map((part) => {
					const [name, ...sources] = part.trim().split(/\s+/);
					const hashes = own[name?.toLowerCase() ?? ''];
					if (!hashes) return part;
					const others = sources.filter((s) => !/^'sha(256|384|512)-/.test(s));
					return ` ${[name, ...others, ...new Set(hashes)].join(' ')}`;
				})
				.join(';') +
			close,
	);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const dir = resolve(process.argv[2] ?? process.env.DIST_DIR ?? 'dist');
	const pages = await Promise.all(
		(await listPages(dir)).map(async ({ file }) => ({ file, html: await readFile(join(dir, file), 'utf8') })),
	);
	const shared = new Set(sharedScripts(pages.map((p) => p.html)));
	const written = new Set();
	let moved = 0;
	for (const page of pages) {
		const { html, files } = externalize(page.html, shared);
		for (const [url, text] of files) {
			if (!written.has(url)) await writeFile(join(dir, url), text);
			written.add(url);
		}
		if (files.size) moved++;
		const out = ownHashesOnly(html);
		if (out !== page.html) await writeFile(join(dir, page.file), out);
	}
	console.log(
		`Page scripts: ${shared.size} shared inline script(s) moved to ${written.size} cached file(s) (${moved} pages); each page's CSP lists its own hashes only.`,
	);
}
