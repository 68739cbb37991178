import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PUBLISHED_LOCALES } from '../../../src/i18n/locales';
import { uiResources } from '../../../src/i18n/translator';
import { findForbidden, forbiddenTerms, proseLines } from '../../../src/lib/glossary.mjs';

const withGlossary = PUBLISHED_LOCALES.map((l) => l.code).filter((code) =>
	existsSync(join('content', code, '_glossary.md')),
);
/** What src/lib/glossary.mjs (plain JavaScript) returns, as far as these tests read it. */
interface Forbidden {
	term: string;
	use: string;
}
interface Hit extends Forbidden {
	line: number;
	text: string;
}
const find = (lines: string[], forbidden: Forbidden[]) => findForbidden(lines, forbidden) as Hit[];
const glossaryOf = (code: string) =>
	forbiddenTerms(readFileSync(join('content', code, '_glossary.md'), 'utf8')) as Forbidden[];
const pagesOf = (code: string) => readdirSync(join('content', code)).filter((f) => f.endsWith('.mdx'));

describe('glossaries', () => {
	test('every translated locale has a glossary', () => {
		const translated = PUBLISHED_LOCALES.map((l) => l.code).filter((c) => c !== 'en');
		expect(translated.filter((c) => !withGlossary.includes(c))).toEqual([]);
	});

	test.each(withGlossary)('%s pages use no term their glossary forbids', (code) => {
		const forbidden = glossaryOf(code);
		const hits = pagesOf(code).flatMap((file) =>
			find(proseLines(readFileSync(join('content', code, file), 'utf8')) as string[], forbidden).map(
				(h) => `${file}:${h.line} "${h.term}" → ${h.use}: ${h.text}`,
			),
		);
		expect(hits).toEqual([]);
	});

	test.each(withGlossary)('%s UI strings use no term their glossary forbids', (code) => {
		const strings = uiResources[code] ?? {};
		const forbidden = glossaryOf(code);
		const hits = Object.entries(strings).flatMap(([key, value]) =>
			find([value], forbidden).map((h) => `${key} "${h.term}" → ${h.use}`),
		);
		expect(hits).toEqual([]);
	});

	test('the Swedish glossary forbids the terms it replaced', () => {
		expect(glossaryOf('sv').map((f) => f.term)).toEqual(
			expect.arrayContaining(['princip', 'klientorganisation', 'huvudbrytare']),
		);
	});
});

describe('findForbidden', () => {
	const forbidden = [{ term: 'princip', use: 'policy' }];

	test('finds a planted term in prose, any case and inflection, with its line', () => {
		const page =
			'---\ntitle: x\nkeywords:\n  - princip\n---\n\nFörsta raden.\nAnvändarens Princip gäller.\nMötesprincipen också.';
		const hits = findForbidden(proseLines(page), forbidden);
		expect(hits.map((h) => h.line)).toEqual([8]);
	});

	test('ignores code, links and frontmatter keywords', () => {
		const page = '---\nkeywords:\n  - princip\n---\n`princip` i kod\n[länk](/sv/princip/)\n```\nprincip\n```';
		expect(findForbidden(proseLines(page), forbidden)).toEqual([]);
	});
});
