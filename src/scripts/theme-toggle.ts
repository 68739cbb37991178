// The theme button: automatic → light → dark → automatic. theme-init.js applies the saved choice
// before first paint; CSS shows the label of the theme in effect (global.css, .theme-toggle).

import { onClick } from './clicks';

const order = ['auto', 'light', 'dark'] as const;
const KEY = 'eal-theme';

/** The next theme after the one in effect, applied to <html> and remembered where storage allows. */
export function cycleTheme(): void {
	const root = document.documentElement;
	const now =
		root.dataset['theme'] === 'light' || root.dataset['theme'] === 'dark' ? root.dataset['theme'] : 'auto';
	const next = order[(order.indexOf(now) + 1) % order.length] ?? 'auto';
	if (next === 'auto') delete root.dataset['theme'];
	else root.dataset['theme'] = next;
	try {
		if (next === 'auto') localStorage.removeItem(KEY);
		else localStorage.setItem(KEY, next);
	} catch {
		// Private mode without storage: the theme still changes for this page view.
	}
}

/** Handles clicks on the button, including `early` ones made before this code had loaded. */
export function startThemeToggle(early: readonly EventTarget[]): void {
	onClick('[data-theme-toggle]', () => cycleTheme(), early);
}
