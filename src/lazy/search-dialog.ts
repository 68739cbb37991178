/**
 * The search dialog, loaded on first open. Talks to Pagefind's JS API (which picks the index
 * of the page's <html lang>), renders page + heading results with highlighted excerpts, and
 * moves focus between results with the arrow keys.
 */
import { interpolate, plural } from '../i18n/format';
import { searchNeedsConnection, withTimeout } from '../lib/connection';

interface SubResult {
	title: string;
	url: string;
	excerpt: string;
	weighted_locations?: { weight: number; balanced_score: number }[];
}
interface ResultData {
	url: string;
	excerpt: string;
	meta: { title?: string };
	sub_results?: SubResult[];
}
interface Pagefind {
	options(o: Record<string, unknown>): Promise<void>;
	init?(): Promise<void>;
	/** Loads the index chunks a term needs without searching (Pagefind 1.x). */
	preload?(q: string): Promise<void>;
	search(q: string): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;
/** A search that has not answered by then is reported as unavailable instead of spinning on. */
const SEARCH_TIMEOUT_MS = 10_000;
// The pause after a keystroke before the search runs. The index chunks for the words so far are
// already loading on every keystroke (preload), and a stale run's results are dropped, so the
// pause only has to skip the keys of a burst: 120 ms cost every reader 120 ms of waiting.
const SEARCH_PAUSE_MS = 50;
let bound = false;
let generation = 0;

/** Sub-results shown under each page (Pagefind returns one per matching heading). */
const SUB_RESULTS = 5;

/**
 * Starts loading Pagefind and this language's index when the reader shows intent (focus or
 * hover on the search button), so the first query does not wait for the WebAssembly.
 */
export function warmSearch(): void {
	void loadPagefind()
		.then((pf) => pf.init?.())
		.catch(() => undefined);
}

/** Binds the dialog's behaviour once (the bootstrap has already opened and focused it). */
export function bindSearch(dialog: HTMLDialogElement): void {
	if (bound) return;
	bound = true;
	bind(dialog);
}

function loadPagefind(): Promise<Pagefind> {
	// Built by scripts/build-search-index.mjs; not a module Vite can see at build time.
	const url = '/pagefind/pagefind.js';
	pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
		await pf.options({ excerptLength: 24 });
		return pf;
	});
	return pagefind;
}

