#!/usr/bin/env node
// Size budgets for the built site ($DIST_DIR or dist/), checked in CI after the build.
// Every HTML page is measured the way a first visit loads it (see bench/lib/weight.mjs):
// inline scripts plus every module referenced, followed through static imports; gzip level 9.
// Usage: node scripts/check-budgets.mjs   (exit 1 and one line per overrun when over budget)
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distDir, listPages } from '../bench/lib/site.mjs';
import { measurePage, moduleGraph, sizeOf } from '../bench/lib/weight.mjs';

/**
 * Budgets in gzip bytes per page. JavaScript counts what loads before any interaction; what a
 * click imports later (search, lazy chunks) is reported by `npm run bench`, not budgeted here.
 */
export const BUDGETS = {
	// A simulator page (one with <astro-island>) at load. Issue 8 set 20 KB (18.7–19.3 KB then);
	// round 2 brought it to 24.9 KB. Since 2026-12-04 an island hydrates on the reader's first
	// pointer, touch, focus or key (src/directives/strings.ts), so the page loads only the island
	// runtime and the directive with its own scripts: 4.85 KB. Issue 18 asked for ≤ 15 KB. 3.95 KB
	// once the search bootstrap left Vite (no preload helper at load; the islands load it on use),
	// 3.15 KB once the theme, language picker and article tools waited for the first interaction.
	simulatorJs: 3.5 * 1024,
	// What that first interaction loads: Preact, the renderer and the simulator's view (the model
	// follows on the first change, budgeted below). 20.1 KB on 2026-12-04; 20.75 KB when Vite's
	// preload helper (0.9 KB) moved here from the page's load; 20.49 KB once the predict-first and
	// puzzle controls loaded with the trainer tools, 20.70 KB with the setting fields that skip an
	// unchanged render.
	simulatorJsOnIntent: 20.75 * 1024,
	// A page without a simulator: theme, language picker, the search button and (issue 15) the
	// copy buttons and current-section marking. Issue 8 set 2 KB (measured 835–920 B); issue 15
	// brought it to 2.8 KB on 2026-12-03, 1.9 KB on 2026-12-04 once the search bootstrap was
	// built outside Vite (scripts/build-lazy.mjs), which had wrapped its import() in a 0.9 KB
	// preload helper, 997 B once the page tools (theme, language picker, article tools) loaded on
	// the reader's first interaction (src/lazy/page-boot.ts) and the service worker on idle. Issue
	// 18's 1 KB.
	plainJs: 1024,
	// Those page tools (src/lazy/page-ui.ts), on every page's first pointer, key, focus or scroll.
	pageTools: 1.5 * 1024,
	// HTML: first measurement 2.8 KB gzip on a placeholder article; with the real articles the
	// largest plain article is 11.2 KB (/fr/external-access/ before its simulator, 37.7 KB raw).
	// 14 KB fits the first TCP round trip (initial congestion window of 10 segments), so the
	// text renders before a second round trip.
	html: 14 * 1024,
	// A page with a simulator island (its default state rendered on the server). 38.3–40.5 KB on
	// 2026-12-03/04 while each island's strings and data travelled as props; 23.1 KB once they
	// moved to one cached file per locale (issue 18), the Arabic article the largest. 19.5 KB once
	// the page tools waited for the first interaction and Astro's island runtime and directive,
	// inline in every simulator page, moved to one cached file with each page's CSP listing only
	// its own hashes (scripts/build-page-scripts.mjs): every simulator page is at most half of
	// what it was on 2026-12-04 (issue 18's goal).
	htmlSimulator: 20 * 1024,
	// A page with the generated troubleshooting list (no island): 25.8 KB, Arabic the largest;
	// 22.8 KB after the same changes.
	htmlGenerated: 24 * 1024,
	// The model a simulator loads on its first use: src/islands/model-engine.ts and every chunk it
	// imports statically. 27.0 KB on 2026-12-04 (the model's index pulled the importer in), 17.3 KB
	// once the engine imported the model's modules directly, 12.4 KB once scenarios, the link
	// decoder, the smallest-fix search and the PowerShell readout moved to model-extras.ts (loaded
	// after the engine; a first toggle needs none of them), 11.8 KB once the cited URLs did too
	// (a trace's links resolve them; cells carry source keys). Issue 18's 12 KB.
	modelChunk: 12 * 1024,
	// One locale's strings file (/_astro/strings.<kind>.<locale>.<hash>.json), fetched once per
	// locale before an island hydrates: Arabic's simulator file is the largest, 15.1 KB of strings
	// and, since the islands' data moved out of the HTML too, 18.4 KB with it.
	stringsFile: 19 * 1024,
	// Screen CSS per page (stylesheets without media="print", plus inline styles): 2.6 KB in round
	// 1 (9.1 KB raw), 7.0 KB on 2026-12-03 after the one-view layout, diagram, baselines, import
	// and docs-page styles. 7.5 KB stays under half of Starlight's 16.75 KB CSS budget
	// (docs-anchors.md §1).
	css: 7.5 * 1024,
	// The print stylesheet (issue 15), fetched at low priority and never render-blocking.
	printCss: 1.5 * 1024,
};

