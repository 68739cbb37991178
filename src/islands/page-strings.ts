/**
 * Where a simulator island finds its strings and its data. They are not island props (Astro would
 * copy them into every page's HTML): the server render registers them here under the URL of the locale's
 * strings file, and in the browser the `client:strings` directive (src/directives/strings.ts)
 * fetches that file and registers it under the same URL before the island hydrates. The file is
 * cached (immutable, content-hashed name) and shared by every simulator page of the locale.
 */
import type { Strings } from './strings';
import type { IslandData, IslandKey } from './types';

/** A strings file: the strings, and in a simulator file the data each island renders from. */
export interface StringsContent {
	readonly strings: Strings;
	readonly data?: Readonly<Partial<Record<IslandKey, IslandData>>>;
}

/** The registry on `globalThis`, shared with the directive's separately bundled script. */
const g = globalThis as { __ealStrings?: Record<string, StringsContent> };

/** Registers the file published at `url` (the server render; in the browser, the directive). */
export function registerStrings(url: string, content: StringsContent): void {
	(g.__ealStrings ??= {})[url] = content;
}

/** The strings registered for `url`; empty (every key shows as itself) if nothing was registered. */
export const stringsAt = (url: string): Strings => g.__ealStrings?.[url]?.strings ?? {};

/** The data an island renders from, from its locale's simulator file (always registered before it renders). */
export function dataAt(url: string, island: IslandKey): IslandData {
	const data = g.__ealStrings?.[url]?.data?.[island];
	if (!data) throw new Error(`${url} has no data for the ${island} island`);
	return data;
}