function bind(dialog: HTMLDialogElement) {
	const strings = JSON.parse(dialog.dataset['strings'] ?? '{}') as Record<string, string>;
	const lang = document.documentElement.lang;
	const locale = dialog.dataset['locale'] ?? '';
	const input = dialog.querySelector<HTMLInputElement>('#search-input')!;
	const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
	const list = dialog.querySelector<HTMLOListElement>('[data-search-results]')!;
	const empty = dialog.querySelector<HTMLElement>('[data-search-empty]')!;
	const emptyText = dialog.querySelector<HTMLElement>('[data-search-empty-text]')!;
	const s = (key: string, params: Record<string, string | number> = {}) =>
		interpolate(strings[key] ?? key, params);
	let timer: ReturnType<typeof setTimeout> | undefined;

	const showEmpty = (text: string) => {
		list.replaceChildren();
		emptyText.textContent = text;
		empty.hidden = false;
	};

	const run = async (query: string) => {
		const mine = ++generation;
		const trimmed = query.trim();
		if (!trimmed) {
			list.replaceChildren();
			empty.hidden = true;
			status.textContent = '';
			return;
		}
		// Offline without this language saved: say so at once rather than trying (issue 20).
		if (searchNeedsConnection(locale)) {
			status.textContent = s('search.offline');
			showEmpty(s('search.offline'));
			return;
		}
		status.textContent = s('search.loading');
		try {
			const pf = await withTimeout(loadPagefind(), SEARCH_TIMEOUT_MS);
			const response = await withTimeout(pf.search(trimmed), SEARCH_TIMEOUT_MS);
			const datas = await Promise.all((response?.results ?? []).slice(0, 10).map((r) => r.data()));
			if (mine !== generation) return;
			// The English index also holds English fallback copies served under other locales.
			const own = datas.filter((d) => localeOf(d.url) === locale || localeOf(d.url) === undefined);
			if (own.length === 0) {
				status.textContent = s('search.none', { query: trimmed });
				showEmpty(`${s('search.none', { query: trimmed })} ${s('search.suggest')}`);
				return;
			}
			empty.hidden = true;
			list.replaceChildren(...own.map((d) => renderResult(d, s('search.moreOnPage'))));
			status.textContent = plural(strings, 'search.results', own.length, lang, { query: trimmed });
		} catch {
			if (mine !== generation) return;
			// Load again on the next query (the connection may be back).
			pagefind = undefined;
			const text = navigator.onLine === false ? s('search.offline') : s('search.unavailable');
			status.textContent = text;
			showEmpty(text);
		}
	};

	const typed = () => {
		clearTimeout(timer);
		// While the reader types, the index chunks for the words so far load; the search itself
		// waits for a pause, so it finds them ready.
		const q = input.value.trim();
		if (q && !searchNeedsConnection(locale))
			void loadPagefind()
				.then((pf) => pf.preload?.(q))
				.catch(() => undefined);
		timer = setTimeout(() => void run(input.value), SEARCH_PAUSE_MS);
	};
	// While an input method composes (Japanese kana becoming kanji), the text is not the query
	// yet: the search waits for the composition to end.
	input.addEventListener('input', (event) => {
		if (!event.isComposing) typed();
	});
	input.addEventListener('compositionend', typed);
	dialog.querySelector('[data-search-form]')?.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		void run(input.value).then(() => focusable(list)[0]?.focus());
	});
	// A click on the backdrop (outside the dialog box) closes it too.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});
	dialog.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = focusable(list.childElementCount ? list : empty);
		if (links.length === 0) return;
		event.preventDefault();
		const index = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (event.key === 'ArrowDown') links[Math.min(index + 1, links.length - 1)]?.focus();
		else if (index <= 0) input.focus();
		else links[index - 1]?.focus();
	});
	// Catch up with anything typed while this module was loading.
	if (input.value) void run(input.value);
	// Following a link to a heading on the same page: close so the heading is visible.
	list.addEventListener('click', (event) => {
		if ((event.target as Element).closest('a')) dialog.close();
	});
}

/** How well a section matched: the sum of its matches' balanced scores. */
function subScore(sub: SubResult): number {
	return (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
}

function focusable(root: HTMLElement): HTMLAnchorElement[] {
	return [...root.querySelectorAll<HTMLAnchorElement>('a[href]')];
}

function localeOf(url: string): string | undefined {
	return url.split('/').filter(Boolean)[0];
}

function renderResult(data: ResultData, moreLabel: string): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'search__result';
	const title = document.createElement('a');
	title.href = data.url;
	title.className = 'search__page';
	title.textContent = data.meta.title ?? data.url;
	item.append(title);
	// Pagefind's excerpt is escaped page text with <mark> around the matches.
	// Best-matching sections first (a weighted heading such as an error message outranks the
	// page order), then at most SUB_RESULTS of them.
	const subs = (data.sub_results ?? [])
		.filter((sub) => sub.url.includes('#'))
		.map((sub, order) => ({ sub, order, score: subScore(sub) }))
		.sort((a, b) => b.score - a.score || a.order - b.order)
		.slice(0, SUB_RESULTS)
		.map((x) => x.sub);
	if (subs.length === 0) {
		const excerpt = document.createElement('p');
		excerpt.className = 'search__excerpt';
		excerpt.innerHTML = data.excerpt;
		item.append(excerpt);
		return item;
	}
	const sublist = document.createElement('ul');
	sublist.setAttribute('role', 'list');
	sublist.setAttribute('aria-label', moreLabel);
	for (const sub of subs) {
		const li = document.createElement('li');
		const link = document.createElement('a');
		link.href = sub.url;
		link.className = 'search__heading';
		link.textContent = sub.title;
		const excerpt = document.createElement('p');
		excerpt.className = 'search__excerpt';
		excerpt.innerHTML = sub.excerpt;
		li.append(link, excerpt);
		sublist.append(li);
	}
	item.append(sublist);
	return item;
}
