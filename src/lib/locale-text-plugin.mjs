// A hast plugin for translated pages: typesets their prose for the page's locale (quotes,
// French spacing, grouped numbers; see typography.mjs) and, on right-to-left pages, marks every
// code element `dir="ltr"` so `-AllowFederatedUsers $false` keeps its order inside Arabic text.
// English admin-center labels are marked lang="en", and `[[label:<key>]]` markers render the
// label from the locale's label list (english-labels.mjs).
import { typeset } from './typography.mjs';
import { loadLabels, textRuns } from './english-labels.mjs';

/** Elements whose text is code or machine input: never typeset. */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'var']);
/** Elements that start a new run of text: a quote at their start is an opening one. */
const BLOCKS = new Set([
	'p',
	'li',
	'td',
	'th',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'blockquote',
	'dd',
	'dt',
	'figcaption',
	'div',
	'section',
	'table',
	'tr',
	'ul',
	'ol',
	'details',
	'summary',
	'caption',
	'aside',
]);

/** The content folder (`content/<locale>/…`) a file comes from, or null. */
export function localeOfPath(path) {
	const match = /[\\/]content[\\/]([a-z]{2,3}(?:-[a-z0-9]+)?)[\\/]/i.exec(path ?? '');
	return match ? match[1].toLowerCase() : null;
}

/** Edits that mutate a plain hast tree in place (tests, unified). */
const inPlace = {
	setText: (node, value) => {
		node.value = value;
	},
	markLtr: (node) => {
		node.properties = { ...node.properties, dir: 'ltr' };
	},
	replaceWith: (node, nodes, parent) => {
		const at = parent.children.indexOf(node);
		if (at >= 0) parent.children.splice(at, 1, ...nodes);
	},
};

/** Runs as hast nodes: English runs in `<span lang="en">` (isolated left to right in RTL). */
function runNodes(runs, rtl) {
	return runs.map((r) =>
		r.english
			? {
					type: 'element',
					tagName: 'span',
					properties: rtl ? { lang: 'en', dir: 'ltr' } : { lang: 'en' },
					children: [{ type: 'text', value: r.text }],
				}
			: { type: 'text', value: r.text },
	);
}

const labelCache = new Map();
function labelsFor(locale) {
	if (!labelCache.has(locale)) labelCache.set(locale, loadLabels(locale));
	return labelCache.get(locale);
}

/**
 * Typesets a hast tree for `locale`; `rtl` marks code elements `dir="ltr"`. The changes go
 * through `edit` (Sätteri hands out read-only nodes and edits through its context); by default
 * the tree is changed in place. Returns the tree.
 */
export function typesetTree(tree, locale, rtl, edit = inPlace, labels = labelsFor(locale)) {
	let before = '';
	let inEnglish = 0;
	const walk = (node, parent) => {
		if (node.type === 'text') {
			const value = typeset(node.value, locale, before);
			const runs = inEnglish ? null : textRuns(value, locale, labels);
			if (runs) edit.replaceWith(node, runNodes(runs, rtl), parent);
			else if (value !== node.value) edit.setText(node, value);
			before = value.slice(-1) || before;
			return;
		}
		if (node.type !== 'element' && node.type !== 'root') return;
		if (node.type === 'element') {
			if (node.tagName === 'code' && rtl) edit.markLtr(node);
			if (VERBATIM.has(node.tagName)) {
				// Code counts as a word before what follows it: `x`" closes a quote.
				before = 'x';
				return;
			}
			if (BLOCKS.has(node.tagName)) before = '';
		}
		const english = node.type === 'element' && node.properties?.lang !== undefined;
		if (english) inEnglish++;
		for (const child of [...(node.children ?? [])]) walk(child, node);
		if (english) inEnglish--;
		if (node.type === 'element' && BLOCKS.has(node.tagName)) before = '';
	};
	walk(tree);
	return tree;
}

/**
 * The Sätteri hast plugin (Astro 7's Markdown and MDX processor). `rtlLocales` lists the locale
 * codes written right to left, from the registry.
 * @param {{ rtlLocales?: readonly string[] }} [options]
 */
export function localeTextPlugin(options = {}) {
	const rtl = new Set(options.rtlLocales ?? []);
	return {
		name: 'external-access-lab:locale-text',
		before(root, ctx) {
			const locale = localeOfPath(ctx.fileURL ? decodeURIComponent(ctx.fileURL.pathname) : '');
			if (!locale) return;
			typesetTree(root, locale, rtl.has(locale), {
				setText: (node, value) => ctx.replaceNode(node, { type: 'text', value }),
				markLtr: (node) => ctx.setProperty(node, 'dir', 'ltr'),
				replaceWith: (node, nodes) => ctx.replaceNode(node, nodes),
			});
		},
	};
}
