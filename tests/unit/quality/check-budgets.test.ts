import { describe, expect, test } from 'vitest';
import { BUDGETS, overruns } from '../../../scripts/check-budgets.mjs';

const size = (gzip: number) => ({ raw: gzip * 3, gzip });
const page = (
	over: Partial<{
		hasIsland: boolean;
		js: number;
		html: number;
		css: number;
		printCss: number;
		missing: string[];
	}>,
) => ({
	path: '/sv/x/',
	hasIsland: over.hasIsland ?? false,
	js: size(over.js ?? 500),
	html: size(over.html ?? 3000),
	css: size(over.css ?? 2000),
	printCss: size(over.printCss ?? 500),
	missing: over.missing ?? [],
});

describe('overruns', () => {
	test('passes a page within every budget', () => {
		expect(overruns(page({}))).toEqual([]);
	});

	test('holds a plain page to the 1 KB JavaScript budget and names page and overrun', () => {
		expect(overruns(page({ js: 1024 }))).toEqual([]);
		expect(overruns(page({ js: 1024 + 100 }))).toEqual([
			'/sv/x/: JavaScript before search opens is 1,124 B gzip, budget 1,024 B (over by 100 B)',
		]);
	});

	test('holds the page tools, loaded on the first interaction, to 1.5 KB on every page', () => {
		const tools = (gzip: number, hasIsland: boolean) => ({
			...page({ hasIsland }),
			jsTools: { raw: gzip * 3, gzip },
		});
		expect(overruns(tools(1536, false))).toEqual([]);
		expect(overruns(tools(1537, true))).toEqual([
			'/sv/x/: JavaScript of the page tools (first interaction) is 1,537 B gzip, budget 1,536 B (over by 1 B)',
		]);
	});

	test('allows a simulator page 3.5 KB of JavaScript at load and 20.75 KB on first use, not more', () => {
		expect(overruns(page({ hasIsland: true, js: BUDGETS.simulatorJs }))).toEqual([]);
		expect(overruns(page({ hasIsland: true, js: BUDGETS.simulatorJs + 1 }))).toEqual([
			'/sv/x/: JavaScript (simulator page) is 3,585 B gzip, budget 3,584 B (over by 1 B)',
		]);
		const intent = (gzip: number) => ({ ...page({ hasIsland: true }), jsIntent: { raw: gzip * 3, gzip } });
		expect(overruns(intent(BUDGETS.simulatorJsOnIntent))).toEqual([]);
		expect(overruns(intent(BUDGETS.simulatorJsOnIntent + 1))).toEqual([
			'/sv/x/: JavaScript on first interaction is 21,249 B gzip, budget 21,248 B (over by 1 B)',
		]);
	});

	test('holds the print stylesheet to its own budget', () => {
		expect(overruns(page({ printCss: BUDGETS.printCss + 1 }))).toEqual([
			`/sv/x/: print CSS is ${(BUDGETS.printCss + 1).toLocaleString('en-US')} B gzip, budget ${BUDGETS.printCss.toLocaleString('en-US')} B (over by 1 B)`,
		]);
	});

	test('reports HTML and CSS overruns separately', () => {
		const found = overruns(page({ html: BUDGETS.html + 1, css: BUDGETS.css + 1 }));
		expect(found).toHaveLength(2);
		expect(found[0]).toMatch(/HTML/);
		expect(found[1]).toMatch(/CSS/);
	});

	test('fails when a referenced script is missing, since its size cannot be counted', () => {
		expect(overruns(page({ missing: ['/_astro/gone.js'] }))).toEqual([
			'/sv/x/: references /_astro/gone.js, which is not in the build, so its size cannot be counted',
		]);
	});
});

describe('HTML budget by template', () => {
	test('holds a simulator page and a troubleshooting list to their HTML budgets, and a plain page to 14 KB', () => {
		const base = { path: '/en/x/', js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, missing: [] };
		const html = { raw: 0, gzip: BUDGETS.html + 1 };
		expect(overruns({ ...base, hasIsland: false, hasGenerated: false, html })).toHaveLength(1);
		expect(overruns({ ...base, hasIsland: false, hasGenerated: true, html })).toEqual([]);
		expect(
			overruns({
				...base,
				hasIsland: false,
				hasGenerated: true,
				html: { raw: 0, gzip: BUDGETS.htmlGenerated + 1 },
			}),
		).toHaveLength(1);
		expect(overruns({ ...base, hasIsland: true, html: { raw: 0, gzip: BUDGETS.htmlSimulator } })).toEqual([]);
		expect(
			overruns({ ...base, hasIsland: true, html: { raw: 0, gzip: BUDGETS.htmlSimulator + 1 } }),
		).toHaveLength(1);
	});
});
