// A hast plugin for translated pages: typesets their prose for the page's locale (quotes,
// French spacing, grouped numbers; see typography.mjs) and, on right-to-left pages, marks every
// code element `dir="ltr"` so `-AllowFederatedUsers $false` keeps its order inside Arabic text.
import { typeset } from './typography.mjs';

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
};

/**
 * Typesets a hast tree for `locale`; `rtl` marks code elements `dir="ltr"`. The changes go
 * through `edit` (Sätteri hands out read-only nodes and edits through its context); by default
 * the tree is changed in place. Returns the tree.
 */
export function typesetTree(tree, locale, rtl, edit = inPlace) {
	let before = '';
	const walk = (node) => {
		if (node.type === 'text') {
			const value = typeset(node.value, locale, before);
			if (value !== node.value) edit.setText(node, value);
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
		for (const child of node.children ?? []) walk(child);
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
			});
		},
	};
}
