// What a reader gets without JavaScript, read from the built HTML of every locale: the
// simulators' server-rendered results, the troubleshooting list and its links, the workshop's
// scenario links, the root language list, the 404 pages, and page chrome in the page's language.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { PRESETS } from '../../src/model/index';
import { PUBLISHED_LOCALES } from '../../src/i18n/locales';
import { simulatorHref } from '../../src/lib/troubleshooting';
import { describeBuilt, domOf, pageAt, pages } from './site';

const strings = (code: string): Record<string, string> =>
	JSON.parse(readFileSync(`src/i18n/ui/${code}.json`, 'utf8')) as Record<string, string>;
const OUTCOMES = ['allowed', 'blocked', 'depends', 'pending'];
const codes = PUBLISHED_LOCALES.map((l) => l.code);
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describeBuilt('simulators rendered on the server', () => {
	test.each(codes)('%s: every simulator shows its results as text, in the page language', (code) => {
		const ui = strings(code);
		const simPages = pages.filter((p) => p.locale === code && /\sdata-sim="/.test(p.html));
		expect(simPages.length, `${code} has simulator pages`).toBeGreaterThanOrEqual(4);
		for (const page of simPages) {
			const doc = domOf(page.html);
			for (const sim of doc.querySelectorAll('[data-sim]')) {
				const cells = [...sim.querySelectorAll('td[data-result]')];
				expect(cells.length, `${page.path} [data-sim=${sim.getAttribute('data-sim')}]`).toBeGreaterThan(5);
				for (const cell of cells) {
					const outcome = cell.getAttribute('data-result') ?? '';
					expect(OUTCOMES, page.path).toContain(outcome);
					expect(text(cell), `${page.path} ${outcome} cell`).toContain(ui[`result.${outcome}`]);
				}
			}
		}
	});

	test('the comparison table is static (no island) and the interactive ones are islands', () => {
		for (const code of codes) {
			const doc = domOf(pageAt(`/${code}/external-vs-guest-access/`).html);
			const comparison = doc.querySelector('[data-sim="comparison"]');
			expect(comparison, code).not.toBeNull();
			expect(comparison?.querySelector('astro-island') ?? null, code).toBeNull();
			for (const slug of ['external-access', 'guest-access', 'chat-with-external-users'])
				expect(
					domOf(pageAt(`/${code}/${slug}/`).html).querySelector(
						'astro-island [data-sim], [data-sim] astro-island, astro-island',
					),
					`${code}/${slug}`,
				).not.toBeNull();
		}
	});

	test('by default, federated chat from Contoso is allowed, and guest chat in the comparison too', () => {
		const en = strings('en');
		const article = domOf(pageAt('/en/chat-with-external-users/').html);
		const fedChat = article.querySelector(
			'td[data-identity="federated"][data-capability="chat"][data-direction="AtoB"]',
		);
		expect(fedChat?.getAttribute('data-result')).toBe('allowed');
		expect(text(fedChat)).toContain(en['result.allowed']);
		const comparison = domOf(pageAt('/en/external-vs-guest-access/').html);
		expect(
			text(
				comparison.querySelector('[data-sim="comparison"] td[data-identity="guest"][data-capability="chat"]'),
			),
		).toContain(en['result.allowed']);
	});
});

describeBuilt('troubleshooting and workshop pages', () => {
	const presetIds = new Set(PRESETS.map((p) => p.id));

	test.each(codes)(
		'%s: every preset is a card under one of four group headings, linking to its scenario',
		(code) => {
			const doc = domOf(pageAt(`/${code}/troubleshooting/`).html);
			expect(doc.querySelectorAll('.trouble-card')).toHaveLength(PRESETS.length);
			const groups = [...doc.querySelectorAll('.trouble__group')];
			expect(groups).toHaveLength(4);
			for (const group of groups) {
				expect(group.querySelectorAll('h2')).toHaveLength(1);
				expect(group.querySelectorAll('h3').length).toBeGreaterThan(0);
			}
			for (const preset of PRESETS) {
				const card = doc.getElementById(`preset-${preset.id}`);
				expect(text(card?.querySelector('h3')), preset.id).not.toBe('');
				expect(card?.querySelector('.trouble-card__open a')?.getAttribute('href'), preset.id).toBe(
					simulatorHref(code, preset),
				);
			}
		},
	);

	test.each(codes)(
		'%s: the workshop links open existing presets and puzzles on this locale’s simulator pages',
		(code) => {
			const doc = domOf(pageAt(`/${code}/workshop/`).html);
			const hrefs = [...doc.querySelectorAll('main a[href*="#preset="], main a[href*="#puzzle="]')].map(
				(a) => a.getAttribute('href') ?? '',
			);
			expect(hrefs.filter((h) => h.includes('#preset=')).length).toBeGreaterThanOrEqual(8);
			expect(hrefs.filter((h) => h.includes('#puzzle=')).length).toBeGreaterThanOrEqual(3);
			for (const href of hrefs) {
				const match = /^\/([a-z]+)\/(external-access|guest-access)\/#(?:preset|puzzle)=([a-z0-9-]+)$/.exec(
					href,
				);
				expect(match, href).not.toBeNull();
				expect(match?.[1], href).toBe(code);
				expect(presetIds.has(match?.[3] ?? ''), href).toBe(true);
			}
		},
	);
});

