/// <reference lib="webworker" />
/**
 * The service worker (built to /sw.js by scripts/build-offline.mjs). It keeps a reader's locale
 * usable offline: pages network-first with the cache as fallback, assets cache-first. A locale is
 * saved whole (pages, scripts, that language's search index) on request from the page. A new
 * deploy installs beside the old one and waits until the reader accepts the update.
 */
/** Replaced at build time with a hash of every file the site serves. */
declare const __VERSION__: string;

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
			// Re-save, for this version, the locales the reader saved before.
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
		const cached = (await cache.match(request, { ignoreSearch: true })) ?? (await cache.match(withSlash(url)));
		if (cached) return cached;
		// Offline and never saved: the locale's own 404 page says so in the reader's language.
		const locale = url.pathname.split('/')[1] ?? '';
		const notFound = await cache.match(`/${locale}/404/`);
		return notFound ?? new Response('Offline', { status: 503, headers: { 'Content-Type': 'text/plain' } });
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

async function savedLocales(): Promise<string[]> {
	const response = await (await caches.open(META)).match(SAVED_KEY);
	return response ? ((await response.json()) as string[]) : [];
}

async function rememberLocale(locale: string): Promise<void> {
	const saved = new Set(await savedLocales());
	saved.add(locale);
	const body = JSON.stringify([...saved]);
	await (await caches.open(META)).put(SAVED_KEY, new Response(body, { headers: { 'Content-Type': 'application/json' } }));
}
