#!/usr/bin/env node
// `npm run bench`: builds the site into $DIST_DIR (default dist/) and prints every figure of
// issue 8 as tables and as JSON (also written to bench/out/latest.json). Pages, locales and
// templates are discovered from the build, never listed here.
//   --no-build          measure the existing build instead of building
//   --no-lighthouse     skip Lighthouse (about 15 s per locale)
//   --scale[=1000,5000] also time builds with that many synthetic pages (default 1000,5000,10000)
//   --lighthouse=article  Lighthouse on the article only (default: every page type below)
//   --compare=FILE      print the headline figures beside those of an earlier run's JSON
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { serve } from '../scripts/serve.mjs';
import { launchChromium, measureSearchOpen, timeSearch, timeSearchAfterIntent } from './lib/browser.mjs';
import { firstVisitBytes } from './lib/first-visit.mjs';
import { headlineFigures, compareTable } from './lib/headline.mjs';
import { timeToggleFrames } from './lib/interaction.mjs';
import { timedBuild } from './lib/build.mjs';
import { runLighthouse } from './lib/lighthouse.mjs';
import { pagefindSizes } from './lib/pagefind-size.mjs';
import { scaleRun } from './lib/scale.mjs';
import { distDir, fileForPath, listPages, localesOf, readSitemap } from './lib/site.mjs';
import { bytes, ms, table } from './lib/table.mjs';
import { groupTemplates, totalOf } from './lib/templates.mjs';
import { measurePage } from './lib/weight.mjs';

const ARTICLE = 'chat-with-external-users';
// Lighthouse runs on each page type in these locales, where published (LTR, RTL and CJK). The
// reference is a page without a simulator island, measured in the same run, so the simulator
// pages can be read as a ratio to it on a noisy machine.
const LIGHTHOUSE_LOCALES = ['sv', 'en', 'ar', 'ja'];
const PAGE_TYPES = {
	article: ARTICLE,
	federation: 'external-access',
	guest: 'guest-access',
	reference: 'external-vs-guest-access',
};
const args = process.argv.slice(2);
const flag = (name) => args.some((a) => a === `--${name}` || a.startsWith(`--${name}=`));
const scaleArg = args.find((a) => a.startsWith('--scale'));
const log = (line) => console.error(line);

const dir = distDir();
const result = { date: new Date().toISOString(), dist: dir };

if (!flag('no-build')) {
	log(`bench: building into ${dir}…`);
	result.build = await timedBuild({ distDir: dir });
} else if (!existsSync(dir)) {
	throw new Error(`--no-build, but ${dir} does not exist`);
}

const pages = await listPages(dir);
const cache = new Map();
const measured = await Promise.all(pages.map((p) => measurePage(dir, p, cache)));
const sitemap = await readSitemap(dir).catch(() => []);
const locales = localesOf(sitemap);
const localPath = (locale) =>
	[`/${locale}/${ARTICLE}/`, `/${locale}/`].find((p) => existsSync(fileForPath(dir, p)));
result.pages = { total: pages.length, inSitemap: sitemap.length, locales };
result.templates = groupTemplates(measured);
result.totals = { html: totalOf(measured, (m) => m.html), css: totalOf(measured, (m) => m.css) };
result.perPage = measured.map(({ path, hasIsland, html, css, js, jsLazy }) => ({
	path,
	hasIsland,
	html,
	css,
	js,
	jsLazy,
}));
result.pagefind = await pagefindSizes(dir);