/** The overruns for one measured page, as readable messages (empty when within budget). */
export function overruns(m, budgets = BUDGETS) {
	const out = [];
	const check = (what, size, limit) => {
		if (size > limit)
			out.push(
				`${m.path}: ${what} is ${bytes(size)} gzip, budget ${bytes(limit)} (over by ${bytes(size - limit)})`,
			);
	};
	if (m.hasIsland) {
		check('JavaScript (simulator page)', m.js.gzip, budgets.simulatorJs);
		check('JavaScript on first interaction', m.jsIntent?.gzip ?? 0, budgets.simulatorJsOnIntent);
	} else check('JavaScript before search opens', m.js.gzip, budgets.plainJs);
	check('JavaScript of the page tools (first interaction)', m.jsTools?.gzip ?? 0, budgets.pageTools);
	check(
		'HTML',
		m.html.gzip,
		m.hasIsland ? budgets.htmlSimulator : m.hasGenerated ? budgets.htmlGenerated : budgets.html,
	);
	check('CSS', m.css.gzip, budgets.css);
	check('print CSS', m.printCss?.gzip ?? 0, budgets.printCss);
	for (const url of m.missing)
		out.push(`${m.path}: references ${url}, which is not in the build, so its size cannot be counted`);
	return out;
}

/**
 * Overruns of the files that load with a simulator rather than with a page: the model its first
 * use loads (`/_astro/model-engine.*.js` with its static imports) and each strings file. Throws
 * when the build has no model engine, so a renamed chunk cannot slip past its budget.
 */
export async function assetOverruns(dir, budgets = BUDGETS) {
	return overrunsOfAssets(await assetSizes(dir), budgets);
}

function overrunsOfAssets({ engines, strings }, budgets) {
	const over = (list, what, limit) =>
		list
			.filter(({ gzip }) => gzip > limit)
			.map(
				({ name, gzip }) =>
					`/_astro/${name}: ${what} is ${bytes(gzip)} gzip, budget ${bytes(limit)} (over by ${bytes(gzip - limit)})`,
			);
	return [
		...over(engines, 'the model on first use', budgets.modelChunk),
		...over(strings, 'strings file', budgets.stringsFile),
	];
}

/**
 * Gzip sizes of the files that load with a simulator: each model engine chunk with what it adds
 * (it and everything it imports statically, less what the simulator view `use-simulator.*.js`,
 * which imports it, has loaded already), and each strings file.
 */
