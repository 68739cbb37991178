// WCAG 3.1.2 (issue 16): on every page that is not English, each English admin-center label a
// reader sees sits inside an element marked lang="en" — in article text, in server-rendered
// components and in the simulators' first render. Labels of one word ("Chat", "Anyone") are not
// checked: several languages write the same word.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ADMIN_LABELS } from '../../src/i18n/admin-labels';
import { describeBuilt, domOf, pages } from './site';

const en = JSON.parse(readFileSync('src/i18n/ui/en.json', 'utf8')) as Record<string, string>;
const LABELS = [...new Set(ADMIN_LABELS.map((l) => en[l.key] ?? ''))].filter((l) => l.includes(' '));
/** Elements whose text is code, or (option) plain text that cannot hold a marked span. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'CODE', 'PRE', 'KBD', 'SAMP', 'TEMPLATE', 'OPTION']);

/** Each English label found in text not inside a lang="en" element, as "label — context". */
function unmarked(document: Document): string[] {
	const out: string[] = [];
	const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const text = (node.textContent ?? '').replace(/[\u2066-\u2069]/g, '');
		const found = LABELS.filter((l) => text.includes(l));
		if (found.length === 0) continue;
		let el = node.parentElement;
		let ok = false;
		while (el) {
			if (SKIP.has(el.tagName) || el.getAttribute('lang')?.startsWith('en')) {
				ok = true;
				break;
			}
			if (el.hasAttribute('lang')) break;
			el = el.parentElement;
		}
		if (!ok) for (const l of found) out.push(`${l} — “${text.trim().slice(0, 80)}”`);
	}
	return out;
}

describeBuilt('English admin-center labels are marked lang="en" in other languages', () => {
	const translated = pages.filter((p) => p.locale && p.locale !== 'en');

	test('the build has translated pages that name labels', () => {
		expect(translated.length).toBeGreaterThan(20);
	});

	test.each(translated.map((p) => [p.path, p] as const))('%s', (_path, page) => {
		expect(unmarked(domOf(page.html))).toEqual([]);
	});
});
