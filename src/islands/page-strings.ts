/**
 * Where a simulator island finds its strings. They are not island props (Astro would copy them
 * into every page's HTML): the server render registers them here under the URL of the locale's
 * strings file, and in the browser the `client:strings` directive (src/directives/strings.ts)
 * fetches that file and registers it under the same URL before the island hydrates. The file is
 * cached (immutable, content-hashed name) and shared by every simulator page of the locale.
 */
import type { Strings } from './strings';

/** The registry on `globalThis`, shared with the directive's separately bundled script. */
const g = globalThis as { __ealStrings?: Record<string, Strings> };

/** Registers the strings published at `url` (the server render; in the browser, the directive). */
export function registerStrings(url: string, strings: Strings): void {
	(g.__ealStrings ??= {})[url] = strings;
}

/** The strings registered for `url`; empty (every key shows as itself) if nothing was registered. */
export const stringsAt = (url: string): Strings => g.__ealStrings?.[url] ?? {};