const server = await serve({ port: 0, dir });
const browser = await launchChromium();
try {
	if (!browser) log('bench: no Chromium found (set CHROME_PATH); browser figures are n/a');
	const articleOf = (locale) => localPath(locale);
	result.search = {};
	for (const locale of browser && result.pagefind.length ? locales : []) {
		result.search[locale] = await timeSearch(browser, new URL(articleOf(locale), server.url).href);
	}
	// First results after intent (hover, open, a pause, then typing), in an LTR, an RTL and a CJK locale.
	result.searchIntent = {};
	for (const locale of browser && result.pagefind.length
		? LIGHTHOUSE_LOCALES.filter((l) => locales.includes(l))
		: []) {
		result.searchIntent[locale] =
			(await timeSearchAfterIntent(browser, new URL(articleOf(locale), server.url).href)) ?? null;
	}
	const searchPage = articleOf(locales.includes('en') ? 'en' : locales[0]);
	result.searchOpen =
		browser && searchPage
			? ((await measureSearchOpen(browser, new URL(searchPage, server.url).href, dir)) ?? null)
			: null;
	const english = locales.includes('en') ? 'en' : locales[0];
	const simulatorPages = [`/${english}/${PAGE_TYPES.federation}/`, `/${english}/${PAGE_TYPES.guest}/`].filter(
		(p) => existsSync(fileForPath(dir, p)),
	);
	result.toggle = {};
	for (const simulator of browser ? simulatorPages : []) {
		log(`bench: toggles on ${simulator}…`);
		result.toggle[simulator] = (await timeToggleFrames(browser, new URL(simulator, server.url).href)) ?? null;
	}
	result.firstVisit = browser && searchPage ? await firstVisitBytes(browser, server.url, searchPage) : null;
	if (browser) await browser.close();

	result.lighthouse = {};
	const lighthouseLocales =
		flag('no-lighthouse') || !browser
			? []
			: LIGHTHOUSE_LOCALES.filter((l) => locales.includes(l) && localPath(l));
	const types = args.includes('--lighthouse=article') ? ['article'] : Object.keys(PAGE_TYPES);
	for (const locale of lighthouseLocales) {
		for (const type of types) {
			const path = `/${locale}/${PAGE_TYPES[type]}/`;
			if (!existsSync(fileForPath(dir, path))) continue;
			log(`bench: Lighthouse on ${path}…`);
			result.lighthouse[`${locale} ${type}`] = {
				page: path,
				type,
				...(await lighthouseOnce(new URL(path, server.url).href)),
			};
		}
	}
} finally {
	await browser?.close().catch(() => {});
	await server.close();
}

if (scaleArg) {
	const sizes = (scaleArg.split('=')[1] ?? '1000,5000,10000')
		.split(',')
		.map(Number)
		.filter((n) => n > 0);
	result.scale = await scaleRun({ sizes, locales, log });
}

result.headline = headlineFigures(result);
const compareArg = args.find((a) => a.startsWith('--compare='));
if (compareArg) {
	const file = compareArg.slice('--compare='.length);
	const before = JSON.parse(await readFile(file, 'utf8'));
	result.compare = { file, headline: before.headline ?? headlineFigures(before) };
}
await mkdir('bench/out', { recursive: true });
await writeFile('bench/out/latest.json', `${JSON.stringify(result, null, '\t')}\n`);
printTables(result);
console.log(`\nJSON (also in bench/out/latest.json):\n${JSON.stringify({ ...result, perPage: undefined })}`);

/** Lighthouse on one URL, tried twice: on a loaded machine a trace is sometimes lost (NO_NAVSTART). */
async function lighthouseOnce(url) {
	for (let attempt = 1; ; attempt++) {
		try {
			return await runLighthouse(url);
		} catch (error) {
			log(
				`bench: Lighthouse failed on ${url} (attempt ${attempt}): ${String(error).split('\n')[1] ?? error}`,
			);
			if (attempt === 2) return { failing: ['lighthouse-error'], performance: null, tbtMs: null };
		}
	}
}

