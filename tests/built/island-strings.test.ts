// Simulator strings travel in one cached file per locale and kind, not in every page's HTML
// (issue 18): each island names its file in `client:strings`, the file is in the build with the
// strings its view uses, and the offline save of a locale carries that locale's files only.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PUBLISHED_LOCALES } from '../../src/i18n/locales';
import { SETTINGS } from '../../src/model/index';
import { describeBuilt, dist, pages } from './site';

/** A simulator strings file: the strings, and each island's data. */
interface SimFile {
	readonly strings: Record<string, string>;
	readonly data: Record<string, { readonly results?: Record<string, unknown> } | undefined>;
}

const islandPages = pages.filter((p) => p.html.includes('<astro-island'));

/** Each island's directive, its value and its prop names, read from the page's HTML. */
function islandsOf(html: string) {
	const attr = (tag: string, name: string) => decode(new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '');
	return [...html.matchAll(/<astro-island\s[^>]*>/g)].map(([tag]) => ({
		client: attr(tag, 'client'),
		value: (JSON.parse(attr(tag, 'opts') || '{}') as { value?: unknown }).value,
		props: JSON.parse(attr(tag, 'props') || '{}') as Record<string, unknown>,
	}));
}

const decode = (s: string) =>
	s.replace(
		/&(quot|amp|lt|gt|#39);/g,
		(_, e: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'" })[e] ?? _,
	);

describeBuilt('island strings files', () => {
	test('every island hydrates through its locale strings file, and its props carry no strings', () => {
		expect(islandPages.length).toBeGreaterThanOrEqual(PUBLISHED_LOCALES.length * 3);
		for (const page of islandPages) {
			for (const { client, value, props } of islandsOf(page.html)) {
				expect(client, page.path).toBe('strings');
				const url = String(value);
				expect(url, page.path).toMatch(
					new RegExp(`^/_astro/strings\\.\\w+\\.${page.locale}\\.[0-9a-f]{10}\\.json$`),
				);
				// Astro serializes props as [type, value] pairs.
				expect(props['stringsUrl'], page.path).toEqual([0, url]);
				// A simulator's data travels in the file too; the import panel's is small and stays.
				expect(Object.keys(props).sort(), page.path).toEqual(
					url.includes('/strings.sim.') ? ['island', 'lang', 'stringsUrl'] : ['data', 'lang', 'stringsUrl'],
				);
				expect(existsSync(join(dist, url)), `${page.path} → ${url}`).toBe(true);
			}
		}
	});

	test('each locale file holds that language (every setting label, the static note, no help texts) and the islands’ data', () => {
		const read = (url: string) => JSON.parse(readFileSync(join(dist, url), 'utf8')) as SimFile;
		const enUrl = islandsOf(pagesIn('en')[0]!.html)
			.map((i) => String(i.value))
			.find((u) => u.includes('/strings.sim.'));
		const en = read(enUrl!).strings;
		for (const locale of PUBLISHED_LOCALES) {
			const urls = new Set(
				pagesIn(locale.code).flatMap((p) => islandsOf(p.html).map((i) => String(i.value))),
			);
			const sim = [...urls].find((u) => u.includes('/strings.sim.'));
			expect(sim, locale.code).toBeDefined();
			const { strings, data } = read(sim!);
			for (const s of SETTINGS.filter((x) => x.retired === undefined))
				expect(strings[`setting.${s.id}.label`], `${locale.code} ${s.id}`).toBeTruthy();
			expect(Object.keys(strings).filter((k) => k.endsWith('.help'))).toEqual([]);
			// Translated where the locale has its own text (the English file is the reference).
			if (locale.code !== 'en') expect(strings['sim.static.note']).not.toBe(en['sim.static.note']);
			// Each island's data (its default results among them) travels in the same file.
			for (const island of ['federation', 'guest', 'mode'])
				expect(Object.keys(data[island]?.results ?? {}).length, `${locale.code} ${island}`).toBeGreaterThan(
					4,
				);
		}
	});

	test('the offline save of a locale includes its strings files and no other locale’s', () => {
		const manifest = JSON.parse(readFileSync(join(dist, 'offline-manifest.json'), 'utf8')) as {
			shared: string[];
			locales: Record<string, string[]>;
		};
		// The strings files are JSON (/_astro/strings.<kind>.<locale>.<hash>.json); the code of
		// src/islands/strings.ts may be a chunk of its own (/_astro/strings.<hash>.js), shared by all.
		const stringsFile = /\/_astro\/strings\.\w+\.[\w-]+\.\w+\.json$/;
		expect(manifest.shared.filter((u) => stringsFile.test(u))).toEqual([]);
		for (const locale of PUBLISHED_LOCALES) {
			const used = new Set(
				pagesIn(locale.code).flatMap((p) => islandsOf(p.html).map((i) => String(i.value))),
			);
			const saved = (manifest.locales[locale.code] ?? []).filter((u) => stringsFile.test(u));
			expect(saved.sort(), locale.code).toEqual([...used].sort());
		}
	});
});

function pagesIn(locale: string) {
	return islandPages.filter((p) => p.locale === locale);
}
