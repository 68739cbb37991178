/**
 * URL helpers shared by pages, the language picker and the root chooser. Pure functions that
 * take the locale list as a parameter, so the browser script and the tests can use them too.
 */

/** The path of a page: `/sv/` for the home page, `/sv/guest-access/` otherwise. */
export function pagePath(locale: string, slug: string): string {
	const clean = slug.replace(/^\/+|\/+$/g, '');
	return clean === '' || clean === 'index' ? `/${locale}/` : `/${locale}/${clean}/`;
}

/** Splits a pathname into its locale segment and page slug; `locale` is undefined when unknown. */
export function splitPath(
	pathname: string,
	localeCodes: readonly string[],
): { locale: string | undefined; slug: string } {
	const parts = pathname.split('/').filter(Boolean);
	const first = parts[0];
	if (first !== undefined && localeCodes.includes(first)) {
		return { locale: first, slug: parts.slice(1).join('/') };
	}
	return { locale: undefined, slug: parts.join('/') };
}

/**
 * The same page in another locale, keeping the `#hash` (which also carries simulator state).
 * A path outside any locale goes to the target locale's home page.
 */
export function switchLocalePath(
	pathname: string,
	hash: string,
	target: string,
	localeCodes: readonly string[],
): string {
	const { locale, slug } = splitPath(pathname, localeCodes);
	const base = locale === undefined ? `/${target}/` : pagePath(target, slug);
	return hash && hash !== '#' ? base + (hash.startsWith('#') ? hash : `#${hash}`) : base;
}

/**
 * Picks the best locale for a browser's language list (`navigator.languages`): an exact tag
 * first, then the base language (so `sv-FI` gets `sv`, `no` gets `nb`), then the fallback.
 */
export function chooseLocale(
	preferred: readonly string[],
	localeCodes: readonly string[],
	fallback: string,
): string {
	const aliases: Record<string, string> = { no: 'nb', nn: 'nb' };
	for (const tag of preferred) {
		const lower = tag.toLowerCase();
		if (localeCodes.includes(lower)) return lower;
		const base = lower.split('-')[0] ?? '';
		const candidate = aliases[base] ?? base;
		if (localeCodes.includes(candidate)) return candidate;
	}
	return fallback;
}
