/**
 * The offline controls' behaviour: save this locale (automatically on the first visit, or with
 * the button), show progress and the result, and offer a new version when one is waiting.
 */
import { plural } from '../i18n/format';
import { allowsAutomaticDownload, currentConnection } from '../lib/connection';

const SAVED_FLAG = 'eal-offline-saved';

/**
 * Registers the service worker and, where the browser gives a registration (some blocked or
 * emulated contexts resolve without one), shows the controls in `box` and wires them to it.
 * Called by page-boot.ts when the page is idle.
 */
export async function registerOffline(box: HTMLElement): Promise<void> {
	// A refused registration (a private window, a blocked worker) leaves the controls hidden.
	const registration = await navigator.serviceWorker.register('/sw.js').catch(() => undefined);
	if (!registration) return;
	box.hidden = false;
	startOffline(box, registration);
}

/** Wires the controls in `box` to the service worker `registration`. */
export function startOffline(box: HTMLElement, registration: ServiceWorkerRegistration): void {
	const locale = box.dataset['locale'] ?? '';
	const status = box.querySelector<HTMLElement>('[data-offline-status]')!;
	const saveButton = box.querySelector<HTMLButtonElement>('[data-offline-save]')!;
	const update = box.querySelector<HTMLElement>('[data-offline-update]')!;
	const say = (text: string) => {
		status.textContent = text;
	};

	const save = async () => {
		saveButton.disabled = true;
		say(box.dataset['saving'] ?? '');
		const worker = (await navigator.serviceWorker.ready).active;
		worker?.postMessage({ type: 'save-locale', locale });
	};

	navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
		const data = event.data as { type?: string; locale?: string; count?: number } | null;
		if (data?.locale !== locale) return;
		saveButton.disabled = false;
		if (data.type === 'saved') {
			// The plural forms of `offline.saved` for this language ("1 file", "5 files", Arabic's six).
			let forms: Record<string, string> = {};
			try {
				forms = JSON.parse(box.dataset['saved'] ?? '{}') as Record<string, string>;
			} catch {
				// A damaged attribute leaves the forms empty; the key then shows, which tests catch.
			}
			say(plural(forms, 'offline.saved', data.count ?? 0, document.documentElement.lang || 'en'));
			box.dataset['state'] = 'saved';
			try {
				localStorage.setItem(`${SAVED_FLAG}-${locale}`, '1');
			} catch {
				// No storage: the worker still remembers the saved locale.
			}
		} else if (data.type === 'save-failed') {
			say(box.dataset['failed'] ?? '');
		}
	});
	saveButton.addEventListener('click', () => void save());

	// A new deploy: its worker installs in the background and waits for the reader's consent.
	const offerUpdate = (worker: ServiceWorker) => {
		update.hidden = false;
		update
			.querySelector('[data-offline-reload]')
			?.addEventListener('click', () => worker.postMessage({ type: 'skip-waiting' }), { once: true });
	};
	if (registration?.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
	registration?.addEventListener('updatefound', () => {
		const incoming = registration.installing;
		incoming?.addEventListener('statechange', () => {
			if (incoming.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(incoming);
		});
	});
	let reloading = false;
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (!update.hidden && !reloading) {
			reloading = true;
			location.reload();
		}
	});

	// The first visit saves this language without being asked (pages, simulators and search),
	// unless the connection says not to (Save-Data, slow or metered): then only on request.
	let already = false;
	try {
		already = localStorage.getItem(`${SAVED_FLAG}-${locale}`) === '1';
	} catch {
		already = false;
	}
	if (already) box.dataset['state'] = 'saved';
	else if (allowsAutomaticDownload(currentConnection())) void save();
	else {
		box.dataset['state'] = 'waiting';
		say(box.dataset['auto'] ?? '');
	}
}
