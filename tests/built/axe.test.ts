// axe-core's structural rules on every built page of every locale, run in happy-dom (no
// layout, no page scripts): names, roles, labels, landmarks, headings, lang, duplicate ids,
// list and table structure. Rules that need layout or colour (contrast, target size, scrolling)
// are left to the batched browser sweep in tests/e2e/a11y.test.ts, which also sees the DOM the
// islands add after hydration.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Window } from 'happy-dom';
import { expect, test } from 'vitest';
import { describeBuilt, pages } from './site';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** Rules that need a rendering engine; happy-dom has no layout, so they would pass or stay "incomplete" blindly. */
const NEEDS_LAYOUT = [
	'color-contrast',
	'color-contrast-enhanced',
	'link-in-text-block',
	'target-size',
	'scrollable-region-focusable',
	'css-orientation-lock',
];

interface AxeResults {
	violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
	passes: { id: string }[];
}

/** axe's violations on one page's markup, as "rule (impact): help — targets" lines. */
async function violations(html: string, url: string): Promise<string[]> {
	const window = new Window({
		url,
		settings: {
			disableJavaScriptFileLoading: true,
			disableCSSFileLoading: true,
			disableIframePageLoading: true,
		},
	});
	try {
		// The page's own scripts are not run: this checks the markup every visitor gets first.
		window.document.write(html.replace(/<script\b[\s\S]*?<\/script>/gi, ''));
		window.eval(axeSource);
		const options = {
			runOnly: { type: 'tag', values: TAGS },
			rules: Object.fromEntries(NEEDS_LAYOUT.map((id) => [id, { enabled: false }])),
			resultTypes: ['violations'],
		};
		const { axe } = window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<AxeResults> } };
		const results = await axe.run(window.document, options);
		// A run that checked nothing would pass silently.
		expect(results.passes.length + results.violations.length).toBeGreaterThan(10);
		return results.violations.map(
			(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
		);
	} finally {
		await window.happyDOM.close();
	}
}

describeBuilt('axe structural rules on the static HTML', () => {
	test.each(pages.map((p) => [p.path, p]))('%s', async (path, page) => {
		expect(await violations(page.html, `http://127.0.0.1${path}`)).toEqual([]);
	});
});
