// Issue 16: key names as each language writes them (Strg, Échap, Eingabetaste, Retur), in <kbd>
// elements, in the search button, the search dialog's hint and its close button.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { PUBLISHED_LOCALES } from '../../src/i18n/locales';
import { describeBuilt, domOf, pageAt } from './site';

const strings = (code: string) =>
	JSON.parse(readFileSync(`src/i18n/ui/${code}.json`, 'utf8')) as Record<string, string>;

describeBuilt('keyboard names in the search controls', () => {
	test.each(PUBLISHED_LOCALES.map((l) => l.code))('%s: the locale’s key names, each in a <kbd>', (code) => {
		const ui = strings(code);
		const doc = domOf(pageAt(`/${code}/`).html);
		const combo = [...doc.querySelectorAll('.search-open__keys kbd')].map((k) => k.textContent);
		expect(combo).toEqual([ui['sim.keys.ctrl'], 'K']);
		const hint = [...doc.querySelectorAll('#search-hint kbd')].map((k) => k.textContent);
		expect(hint).toEqual(['↑', '↓', ui['sim.keys.enter'], ui['sim.keys.esc']]);
		expect(doc.querySelector('#search-hint')?.textContent).not.toContain('{{');
		expect(doc.querySelector('[data-search-close] kbd')?.textContent).toBe(ui['sim.keys.esc']);
	});

	test('German, French and Spanish do not show the English names', () => {
		const keys = (code: string) =>
			[...domOf(pageAt(`/${code}/`).html).querySelectorAll('.search-open__keys kbd, #search-hint kbd')].map(
				(k) => k.textContent,
			);
		expect(keys('de')).toEqual(['Strg', 'K', '↑', '↓', 'Eingabetaste', 'Esc']);
		expect(keys('fr')).toEqual(['Ctrl', 'K', '↑', '↓', 'Entrée', 'Échap']);
		expect(keys('es')).toEqual(['Ctrl', 'K', '↑', '↓', 'Entrar', 'Esc']);
	});
});
