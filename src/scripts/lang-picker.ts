/** Keeps the reader's place across a language switch: the fragment (a heading or the simulator state) goes along. */
export function startLanguagePicker(): void {
	document.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest?.('[data-lang-picker] a[data-locale]');
		if (!(link instanceof HTMLAnchorElement) || !location.hash) return;
		link.href = link.href.split('#')[0] + location.hash;
	});
}
