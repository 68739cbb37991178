/**
 * The search bootstrap, on every page: shows the header button, binds Ctrl/⌘+K and loads the
 * dialog code (search-dialog.ts, by the URL in the dialog's data-module) on intent or on open.
 * Built with the other lazy modules by scripts/build-lazy.mjs and loaded as a plain module
 * script, so no bundler wraps its import() in a preload helper.
 */
const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
if (button && dialog) {
	const mac = /Mac|iPhone|iPad/.test(navigator.platform);
	const keys = button.querySelector('[data-search-keys]');
	// Mac keyboards have ⌘ where others have Ctrl (Strg in German).
	if (keys && mac) keys.textContent = '⌘';
	button.hidden = false;
	let loaded: Promise<typeof import('./search-dialog')> | undefined;
	let opener: HTMLElement | null = null;
	let failures = 0;
	// A failed import stays failed for its URL, so a retry asks with a new query string.
	const load = () =>
		(loaded ??= import(`${dialog.dataset['module'] ?? ''}${failures ? `?retry=${failures}` : ''}`) as Promise<
			typeof import('./search-dialog')
		>);
	// Intent (hover or focus on the button) starts loading the dialog code and Pagefind.
	const warm = () =>
		void load().then(
			(m) => m.warmSearch(),
			() => {
				loaded = undefined;
				failures++;
			},
		);
	button.addEventListener('pointerenter', warm, { once: true });
	button.addEventListener('focus', warm, { once: true });
	// Open and focus at once, so nothing typed while the dialog code loads is lost.
	const open = () => {
		if (!dialog.open) {
			opener = document.activeElement as HTMLElement | null;
			dialog.showModal();
		}
		dialog.querySelector<HTMLInputElement>('#search-input')?.focus();
		const status = dialog.querySelector('[data-search-status]');
		void load().then(
			(m) => {
				if (failures && status) status.textContent = '';
				m.bindSearch(dialog);
				m.warmSearch();
			},
			() => {
				// Offline (or a blocked file): say so instead of an input that does nothing; retry next time.
				loaded = undefined;
				failures++;
				const strings = JSON.parse(dialog.dataset['strings'] ?? '{}') as Record<string, string>;
				// The dialog code binds the close button; without it, bind it here. Typing again retries.
				dialog
					.querySelector('[data-search-close]')
					?.addEventListener('click', () => dialog.close(), { once: true });
				dialog.querySelector('#search-input')?.addEventListener('input', open, { once: true });
				if (status)
					status.textContent = strings[navigator.onLine ? 'search.unavailable' : 'search.offline'] ?? '';
			},
		);
	};
	dialog.addEventListener('close', () => opener?.focus());
	button.addEventListener('click', open);
	document.addEventListener('keydown', (event) => {
		if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k' && !event.altKey) {
			event.preventDefault();
			if (!dialog.open) open();
		}
	});
}

export {};
