/// <reference lib="webworker" />
/**
 * The service worker (built to /sw.js by scripts/build-offline.mjs). It keeps a reader's locale
 * usable offline: pages network-first with the cache as fallback, assets cache-first. A locale is
 * saved whole (pages, scripts, that language's search index) on request from the page. A new
 * deploy installs beside the old one and waits until the reader accepts the update.
 */
/** Replaced at build time with a hash of every file the site serves. */
declare const __VERSION__: string;
/** Per locale code: the offline page's language data and strings (scripts/build-offline.mjs). */
declare const __OFFLINE_PAGES__: Record<string, OfflinePage>;
/** The offline page's stylesheet and the policy that allows exactly it. */
declare const __OFFLINE_STYLE__: string;
declare const __OFFLINE_CSP__: string;

interface OfflinePage {
	lang: string;
	dir: 'ltr' | 'rtl';
	name: string;
	title: string;
	body: string;
	saved: string;
	none: string;
	retry: string;
}

interface Manifest {
	version: string;
	shared: string[];
	locales: Record<string, string[]>;
}

// In a service worker the global scope is a ServiceWorkerGlobalScope; the library types it generally.
const sw = globalThis as unknown as ServiceWorkerGlobalScope;
const CACHE = `eal-${__VERSION__}`;
const META = 'eal-meta';
const SAVED_KEY = '/__saved-locales';

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			// Re-save, for this version, the locales the reader saved before. Nothing here may
			// reject: a failed install would keep every later version out too.
			const saved = await savedLocales();
			if (saved.length) await saveLocales(saved).catch(() => undefined);
			// The very first install takes over at once; an update waits for the reader.
			if (!sw.registration.active) await sw.skipWaiting();
		})(),
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith('eal-') && key !== CACHE && key !== META) await caches.delete(key);
			}
			await sw.clients.claim();
		})(),
	);
});

sw.addEventListener('message', (event) => {
	const data = event.data as { type?: string; locale?: string } | null;
	if (data?.type === 'skip-waiting') void sw.skipWaiting();
	if (data?.type === 'save-locale' && typeof data.locale === 'string') {
		const locale = data.locale;
		const reply = (message: object) => (event.source as Client | null)?.postMessage(message);
		event.waitUntil(
			saveLocales([locale])
				.then(async (count) => {
					await rememberLocale(locale);
					reply({ type: 'saved', locale, count });
				})
				.catch(() => reply({ type: 'save-failed', locale })),
		);
	}
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	if (url.pathname === '/offline-manifest.json' || url.pathname === '/sw.js') return;
	event.respondWith(request.mode === 'navigate' ? networkFirst(request, url) : cacheFirst(request, url));
});

async function networkFirst(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		if (response.ok) await cache.put(request, response.clone());
		return response;
	} catch {
		const cached =
			(await cache.match(request, { ignoreSearch: true })) ?? (await cache.match(withSlash(url)));
		if (cached) return cached;
		// The locale is saved but not this page: its own 404 page. Not saved: the offline page,
		// in the language of the path, naming the languages that are saved.
		const locale = url.pathname.split('/')[1] ?? '';
		const notFound = await cache.match(`/${locale}/404/`);
		return notFound ?? offlinePage(locale, url, await savedLocales());
	}
}

async function cacheFirst(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	// Pagefind adds a cache-busting query to its entry file; one cache per version makes that moot.
	const cached = await cache.match(request, { ignoreSearch: url.pathname.startsWith('/pagefind/') });
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
	return response;
}

function withSlash(url: URL): string {
	return url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
}

async function saveLocales(locales: string[]): Promise<number> {
	const response = await fetch('/offline-manifest.json', { cache: 'no-store' });
	const manifest = (await response.json()) as Manifest;
	const urls = [...new Set([...manifest.shared, ...locales.flatMap((l) => manifest.locales[l] ?? [])])];
	const cache = await caches.open(CACHE);
	const missing: string[] = [];
	for (const url of urls) if (!(await cache.match(url))) missing.push(url);
	// Small batches: a projector laptop on bad Wi-Fi should not open 200 connections at once.
	for (let i = 0; i < missing.length; i += 8) await cache.addAll(missing.slice(i, i + 8));
	return urls.length;
}

/**
 * The locales the reader saved. The record is ours but lives in storage anyone with devtools
 * (or a crash mid-write) can change: anything that is not a list of known locale codes is
 * dropped and the record removed, so it can never stop an install or a save.
 */
async function savedLocales(): Promise<string[]> {
	try {
		const meta = await caches.open(META);
		const response = await meta.match(SAVED_KEY);
		if (!response) return [];
		let value: unknown;
		try {
			value = JSON.parse(await response.text());
		} catch {
			value = undefined;
		}
		if (Array.isArray(value))
			return value.filter((v): v is string => typeof v === 'string' && v in __OFFLINE_PAGES__);
		await meta.delete(SAVED_KEY);
		return [];
	} catch {
		return [];
	}
}

const escapeHtml = (text: string) =>
	text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
	);

/** The locale of the offline page: the path's, else the browser's first known language, else English. */
function offlineLocale(segment: string): string {
	if (segment in __OFFLINE_PAGES__) return segment;
	for (const tag of sw.navigator.languages ?? []) {
		const base = tag.toLowerCase().split('-')[0] ?? '';
		const code = base === 'no' || base === 'nn' ? 'nb' : base;
		if (code in __OFFLINE_PAGES__) return code;
	}
	return 'en' in __OFFLINE_PAGES__ ? 'en' : (Object.keys(__OFFLINE_PAGES__)[0] ?? 'en');
}

/** A small page (503) that says, in the reader's language, that this page needs a connection, with links to the saved languages. */
function offlinePage(segment: string, url: URL, saved: string[]): Response {
	const code = offlineLocale(segment);
	const page = __OFFLINE_PAGES__[code]!;
	const links = saved
		.map((c) => __OFFLINE_PAGES__[c] && { c, p: __OFFLINE_PAGES__[c] })
		.filter((x): x is { c: string; p: OfflinePage } => Boolean(x))
		.map(
			({ c, p }) =>
				`<li><a href="/${c}/" lang="${escapeHtml(p.lang)}" dir="${p.dir}">${escapeHtml(p.name)}</a></li>`,
		)
		.join('');
	const list = links
		? `<h2>${escapeHtml(page.saved)}</h2><ul data-offline-saved>${links}</ul>`
		: `<p data-offline-none>${escapeHtml(page.none)}</p>`;
	const html =
		`<!doctype html><html lang="${escapeHtml(page.lang)}" dir="${page.dir}"><head><meta charset="utf-8">` +
		`<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(page.title)}</title>` +
		`<style>${__OFFLINE_STYLE__}</style></head><body><main data-offline-page="${code}"><h1>${escapeHtml(page.title)}</h1>` +
		`<p>${escapeHtml(page.body)}</p><p><a href="${escapeHtml(url.pathname)}">${escapeHtml(page.retry)}</a></p>${list}</main></body></html>`;
	return new Response(html, {
		status: 503,
		headers: {
			'Content-Type': 'text/html; charset=utf-8',
			'Content-Security-Policy': __OFFLINE_CSP__,
			'Cache-Control': 'no-store',
			'X-Content-Type-Options': 'nosniff',
		},
	});
}

async function rememberLocale(locale: string): Promise<void> {
	const saved = new Set(await savedLocales());
	saved.add(locale);
	const body = JSON.stringify([...saved]);
	await (
		await caches.open(META)
	).put(SAVED_KEY, new Response(body, { headers: { 'Content-Type': 'application/json' } }));
}
