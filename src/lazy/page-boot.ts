/**
 * What every page runs at load, kept small (scripts/check-budgets.mjs holds a page without a
 * simulator to 1 KB of JavaScript): the search button and Ctrl/⌘+K, the service worker, and a
 * loader for the rest. Built with the other lazy modules by scripts/build-lazy.mjs and loaded as a
 * plain module script, so no bundler wraps its import() calls in a preload helper.
 *
 * - Search: the dialog code (search-dialog.ts, by the URL in the dialog's data-module) loads on
 *   intent (hover or focus on the button) or on open.
 * - Page tools (page-ui.ts, by the URL in <body data-page-ui>): the theme button, the language
 *   picker and the article tools load on the reader's first interaction anywhere, or at once when
 *   the address has a #fragment to resolve. Clicks made while they load are handed over.
 * - Offline (offline-ui.ts): the service worker is registered and its controls started when the
 *   page is idle, in production builds (data-sw).
 */

/** Imports a module by URL; a failed import stays failed for its URL, so each retry asks with a new query. */
function loader<T>(url: string | undefined): () => Promise<T> {
	let loading: Promise<T> | undefined;
	let failures = 0;
	return () =>
		(loading ??= (import(`${url ?? ''}${failures ? `?retry=${failures}` : ''}`) as Promise<T>).catch(
			(error: unknown) => {
				loading = undefined;
				failures++;
				throw error;
			},
		));
}

const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
if (button && dialog) {
	// Mac keyboards have ⌘ where others have Ctrl (Strg in German).
	const keys = button.querySelector('[data-search-keys]');
	if (keys && /Mac|iPhone|iPad/.test(navigator.platform)) keys.textContent = '⌘';
	const load = loader<typeof import('./search-dialog')>(dialog.dataset['module']);
	let failed = false;
	// Intent (hover or focus on the button) starts loading the dialog code and Pagefind.
	const warm = () =>
		void load().then(
			(m) => m.warmSearch(),
			() => undefined,
		);
	button.addEventListener('pointerenter', warm, { once: true });
	button.addEventListener('focus', warm, { once: true });
	// Open and focus at once, so nothing typed while the dialog code loads is lost.
	const open = () => {
		// Closing a modal dialog returns focus to where it was (the HTML standard's dialog focus steps).
		if (!dialog.open) dialog.showModal();
		dialog.querySelector<HTMLInputElement>('#search-input')?.focus();
		const status = dialog.querySelector('[data-search-status]');
		void load().then(
			(m) => {
				if (failed && status) status.textContent = '';
				m.bindSearch(dialog);
				m.warmSearch();
			},
			() => {
				// Offline (or a blocked file): say so instead of an input that does nothing; retry next time.
				failed = true;
				// Typing again retries. (The close button is a form method="dialog" button.)
				dialog.querySelector('#search-input')?.addEventListener('input', open, { once: true });
				const strings = JSON.parse(dialog.dataset['strings'] ?? '{}') as Record<string, string>;
				if (status)
					status.textContent = strings[navigator.onLine ? 'search.unavailable' : 'search.offline'] ?? '';
			},
		);
	};
	button.addEventListener('click', open);
	document.addEventListener('keydown', (event) => {
		if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k' && !event.altKey) {
			event.preventDefault();
			if (!dialog.open) open();
		}
	});
}

const loadTools = loader<typeof import('./page-ui')>(document.body.dataset['pageUi']);
const early: EventTarget[] = [];
let started = false;
// A pointer over the page (mouse, pen or touch: touch fires pointerover before pointerdown), a key, focus or a scroll.
const intents = ['pointerover', 'keydown', 'focusin', 'scroll'];
const wake = () => {
	for (const type of intents) removeEventListener(type, wake, true);
	loadTools().then(
		(m) => {
			// Once, however many interactions asked while it loaded.
			if (started) return;
			started = true;
			m.start(early);
		},
		// Not loaded (offline, without a saved copy): the next interaction tries again.
		() => {
			for (const type of intents) addEventListener(type, wake, { capture: true, passive: true });
		},
	);
};
// A click that comes first (a screen reader's, which moves no pointer) is kept for the tools and wakes them.
addEventListener(
	'click',
	(event) => {
		if (started) return;
		early.push(event.target as EventTarget);
		wake();
	},
	true,
);
if (location.hash) wake();
else for (const type of intents) addEventListener(type, wake, { capture: true, passive: true });

const offline = document.querySelector<HTMLElement>('[data-offline][data-sw]');
if (offline && 'serviceWorker' in navigator) {
	const register = () =>
		void loader<typeof import('./offline-ui')>(offline.dataset['module'])().then(
			(m) => m.registerOffline(offline),
			() => undefined,
		);
	if ('requestIdleCallback' in window) requestIdleCallback(register);
	else setTimeout(register, 500);
}

export {};
