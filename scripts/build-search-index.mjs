#!/usr/bin/env node
// Builds the Pagefind search index into <dist>/pagefind: one index per <html lang>. A fallback
// page (English text served at /sv/…, marked data-fallback-lang) is indexed under its real
// language, so English text is never stemmed as Swedish. Before indexing, `prepareForIndex`
// weights what admins type (error messages in troubleshooting entries, setting and cmdlet
// names) and puts a space at every block boundary so excerpts never glue words together.
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { prepareForIndex } from '../src/lib/search-prep.mjs';

const dist = process.env.DIST_DIR ?? 'dist';
const started = performance.now();

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);

let pages = 0;
for (const file of await listHtml(dist)) {
	let html = await readFile(file, 'utf8');
	const fallback = html.match(/<html[^>]*\sdata-fallback-lang="([^"]+)"/)?.[1];
	if (fallback) html = html.replace(/(<html[^>]*\s)lang="[^"]*"/, `$1lang="${fallback}"`);
	html = prepareForIndex(html);
	const url =
		'/' +
		relative(dist, file)
			.split(sep)
			.join('/')
			.replace(/index\.html$/, '');
	const added = await index.addHTMLFile({ url, content: html });
	if (added.errors.length) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
	pages += 1;
}

const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
console.log(
	`Pagefind: read ${pages} HTML files into ${dist}/pagefind in ${Math.round(performance.now() - started)} ms`,
);
await pagefind.close();

async function listHtml(dir) {
	const out = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory() && entry.name !== 'pagefind' && entry.name !== '_astro')
			out.push(...(await listHtml(full)));
		else if (entry.isFile() && entry.name.endsWith('.html')) out.push(full);
	}
	return out.sort();
}
