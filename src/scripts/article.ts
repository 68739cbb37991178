// Article page tools, started by the page tools module (src/lazy/page-ui.ts) on the reader's first
// interaction, or at once when the address has a #fragment: an old localized #heading id in the
// address becomes the stable one (so a language switch keeps the section), the copy button of
// every code block copies (with a live-region message) and the "On this page" link of the section
// being read is marked as current (the HTML marks the first one, right until the reader moves).

import { onClick } from './clicks';

/** A fragment or href hash without its '#', percent-decoded; a broken %-escape is kept raw. */
function decodeHash(hash: string): string {
	try {
		return decodeURIComponent(hash.slice(1));
	} catch {
		return hash.slice(1);
	}
}

/** Replaces a fragment naming an alias anchor (src/lib/heading-ids.mjs) with its heading's id. */
function canonicalHash() {
	const id = decodeHash(location.hash);
	const alias = id ? document.getElementById(id) : null;
	const heading = alias?.classList.contains('heading-alias') ? alias.parentElement : null;
	if (heading?.id) history.replaceState(history.state, '', `#${heading.id}`);
}

function announce(message: string) {
	const statusRegion = document.querySelector<HTMLElement>('[data-article-status]');
	if (!statusRegion) return;
	// Clear first so the same message twice is announced twice.
	statusRegion.textContent = '';
	requestAnimationFrame(() => (statusRegion.textContent = message));
}

/** Copies the code block of a copy button (server-rendered, src/lib/code-blocks.mjs) and says so. */
function copyCode(button: HTMLButtonElement) {
	const labels = document.querySelector<HTMLElement>('[data-copy-labels]')?.dataset ?? {};
	const pre = button.closest('.code-block')?.querySelector('pre');
	if (!pre) return;
	button.dataset['text'] ??= button.textContent ?? '';
	navigator.clipboard.writeText(pre.textContent ?? '').then(
		() => {
			button.textContent = labels['copied'] ?? '';
			announce(labels['copiedAnnounce'] ?? '');
			setTimeout(() => (button.textContent = button.dataset['text'] ?? ''), 2000);
		},
		() => announce(labels['copyFailed'] ?? ''),
	);
}

/**
 * Scrolls the sticky "On this page" box (not the page) so that `link` shows in it: on a long
 * page its list is taller than the window, and the marked link would otherwise leave it.
 */
function keepInView(link: HTMLElement) {
	const box = link.closest<HTMLElement>('.page__toc');
	if (!box || box.scrollHeight <= box.clientHeight) return;
	const l = link.getBoundingClientRect();
	const b = box.getBoundingClientRect();
	if (l.top < b.top || l.bottom > b.bottom) box.scrollTop += l.top - b.top - b.height / 3;
}

/** Marks the "On this page" link of the section being read: the last heading above the top third of the viewport. */
function trackSection() {
	const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
	const targets = links
		.map((link) => ({ link, heading: document.getElementById(decodeHash(link.hash)) }))
		.filter((x): x is { link: HTMLAnchorElement; heading: HTMLElement } => x.heading !== null);
	if (targets.length === 0) return;
	let current = links.find((link) => link.getAttribute('aria-current') === 'location');
	let queued = false;
	const markCurrent = () => {
		queued = false;
		const line = innerHeight / 3;
		let found = targets[0]?.link;
		for (const { link, heading } of targets) {
			if (heading.getBoundingClientRect().top <= line) found = link;
			else break;
		}
		// At the very bottom the last section is current even when its heading never reaches the line.
		if (innerHeight + scrollY >= document.documentElement.scrollHeight - 2)
			found = targets.at(-1)?.link ?? found;
		if (found === current) return;
		current?.removeAttribute('aria-current');
		found?.setAttribute('aria-current', 'location');
		current = found;
		if (found) keepInView(found);
	};
	addEventListener(
		'scroll',
		() => {
			if (!queued) requestAnimationFrame(markCurrent);
			queued = true;
		},
		{ passive: true },
	);
	markCurrent();
}

/** Starts the article tools (`early`: clicks made while they loaded); a page without code blocks or headings gets only what applies. */
export function startArticle(early: readonly EventTarget[]): void {
	canonicalHash();
	addEventListener('hashchange', canonicalHash);
	onClick<HTMLButtonElement>('.code-copy', copyCode, early);
	trackSection();
}
