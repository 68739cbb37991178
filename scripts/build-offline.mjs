#!/usr/bin/env node
// After the site and its search index are built: writes <dist>/offline-manifest.json (what to
// save for each locale: its pages, the shared assets, its language's Pagefind files) and compiles
// the service worker to <dist>/sw.js, versioned by a hash of everything listed.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const dist = process.env.DIST_DIR ?? 'dist';

async function walk(dir) {
	const out = [];
	for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...(await walk(full)));
		else out.push(full);
	}
	return out;
}

const toUrl = (file) => '/' + relative(dist, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');
const files = await walk(dist);
const entry = JSON.parse(await readFile(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
const languages = Object.keys(entry.languages);

const shared = files
	.filter((f) => /^\/(_astro|_lazy)\//.test(toUrl(f)) || ['/favicon.svg', '/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/pagefind-entry.json'].includes(toUrl(f)))
	.map(toUrl)
	.sort();

const locales = {};
for (const dir of await readdir(dist, { withFileTypes: true })) {
	if (!dir.isDirectory() || !(await readdir(join(dist, dir.name)).catch(() => [])).includes('404')) continue;
	const code = dir.name;
	const lang = languages.find((l) => l === code || l.split('-')[0] === code);
	const pages = files.filter((f) => f.startsWith(join(dist, code) + sep) && f.endsWith('.html')).map(toUrl);
	const search = lang
		? files
				.map(toUrl)
				.filter((u) => u === `/pagefind/wasm.${lang}.pagefind` || u.startsWith(`/pagefind/pagefind.${lang}_`) || /^\/pagefind\/(index|fragment)\//.test(u) && u.split('/').pop().startsWith(`${lang}_`))
		: [];
	locales[code] = [...pages, ...search].sort();
}

const hash = createHash('sha256');
for (const file of files.filter((f) => !f.endsWith('sw.js') && !f.endsWith('offline-manifest.json')).sort()) {
	hash.update(toUrl(file));
	hash.update(await readFile(file));
}
const version = hash.digest('hex').slice(0, 12);

await writeFile(join(dist, 'offline-manifest.json'), JSON.stringify({ version, shared, locales }));
await build({
	entryPoints: ['src/offline/sw.ts'],
	bundle: true,
	minify: true,
	format: 'iife',
	target: 'es2022',
	outfile: join(dist, 'sw.js'),
	define: { __VERSION__: JSON.stringify(version) },
	logLevel: 'warning',
});
const counts = Object.entries(locales).map(([code, list]) => `${code} ${list.length}`).join(', ');
console.log(`Offline: sw.js version ${version}; files per locale: ${counts}; shared ${shared.length}`);
