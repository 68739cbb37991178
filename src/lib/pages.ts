/**
 * The page inventory: which slugs exist, in which locales, and what each locale falls back to.
 * Pure over a list of collection ids, so it is unit-tested without Astro.
 */
import { SOURCE_LOCALE } from '../i18n/locales';

export interface PageRef {
	locale: string;
	slug: string;
	/** The collection id of the content to render (`en/x` when `sv/x` falls back). */
	contentId: string;
	/** True when the locale has no translation and the source locale's text is shown. */
	isFallback: boolean;
}

/** Splits a collection id (`sv/guest-access`) into locale and slug (`index` for the home page). */
export function splitId(id: string): { locale: string; slug: string } {
	const slash = id.indexOf('/');
	if (slash < 0) throw new Error(`Content id "${id}" is not inside a locale folder`);
	return { locale: id.slice(0, slash), slug: id.slice(slash + 1) };
}

/**
 * One route per published locale and per slug that exists in that locale or in the source
 * locale; a slug missing in a locale renders the source text there, marked as a fallback.
 */
export function planRoutes(ids: readonly string[], published: readonly string[]): PageRef[] {
	const have = new Set(ids);
	const slugs = new Set(ids.map((id) => splitId(id).slug));
	const routes: PageRef[] = [];
	for (const locale of published) {
		for (const slug of [...slugs].sort()) {
			const own = `${locale}/${slug}`;
			const source = `${SOURCE_LOCALE}/${slug}`;
			if (have.has(own)) routes.push({ locale, slug, contentId: own, isFallback: false });
			else if (have.has(source)) routes.push({ locale, slug, contentId: source, isFallback: true });
		}
	}
	return routes;
}

/** The locales that have their own translation of `slug`. */
export function localesWithPage(ids: readonly string[], slug: string): string[] {
	return ids
		.map(splitId)
		.filter((p) => p.slug === slug)
		.map((p) => p.locale);
}
