// Article page behaviour after load: an old localized #heading id in the address becomes the
// stable one (so a language switch keeps the section), a copy button on every code block (with a live-region
// message) and the "On this page" link of the section being read marked as current.

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
canonicalHash();
addEventListener('hashchange', canonicalHash);

const statusRegion = document.querySelector<HTMLElement>('[data-article-status]');
const labels = document.querySelector<HTMLElement>('[data-copy-labels]')?.dataset ?? {};

function announce(message: string) {
	if (!statusRegion) return;
	// Clear first so the same message twice is announced twice.
	statusRegion.textContent = '';
	requestAnimationFrame(() => (statusRegion.textContent = message));
}

for (const block of document.querySelectorAll<HTMLElement>('.code-block')) {
	const pre = block.querySelector('pre');
	if (!pre) continue;
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'button code-copy';
	button.textContent = labels['copy'] ?? 'Copy';
	button.setAttribute('aria-label', labels['copyLabel'] ?? 'Copy');
	button.addEventListener('click', () => {
		navigator.clipboard.writeText(pre.textContent ?? '').then(
			() => {
				button.textContent = labels['copied'] ?? 'Copied';
				announce(labels['copiedAnnounce'] ?? '');
				setTimeout(() => (button.textContent = labels['copy'] ?? 'Copy'), 2000);
			},
			() => announce(labels['copyFailed'] ?? ''),
		);
	});
	block.append(button);
}

// The current section: the last heading above the top third of the viewport.
const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
const targets = links
	.map((link) => ({ link, heading: document.getElementById(decodeHash(link.hash)) }))
	.filter((x): x is { link: HTMLAnchorElement; heading: HTMLElement } => x.heading !== null);
let current: HTMLAnchorElement | undefined;
let queued = false;
function markCurrent() {
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
}
if (targets.length > 0) {
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

export {};