async function assetSizes(dir) {
	const all = await readdir(join(dir, '_astro'));
	const gzipOf = async (url) => sizeOf(await readFile(join(dir, url))).gzip;
	const names = all.filter((n) => /^model-engine\.[\w-]+\.js$/.test(n));
	if (!names.length) throw new Error(`No model engine (_astro/model-engine.*.js) in ${dir}`);
	const views = all.filter((n) => /^use-simulator\.[\w-]+\.js$/.test(n)).map((n) => `/_astro/${n}`);
	const loaded = new Set((await moduleGraph(dir, views)).eager);
	const engines = await Promise.all(
		names.map(async (name) => {
			const eager = (await moduleGraph(dir, [`/_astro/${name}`])).eager.filter((u) => !loaded.has(u));
			const sizes = await Promise.all(eager.map(gzipOf));
			return { name, gzip: sizes.reduce((a, b) => a + b, 0) };
		}),
	);
	const strings = await Promise.all(
		all
			.filter((n) => /^strings\..+\.json$/.test(n))
			.map(async (name) => ({ name, gzip: await gzipOf(`/_astro/${name}`) })),
	);
	return { engines, strings };
}

function fmt(n) {
	return n >= 1024 ? `${(n / 1024).toFixed(2)} KB` : `${n} B`;
}

// Exact counts in messages, so an overrun of a few bytes is not shown as "20.00 KB > 20.00 KB".
function bytes(n) {
	return `${n.toLocaleString('en-US')} B`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const dir = distDir();
	const pages = await listPages(dir).catch(() => []);
	if (!pages.length) {
		console.error(`No HTML pages in ${dir}. Build first: npm run build`);
		process.exit(1);
	}
	const cache = new Map();
	const measured = await Promise.all(pages.map((p) => measurePage(dir, p, cache)));
	const assets = await assetSizes(dir);
	const problems = [...measured.flatMap((m) => overruns(m)), ...overrunsOfAssets(assets, BUDGETS)];
	const largest = (list, pick) => (list.length ? fmt(Math.max(...list.map(pick))) : 'no such page yet');
	const sim = measured.filter((m) => m.hasIsland);
	const plain = measured.filter((m) => !m.hasIsland);
	console.log(`Budgets over ${measured.length} pages in ${dir} (gzip, largest page / budget):`);
	console.log(`  JS, simulator pages  ${largest(sim, (m) => m.js.gzip)} / ${fmt(BUDGETS.simulatorJs)}`);
	console.log(
		`  JS, first use        ${largest(sim, (m) => m.jsIntent.gzip)} / ${fmt(BUDGETS.simulatorJsOnIntent)} (simulator pages, on the first pointer, touch, focus or key)`,
	);
	console.log(`  JS, other pages      ${largest(plain, (m) => m.js.gzip)} / ${fmt(BUDGETS.plainJs)}`);
	console.log(
		`  JS, page tools       ${largest(measured, (m) => m.jsTools.gzip)} / ${fmt(BUDGETS.pageTools)} (every page, on the first pointer, key, focus or scroll)`,
	);
	console.log(
		`  HTML                 ${largest(measured, (m) => m.html.gzip)} / ${fmt(BUDGETS.html)} (${fmt(BUDGETS.htmlSimulator)} with a simulator, ${fmt(BUDGETS.htmlGenerated)} with the troubleshooting list)`,
	);
	console.log(`  CSS                  ${largest(measured, (m) => m.css.gzip)} / ${fmt(BUDGETS.css)}`);
	console.log(
		`  model on first use   ${largest(assets.engines, (e) => e.gzip)} / ${fmt(BUDGETS.modelChunk)}`,
	);
	console.log(
		`  strings file         ${largest(assets.strings, (f) => f.gzip)} / ${fmt(BUDGETS.stringsFile)}`,
	);
	if (problems.length) {
		console.error(`\n${problems.length} budget overrun(s):\n${problems.map((p) => `  ✗ ${p}`).join('\n')}`);
		process.exit(1);
	}
	console.log('All pages within budget.');
}
