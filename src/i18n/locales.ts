/**
 * The one locale registry. Astro's i18n config, the language picker, the root chooser, hreflang
 * tags, Pagefind and the tests all read it. Adding a locale means one entry here, one strings
 * file in `src/i18n/ui/` and one folder in `content/`.
 */
export interface LocaleInfo {
	/** URL segment and content folder name (lowercase). */
	readonly code: string;
	/** BCP-47 tag for `<html lang>` and `Intl`. */
	readonly lang: string;
	/** The language's name in itself, shown in the picker. */
	readonly endonym: string;
	readonly dir: 'ltr' | 'rtl';
	/** Only published locales get pages and appear in the picker. */
	readonly published: boolean;
}

export const LOCALES = [
	{ code: 'sv', lang: 'sv', endonym: 'Svenska', dir: 'ltr', published: true },
	{ code: 'en', lang: 'en', endonym: 'English', dir: 'ltr', published: true },
	{ code: 'nb', lang: 'nb', endonym: 'Norsk bokmål', dir: 'ltr', published: true },
	{ code: 'da', lang: 'da', endonym: 'Dansk', dir: 'ltr', published: true },
	{ code: 'fi', lang: 'fi', endonym: 'Suomi', dir: 'ltr', published: true },
	{ code: 'de', lang: 'de', endonym: 'Deutsch', dir: 'ltr', published: true },
	{ code: 'fr', lang: 'fr', endonym: 'Français', dir: 'ltr', published: true },
	{ code: 'es', lang: 'es', endonym: 'Español', dir: 'ltr', published: true },
	{ code: 'ja', lang: 'ja', endonym: '日本語', dir: 'ltr', published: true },
	{ code: 'ar', lang: 'ar', endonym: 'العربية', dir: 'rtl', published: true },
] as const satisfies readonly LocaleInfo[];

export type LocaleCode = (typeof LOCALES)[number]['code'];

/** The locale whose content is the source of truth for translations. */
export const SOURCE_LOCALE = 'en' satisfies LocaleCode;

/** The locale the root page falls back to when the browser asks for nothing we publish. */
export const DEFAULT_LOCALE = 'sv' satisfies LocaleCode;

/** Every published locale, in registry order. */
export const PUBLISHED_LOCALES: readonly LocaleInfo[] = LOCALES.filter((l) => l.published);

/** True when `code` names a published locale. */
export function isPublishedLocale(code: string | undefined): code is LocaleCode {
	return PUBLISHED_LOCALES.some((l) => l.code === code);
}

/** The registry entry for a locale code; throws for an unknown code, which is a programming error. */
export function getLocale(code: string): LocaleInfo {
	const found = LOCALES.find((l) => l.code === code);
	if (!found) throw new Error(`Unknown locale "${code}"`);
	return found;
}
