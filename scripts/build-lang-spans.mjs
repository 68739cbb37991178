#!/usr/bin/env node
// Build step after `astro build`: server-rendered text that holds an English admin-center label
// (the translator wraps it in U+2066 … U+2069, see src/i18n/admin-labels.ts) gets it marked
// `<span lang="en" dir="ltr">` (WCAG 3.1.2). Islands mark their own labels when they render
// (src/islands/parts/rich.tsx), so their server HTML is left as it is and hydration matches;
// attributes keep the invisible isolates.
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPages } from '../bench/lib/site.mjs';

const LABEL = /\u2066([^\u2066-\u2069<>]*)\u2069/g;

/** Marks the English label runs in `html`'s text outside islands, scripts and styles. */
export function markEnglishLabels(html) {
	let island = 0;
	let raw = 0;
	return html
		.split(/(<[^>]*>)/)
		.map((token) => {
			if (token.startsWith('<')) {
				const tag = /^<(\/?)([a-z][\w-]*)/i.exec(token);
				const name = tag?.[2]?.toLowerCase();
				const closing = tag?.[1] === '/';
				if (name === 'astro-island') island += closing ? -1 : 1;
				if (name === 'script' || name === 'style') raw += closing ? -1 : token.endsWith('/>') ? 0 : 1;
				return token;
			}
			if (island > 0 || raw > 0 || !token.includes('\u2066')) return token;
			return token.replace(LABEL, '<span lang="en" dir="ltr">$1</span>');
		})
		.join('');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const dir = resolve(process.argv[2] ?? process.env.DIST_DIR ?? 'dist');
	let changed = 0;
	for (const { file } of await listPages(dir)) {
		const path = join(dir, file);
		const html = await readFile(path, 'utf8');
		const out = markEnglishLabels(html);
		if (out !== html) {
			await writeFile(path, out);
			changed++;
		}
	}
	console.log(`English labels marked lang="en" in ${changed} pages.`);
}