describeBuilt('root chooser and 404 pages', () => {
	test('the root lists every published language by its endonym, without JavaScript', () => {
		const doc = domOf(pageAt('/').html);
		for (const locale of PUBLISHED_LOCALES) {
			const link = doc.querySelector(`a[data-locale="${locale.code}"]`);
			expect(link?.getAttribute('href'), locale.code).toBe(`/${locale.code}/`);
			expect(text(link), locale.code).toContain(locale.endonym);
		}
	});

	test.each(codes)('%s: the 404 page is titled in its language and links home', (code) => {
		const doc = domOf(pageAt(`/${code}/404/`).html);
		expect(text(doc.querySelector('h1'))).toBe(strings(code)['notFound.title']);
		expect(doc.querySelector(`main a[href="/${code}/"]`)).not.toBeNull();
	});

	test('the multilingual 404 (unknown locale) has a heading in every published language', () => {
		const headings = [...domOf(pageAt('/404.html').html).querySelectorAll('h2')].map(text);
		for (const code of codes) expect(headings, code).toContain(strings(code)['notFound.title']);
	});
});

describeBuilt('page chrome in the page’s language', () => {
	const en = strings('en');
	/** Words that stay English in every language: product and site names. */
	const ALLOWED = new Set(['External Access Lab']);

	/** A phrase as whole words ("a list" must not match inside the French "la liste"). */
	const asWords = (phrase: string) =>
		new RegExp(`(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');

	/** The English UI strings (two words or more) that a translated page must not show. */
	function englishPhrases(code: string): string[] {
		const own = strings(code);
		return (
			Object.entries(en)
				.filter(([key, value]) => own[key] !== undefined && own[key] !== value)
				// A translation that quotes the English admin-center label on purpose is not a leak.
				.filter(([key, value]) => !own[key]!.includes(value.split('{{')[0]!.trim()))
				.map(([, value]) => value.split('{{')[0]!.trim())
				.filter((value) => value.split(/\s+/).length >= 2 && !ALLOWED.has(value))
		);
	}

	test.each(codes.filter((c) => c !== 'en'))(
		'%s: no English UI string in header, footer, nav, dialogs or notices',
		(code) => {
			const phrases = englishPhrases(code);
			expect(phrases.length).toBeGreaterThan(20);
			for (const page of pages.filter((p) => p.locale === code)) {
				const doc = domOf(page.html);
				const pageLang = doc.documentElement.getAttribute('lang');
				const chrome = [...doc.querySelectorAll('header, footer, nav, dialog, .notice')]
					.map((el) => {
						// Text marked as another language (endonyms in the picker, a fallback page's English
						// headings) is there on purpose.
						const copy = el.cloneNode(true) as Element;
						copy.querySelectorAll('[lang]').forEach((e) => e.getAttribute('lang') !== pageLang && e.remove());
						const labels = [...copy.querySelectorAll('[aria-label]')].map((e) =>
							e.getAttribute('aria-label'),
						);
						return `${copy.textContent ?? ''} ${labels.join(' ')}`;
					})
					.join('\n');
				expect(chrome.length, page.path).toBeGreaterThan(100);
				expect(
					phrases.filter((p) => asWords(p).test(chrome)),
					page.path,
				).toEqual([]);
			}
		},
	);
});
