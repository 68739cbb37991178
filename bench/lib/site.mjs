// What the build contains: its HTML pages, its sitemap URLs and the files behind a URL path.
// Everything is discovered from the built folder, so new locales and pages are picked up as
// they arrive.
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

/** The built site folder: $DIST_DIR, else dist/ (absolute). */
export function distDir() {
	return resolve(process.env.DIST_DIR ?? 'dist');
}

/** Every file below `dir`, as paths relative to it with forward slashes, sorted. */
export async function listFiles(dir) {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.sort();
}

/** The URL path a built HTML file is served at: `en/x/index.html` → `/en/x/`, `404.html` → `/404.html`. */
export function urlPathOf(file) {
	if (file === 'index.html') return '/';
	return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/** Every HTML page in the build (Pagefind's own files excluded) as { file, path }. */
export async function listPages(dir) {
	return (await listFiles(dir))
		.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
		.map((file) => ({ file, path: urlPathOf(file) }));
}

/** The build file a root-relative URL path maps to (directory → its index.html), or undefined outside the build. */
export function fileForPath(dir, urlPath) {
	const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
	const full = resolve(dir, `.${clean.endsWith('/') ? `${clean}index.html` : clean}`);
	return full === dir || full.startsWith(dir + sep) ? full : undefined;
}

/** The built HTML served at a URL path, or '' when none is built (sync, for Playwright test collection). */
export function readPageSync(dir, urlPath) {
	const file = fileForPath(dir, urlPath);
	return file && existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** The `<loc>` URLs of every sitemap the build lists in sitemap-index.xml (or sitemap-0.xml alone). */
export async function readSitemap(dir) {
	const locs = (xml) => [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]);
	const index = await readFile(join(dir, 'sitemap-index.xml'), 'utf8').catch(() => undefined);
	const maps = index ? locs(index).map((u) => new URL(u).pathname.slice(1)) : ['sitemap-0.xml'];
	const urls = [];
	for (const map of maps) urls.push(...locs(await readFile(join(dir, map), 'utf8')));
	return urls;
}

/** The locales that have pages in the sitemap: first path segments of two letters or a BCP-47-like tag. */
export function localesOf(urls) {
	const codes = urls
		.map((u) => new URL(u).pathname.split('/')[1] ?? '')
		.filter((s) => /^[a-z]{2,3}(-[a-z0-9]+)*$/i.test(s));
	return [...new Set(codes)].sort();
}

/**
 * The root-relative paths of every sitemap URL, read synchronously (Playwright test files
 * need them while collecting tests). Throws a readable error when the build is missing.
 */
export function sitemapPathsSync(dir) {
	const locs = (file) =>
		[...readFileSync(join(dir, file), 'utf8').matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]);
	if (!existsSync(join(dir, 'sitemap-0.xml')) && !existsSync(join(dir, 'sitemap-index.xml'))) {
		throw new Error(
			`No sitemap in ${dir}: build the site first (npm run build, or DIST_DIR=${relative(process.cwd(), dir)} npm run build).`,
		);
	}
	const maps = existsSync(join(dir, 'sitemap-index.xml'))
		? locs('sitemap-index.xml').map((u) => new URL(u).pathname.slice(1))
		: ['sitemap-0.xml'];
	// The sitemap holds absolute URLs on the configured `site`; tests need paths on their own server.
	return maps.flatMap(locs).map((u) => {
		const url = new URL(u);
		return `${url.pathname}${url.search}`;
	});
}
