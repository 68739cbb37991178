import { describe, expect, test } from 'vitest';
import { typeset } from '../../../src/lib/typography.mjs';
import { typesetTree, localeOfPath } from '../../../src/lib/locale-text-plugin.mjs';
import { prepareStrings } from '../../../src/i18n/translator';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('typeset', () => {
	test.each([
		// Quotes: each language's own marks replace English ones.
		['sv', 'Välj "Allow all external domains".', 'Välj ”Allow all external domains”.'],
		['sv', 'Välj “Users” först.', 'Välj ”Users” först.'],
		['fi', 'Valitse "Guest access".', 'Valitse ”Guest access”.'],
		['nb', 'Velg "Users" først.', 'Velg «Users» først.'],
		['de', 'Wählen Sie "Users".', 'Wählen Sie „Users“.'],
		['es', 'Elija "Users".', 'Elija «Users».'],
		['ja', '"Users" を選択します。', '「Users」 を選択します。'],
		['ar', 'اختر "Users".', 'اختر «Users».'],
		['fr', 'Choisissez "Users".', `Choisissez «${NNBSP}Users${NNBSP}».`],
		['fr', 'Choisissez « Users ».', `Choisissez «${NNBSP}Users${NNBSP}».`],
		// French high punctuation.
		['fr', 'Remarque : ceci ; et ça ? Oui !', `Remarque${NBSP}: ceci${NNBSP}; et ça${NNBSP}? Oui${NNBSP}!`],
		['fr', 'https://admin.teams.microsoft.com à 10:30', 'https://admin.teams.microsoft.com à 10:30'],
		// Grouped numbers never break.
		['sv', 'upp till 4 000 domäner', `upp till 4${NBSP}000 domäner`],
		['fi', '10 000 000 minuuttia', `10${NBSP}000${NBSP}000 minuuttia`],
		['fr', 'jusqu’à 4 000 domaines', `jusqu’à 4${NNBSP}000 domaines`],
		['sv', 'steg 1 och 2', 'steg 1 och 2'],
		// English and Danish are left as written; an unknown locale too.
		['en', 'Choose "Users".', 'Choose "Users".'],
		['da', 'Vælg "Users".', 'Vælg "Users".'],
		['xx', 'Choose "Users" : 4 000', 'Choose "Users" : 4 000'],
	])('%s: %s', (locale, input, expected) => {
		expect(typeset(input, locale)).toBe(expected);
	});

	test('a quote after text that came before (another element) closes', () => {
		expect(typeset('" och mer', 'sv', 'Users')).toBe('” och mer');
		expect(typeset('"Users', 'sv', ' ')).toBe('”Users');
	});
});

describe('typesetTree (rehype)', () => {
	const text = (value: string) => ({ type: 'text', value });
	const el = (tagName: string, children: unknown[], properties = {}) => ({
		type: 'element',
		tagName,
		properties,
		children,
	});

	test('a quoted label split by <strong> gets an opening and a closing mark', () => {
		const tree = {
			type: 'root',
			children: [el('p', [text('Välj "'), el('strong', [text('Users')]), text('" här.')])],
		};
		typesetTree(tree, 'sv', false);
		const p = tree.children[0] as { children: { value?: string; children?: { value: string }[] }[] };
		expect(p.children[0]?.value).toBe('Välj ”');
		expect(p.children[2]?.value).toBe('” här.');
	});

	test('code is left alone and, on right-to-left pages, marked ltr', () => {
		const code = el('code', [text('-AllowFederatedUsers $false "x"')]);
		const tree = { type: 'root', children: [el('p', [text('استخدم '), code])] };
		typesetTree(tree, 'ar', true);
		expect(code.properties).toEqual({ dir: 'ltr' });
		expect((code.children[0] as { value: string }).value).toBe('-AllowFederatedUsers $false "x"');
		const ltr = el('code', [text('x')]);
		typesetTree({ type: 'root', children: [ltr] }, 'sv', false);
		expect(ltr.properties).toEqual({});
	});

	test('a new paragraph starts a new run: its first quote opens', () => {
		const tree = { type: 'root', children: [el('p', [text('Slut.')]), el('p', [text('"Users" först')])] };
		typesetTree(tree, 'de', false);
		expect((tree.children[1] as { children: { value: string }[] }).children[0]?.value).toBe('„Users“ först');
	});

	test.each([
		['/x/content/sv/guest-access.mdx', 'sv'],
		['C:\\site\\content\\ar\\index.mdx', 'ar'],
		['/x/src/pages/index.astro', null],
	])('localeOfPath(%s) = %s', (path, locale) => {
		expect(localeOfPath(path)).toBe(locale);
	});
});

describe('prepareStrings', () => {
	test('right-to-left strings isolate each placeholder so Latin names keep the arrow in reading order', () => {
		const out = prepareStrings('ar', { 'direction.arrow': '{{host}} ← {{partner}}' });
		expect(out['direction.arrow']).toBe('\u2068{{host}}\u2069 ← \u2068{{partner}}\u2069');
	});

	test('left-to-right strings keep placeholders bare and are typeset', () => {
		const out = prepareStrings('fr', { a: 'Autres résultats modifiés : {{count}}.' });
		expect(out['a']).toBe(`Autres résultats modifiés${NBSP}: {{count}}.`);
	});
});
