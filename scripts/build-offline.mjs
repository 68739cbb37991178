#!/usr/bin/env node
// After the site and its search index are built: writes <dist>/offline-manifest.json (what to
// save for each locale: its pages, the shared assets, its language's Pagefind files) and compiles
// the service worker to <dist>/sw.js, versioned by a hash of everything listed. The worker also
// carries, for every locale, the few strings of its offline page (shown for a page that is not
// saved while there is no connection), so that page needs no download and no cache entry.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const dist = process.env.DIST_DIR ?? 'dist';
const { PUBLISHED_LOCALES } = await import('../src/i18n/locales.ts');
const { typeset } = await import('../src/lib/typography.mjs');

/** Per locale: lang, dir, endonym and the offline page's strings ({{button}} filled in). */
async function offlinePages() {
	const pages = {};
	for (const locale of PUBLISHED_LOCALES) {
		const ui = JSON.parse(await readFile(`src/i18n/ui/${locale.code}.json`, 'utf8'));
		const text = (key) => {
			if (typeof ui[key] !== 'string') throw new Error(`src/i18n/ui/${locale.code}.json lacks "${key}"`);
			return typeset(ui[key].replaceAll('{{button}}', ui['offline.save']), locale.code);
		};
		pages[locale.code] = {
			lang: locale.lang,
			dir: locale.dir,
			name: locale.endonym,
			title: text('offline.page.title'),
			body: text('offline.page.body'),
			saved: text('offline.page.saved'),
			none: text('offline.page.none'),
			retry: text('offline.page.retry'),
		};
	}
	return pages;
}

// The offline page's only style, allowed by its hash (no 'unsafe-inline'). System colours follow
// the reader's light or dark setting.
const OFFLINE_STYLE =
	':root{color-scheme:light dark;font:1.125rem/1.6 system-ui,sans-serif}body{margin:0;padding:2rem 1.25rem}' +
	'main{max-width:38rem;margin:0 auto}h1{font-size:1.75rem;line-height:1.2}h2{font-size:1.125rem}' +
	'a{color:LinkText}li{margin:.5rem 0}';
const OFFLINE_CSP = [
	"default-src 'none'",
	`style-src 'sha256-${createHash('sha256').update(OFFLINE_STYLE).digest('base64')}'`,
	"img-src 'self'",
	"base-uri 'none'",
	"form-action 'none'",
	"frame-ancestors 'none'",
].join('; ');

async function walk(dir) {
	const out = [];
	for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...(await walk(full)));
		else out.push(full);
	}
	return out;
}

const toUrl = (file) =>
	'/' +
	relative(dist, file)
		.split(sep)
		.join('/')
		.replace(/(^|\/)index\.html$/, '$1');
const files = await walk(dist);
const entry = JSON.parse(await readFile(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
const languages = Object.keys(entry.languages);

// Each locale's strings files (/_astro/strings.<kind>.<locale>.<hash>.json) go with that locale only.
const STRINGS_FILE = /^\/_astro\/strings\.\w+\.([\w-]+)\.\w+\.json$/;
const shared = files
	.filter(
		(f) =>
			(/^\/(_astro|_lazy)\//.test(toUrl(f)) && !STRINGS_FILE.test(toUrl(f))) ||
			[
				'/favicon.svg',
				// The export script, shown on "Check your configuration" when its disclosure opens.
				'/export/external-access-export.ps1',
				'/pagefind/pagefind.js',
				'/pagefind/pagefind-worker.js',
				'/pagefind/pagefind-entry.json',
			].includes(toUrl(f)),
	)
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
				.filter(
					(u) =>
						u === `/pagefind/wasm.${lang}.pagefind` ||
						u.startsWith(`/pagefind/pagefind.${lang}_`) ||
						(/^\/pagefind\/(index|fragment)\//.test(u) && u.split('/').pop().startsWith(`${lang}_`)),
				)
		: [];
	const strings = files.map(toUrl).filter((u) => STRINGS_FILE.exec(u)?.[1] === code);
	locales[code] = [...pages, ...strings, ...search].sort();
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
	charset: 'utf8',
	target: 'es2022',
	outfile: join(dist, 'sw.js'),
	define: {
		__VERSION__: JSON.stringify(version),
		__OFFLINE_PAGES__: JSON.stringify(await offlinePages()),
		__OFFLINE_STYLE__: JSON.stringify(OFFLINE_STYLE),
		__OFFLINE_CSP__: JSON.stringify(OFFLINE_CSP),
	},
	logLevel: 'warning',
});
const counts = Object.entries(locales)
	.map(([code, list]) => `${code} ${list.length}`)
	.join(', ');
console.log(`Offline: sw.js version ${version}; files per locale: ${counts}; shared ${shared.length}`);
