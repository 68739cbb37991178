// The link/anchor check and the size budgets over the build, as tests (the same code as
// `node scripts/check-links.mjs` and `node scripts/check-budgets.mjs`, which print more detail).
import { expect, test } from 'vitest';
import { BUDGETS, assetOverruns, overruns } from '../../scripts/check-budgets.mjs';
import { brokenReason, classifyHref, readSite } from '../../scripts/check-links.mjs';
import { findHrefs, findSrcs } from '../../bench/lib/html.mjs';
import { readSitemap } from '../../bench/lib/site.mjs';
import { measurePage } from '../../bench/lib/weight.mjs';
import { describeBuilt, dist, pages } from './site';
import { PUBLISHED_LOCALES } from '../../src/i18n/locales';

describeBuilt('links and anchors', () => {
	test('every internal link, src and #fragment on every page reaches something built', async () => {
		const site = await readSite(dist);
		const sitemap = (await readSitemap(dist)) as string[];
		const origin = new URL(sitemap[0] ?? 'http://site.invalid').origin;
		const broken: string[] = [];
		let checked = 0;
		for (const page of site.pages) {
			for (const { tag, href } of [...findHrefs(page.text), ...findSrcs(page.text)]) {
				const target = classifyHref(href, page.path, origin);
				if (target.kind !== 'internal') continue;
				checked++;
				const reason = brokenReason(target, site);
				if (reason) broken.push(`${page.path}: <${tag}> "${href}" — ${reason}`);
			}
		}
		expect(broken).toEqual([]);
		// Guard against a reader that finds nothing: each page links at least to its home and languages.
		expect(checked).toBeGreaterThan(pages.length * 10);
	});
});

/** What `measurePage` reports (bench/lib/weight.mjs), as far as these tests read it. */
interface Measured {
	path: string;
	hasIsland: boolean;
	js: { gzip: number };
}

describeBuilt('size budgets (gzip)', () => {
	test('every page stays within its JavaScript, HTML and CSS budgets', async () => {
		const cache = new Map();
		const measured = (await Promise.all(pages.map((p) => measurePage(dist, p, cache)))) as Measured[];
		expect(measured.flatMap((m) => overruns(m))).toEqual([]);
		// Sanity: the simulator pages are measured as such and carry real JavaScript.
		const sims = measured.filter((m) => m.hasIsland);
		expect(sims.length).toBeGreaterThan(0);
		expect(Math.min(...sims.map((m) => m.js.gzip))).toBeGreaterThan(BUDGETS.plainJs);
	});

	test('the model a simulator loads on first use and every strings file stay within their budgets', async () => {
		expect(await assetOverruns(dist)).toEqual([]);
		// The same check fails on a budget the build exceeds (guards a reader that finds no files).
		expect(
			(await assetOverruns(dist, { ...BUDGETS, modelChunk: 1024, stringsFile: 1024 })).length,
		).toBeGreaterThan(PUBLISHED_LOCALES.length);
	});
});
