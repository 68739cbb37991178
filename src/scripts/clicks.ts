/**
 * Runs `handle` for clicks on elements matching `selector`: at once for the `early` ones (made
 * before the page tools had loaded, src/lazy/page-boot.ts), then for each click as it comes.
 */
export function onClick<E extends Element>(
	selector: string,
	handle: (element: E) => void,
	early: readonly EventTarget[],
): void {
	const match = (target: EventTarget | null) =>
		target instanceof Element ? target.closest<E>(selector) : null;
	for (const target of early) {
		const element = match(target);
		if (element) handle(element);
	}
	document.addEventListener('click', (event) => {
		const element = match(event.target);
		if (element) handle(element);
	});
}
