/** Astro-bound wrappers over `pages.ts`: read the collection once per build. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { PUBLISHED_LOCALES } from '../i18n/locales';
import { planRoutes, splitId } from './pages';

export type PageEntry = CollectionEntry<'pages'>;

let cache: PageEntry[] | undefined;

/** Every content entry, in every locale. */
export async function getAllPages(): Promise<PageEntry[]> {
	cache ??= await getCollection('pages');
	return cache;
}

/** Routes for every published locale, with fallbacks. */
export async function getRoutes() {
	const entries = await getAllPages();
	return planRoutes(
		entries.map((e) => e.id),
		PUBLISHED_LOCALES.map((l) => l.code),
	);
}

/** The pages a locale shows in its page list (own or fallback), sorted by `order`. */
export async function getPageList(locale: string) {
	const entries = await getAllPages();
	const byId = new Map(entries.map((e) => [e.id, e]));
	const routes = (await getRoutes()).filter((r) => r.locale === locale);
	return routes
		.map((r) => ({ ...r, entry: byId.get(r.contentId) }))
		.filter((r): r is typeof r & { entry: PageEntry } => r.entry !== undefined)
		.sort((a, b) => a.entry.data.order - b.entry.data.order);
}

export { splitId };
