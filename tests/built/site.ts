// The built site ($DIST_DIR, else dist/) as the tests in tests/built read it: every HTML page
// with its URL path, locale and text. When there is no build, every suite here is skipped with
// a name that says so; `npm test` builds first and then runs this project.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Window } from 'happy-dom';
import { describe } from 'vitest';
import { distDir, listPages } from '../../bench/lib/site.mjs';
import { PUBLISHED_LOCALES } from '../../src/i18n/locales';

export const dist = distDir();
export const built = existsSync(join(dist, 'sitemap-index.xml')) || existsSync(join(dist, 'sitemap-0.xml'));

export interface BuiltPage {
	/** Path below the build folder, e.g. `en/x/index.html`. */
	readonly file: string;
	/** URL path, e.g. `/en/x/`. */
	readonly path: string;
	/** The published locale the page belongs to, or undefined (root chooser, multilingual 404). */
	readonly locale: string | undefined;
	readonly html: string;
}

const codes = new Set(PUBLISHED_LOCALES.map((l) => l.code));

/** Every HTML page of the build (Pagefind's files excluded), read once per test file. */
export const pages: readonly BuiltPage[] = built
	? (await listPages(dist)).map(({ file, path }: { file: string; path: string }) => {
			const first = path.split('/')[1] ?? '';
			return {
				file,
				path,
				locale: codes.has(first) ? first : undefined,
				html: readFileSync(join(dist, file), 'utf8'),
			};
		})
	: [];

/** The page served at a URL path; throws with the path when the build lacks it. */
export function pageAt(path: string): BuiltPage {
	const found = pages.find((p) => p.path === path);
	if (!found) throw new Error(`The build in ${relative(process.cwd(), dist)} has no page at ${path}`);
	return found;
}

/** `describe` that runs only over a build, and says how to get one when skipped. */
export function describeBuilt(name: string, body: () => void): void {
	const where = relative(process.cwd(), dist) || '.';
	describe.skipIf(!built)(
		built ? name : `${name} — skipped: no build in ${where}/ (run \`npm run build\` first)`,
		body,
	);
}

const parsed = new Map<string, Document>();

/** A built page parsed into a DOM (happy-dom, scripts not run), for querying like a browser would. */
export function domOf(html: string, url = 'http://127.0.0.1/'): Document {
	const known = parsed.get(html);
	if (known) return known;
	const window = new Window({
		url,
		settings: {
			disableJavaScriptEvaluation: true,
			disableJavaScriptFileLoading: true,
			disableCSSFileLoading: true,
			disableIframePageLoading: true,
		},
	});
	const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
	parsed.set(html, doc);
	return doc;
}