function printTables(r) {
	const section = (title, body) => console.log(`\n## ${title}\n\n${body}`);
	if (r.build)
		section(
			'Build',
			table(
				['step', 'time'],
				[...r.build.map((s) => [s.name, ms(s.ms)]), ['total', ms(r.build.reduce((a, s) => a + s.ms, 0))]],
			),
		);
	section(
		`Pages: ${r.pages.total} built, ${r.pages.inSitemap} in the sitemap, locales ${r.pages.locales.join(', ') || 'none'}`,
		table(
			[
				'template',
				'pages',
				'example',
				'JS raw',
				'JS gzip',
				'lazy JS gzip',
				'HTML raw',
				'HTML gzip',
				'CSS raw',
				'CSS gzip',
			],
			r.templates.map((t) => [
				t.name,
				t.pages,
				t.example,
				bytes(t.js.raw),
				bytes(t.js.gzip),
				bytes(t.jsLazy.gzip),
				bytes(t.html.raw),
				bytes(t.html.gzip),
				bytes(t.css.raw),
				bytes(t.css.gzip),
			]),
		) +
			`\n\nSizes are the largest page of each template. JS = inline scripts + modules loaded before any interaction; lazy = what a literal dynamic import() can add (found statically; the search code is measured in the browser below).`,
	);
	const so = r.searchOpen;
	section(
		'Search',
		table(
			['figure', 'value'],
			[
				[
					'JS after opening search (raw / gzip)',
					so ? `${bytes(so.openJs.raw)} / ${bytes(so.openJs.gzip)} (${so.openJs.files} files)` : 'n/a',
				],
				[
					'JS after a first query (raw / gzip)',
					so ? `${bytes(so.queryJs.raw)} / ${bytes(so.queryJs.gzip)} (${so.queryJs.files} files)` : 'n/a',
				],
				[
					'all bytes after a first query (JS, wasm, index)',
					so ? `${bytes(so.queryAll.raw)} (${so.queryAll.files} files)` : 'n/a',
				],
				...Object.entries(r.search).map(([l, s]) => [
					`first results, ${l} ("${s.term}", ${s.results} hits): cold / warm`,
					`${ms(s.coldMs)} / ${ms(s.warmMs)}`,
				]),
				...Object.entries(r.searchIntent ?? {}).map(([l, s]) => [
					`first results after intent, ${l} (hover, open, ${s?.pauseMs ?? '?'} ms pause, type "${s?.term ?? ''}")`,
					s ? ms(s.ms) : 'n/a',
				]),
			],
		),
	);
	section(
		'Pagefind index per locale (bytes on disk = transfer; already gzipped)',
		table(
			['lang', 'pages', 'index + meta', 'fragments', 'wasm'],
			r.pagefind.map((p) => [p.lang, p.pages, bytes(p.index), bytes(p.fragments), bytes(p.wasm)]),
		),
	);
	section(
		'Simulator: toggle → next painted frame with the new result (median of 21; the first toggle, which loads the model, apart)',
		table(
			['page', 'CPU', 'first toggle', 'median', 'reference work', 'median ÷ reference'],
			Object.entries(r.toggle ?? {}).flatMap(([page, t]) =>
				t
					? Object.entries(t).map(([rate, f]) => [
							page,
							rate === 'x1' ? 'desktop' : '4× slower',
							ms(f.firstMs),
							ms(f.medianMs),
							ms(f.referenceMs),
							f.ratio == null ? 'n/a' : f.ratio.toFixed(2),
						])
					: [[page, 'n/a', '', '', '', '']],
			),
		),
	);
	const fv = r.firstVisit;
	section(
		'First visit: every byte served to a fresh browser (page, assets, offline precache) until the network is quiet',
		fv
			? table(
					['connection', 'effectiveType', 'requests', 'bytes'],
					Object.entries(fv).map(([name, f]) => [name, f.effectiveType, f.requests, bytes(f.bytes)]),
				)
			: 'n/a',
	);
	const lh = Object.entries(r.lighthouse ?? {});
	section(
		'Lighthouse (mobile)',
		lh.length
			? table(
					[
						'page',
						'type',
						'performance',
						'accessibility',
						'best practices',
						'SEO',
						'FCP',
						'LCP',
						'TBT',
						'failing audits',
					],
					lh.map(([, s]) => [
						s.page,
						s.type ?? 'article',
						s.performance,
						s.accessibility,
						s.bestPractices,
						s.seo,
						ms(s.fcpMs),
						ms(s.lcpMs),
						ms(s.tbtMs),
						s.failing.join(', ') || '–',
					]),
				) +
					"\n\nLighthouse's mobile defaults: simulated slow 4G and 4× CPU slowdown (lantern simulation, not real throttling), so scores move with the load on this machine; compare each page with the reference page of the same locale."
			: 'n/a (skipped or no Chromium)',
	);
	if (r.compare)
		section(
			`Headline figures: this run beside ${r.compare.file}`,
			compareTable(r.headline, r.compare.headline),
		);
	if (r.scale) {
		const first = r.scale[0];
		const time = (row) => row.steps.reduce((a, s) => a + s.ms, 0);
		section(
			'Scaling (synthetic pages in a temporary copy)',
			table(
				['synthetic pages', 'pages built', 'astro', 'pagefind', 'total', 'ms per page', '× of first'],
				r.scale.map((row) => [
					row.size,
					row.pages,
					ms(row.steps.find((s) => s.name === 'astro')?.ms),
					ms(row.steps.find((s) => s.name === 'pagefind')?.ms),
					ms(time(row)),
					(time(row) / row.pages).toFixed(1),
					(time(row) / time(first)).toFixed(2),
				]),
			),
		);
	}
}
