// Glossary enforcement: each `content/<locale>/_glossary.md` may list, in its frontmatter, terms
// its pages must not use (`forbidden: [{ term, use }]`). The unit tests scan every page's prose
// and the locale's UI strings with these helpers; code, links, comments, frontmatter keywords
// (kept for search) and quoted English admin-center labels are not prose and are skipped.
import { parse } from 'yaml';

/**
 * @typedef {{ term: string, use: string, note?: string }} ForbiddenTerm
 * @typedef {{ term: string, use: string, line: number, text: string }} GlossaryHit
 */

/** The `forbidden` list from a glossary file's frontmatter (empty when it has none). */
export function forbiddenTerms(glossarySource) {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(glossarySource);
	if (!match) return [];
	const data = parse(match[1]) ?? {};
	return Array.isArray(data.forbidden) ? data.forbidden.filter((f) => f && typeof f.term === 'string') : [];
}

/**
 * The prose of an MDX page, line by line (so hits keep their line numbers): frontmatter, fenced
 * code, inline code, link targets, MDX comments and URLs are blanked.
 */
export function proseLines(source) {
	const lines = source.split(/\r?\n/);
	let inFront = lines[0] === '---';
	let inFence = false;
	return lines.map((line, i) => {
		if (inFront) {
			if (i > 0 && line === '---') inFront = false;
			return '';
		}
		if (/^\s*(```|~~~)/.test(line)) {
			inFence = !inFence;
			return '';
		}
		if (inFence) return '';
		return line
			.replace(/`[^`]*`/g, ' ')
			.replace(/\]\([^)]*\)/g, ']')
			.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
			.replace(/https?:\/\/\S+/g, ' ');
	});
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every use of a forbidden term in `lines` (whole words, any case), with its line number. */
export function findForbidden(lines, forbidden) {
	/** @type {GlossaryHit[]} */
	const hits = [];
	for (const f of forbidden) {
		const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(f.term)}`, 'iu');
		lines.forEach((text, i) => {
			if (pattern.test(text))
				hits.push({ term: f.term, use: f.use, line: i + 1, text: text.trim().slice(0, 160) });
		});
	}
	return hits;
}
