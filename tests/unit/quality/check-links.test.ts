import { describe, expect, test } from 'vitest';
import { brokenReason, classifyHref, puzzlesIn } from '../../../scripts/check-links.mjs';

const origin = 'https://lab.example';

describe('classifyHref', () => {
	test.each([
		[
			'#what-is-guest-access',
			'/en/x/',
			{ kind: 'internal', path: '/en/x/', fragment: 'what-is-guest-access' },
		],
		['/sv/y/#kallor', '/en/x/', { kind: 'internal', path: '/sv/y/', fragment: 'kallor' }],
		['../y/', '/en/x/', { kind: 'internal', path: '/en/y/', fragment: '' }],
		['https://lab.example/sv/', '/en/', { kind: 'internal', path: '/sv/', fragment: '' }],
		['/sv/x/#k%C3%A4llor', '/en/', { kind: 'internal', path: '/sv/x/', fragment: 'källor' }],
		['/en/?q=1#a', '/en/', { kind: 'internal', path: '/en/', fragment: 'a' }],
	])('reads %s on %s as an internal link', (href, from, expected) => {
		expect(classifyHref(href, from, origin)).toEqual(expected);
	});

	test('lists other origins and protocol-relative URLs as external', () => {
		expect(classifyHref('https://learn.microsoft.com/a', '/en/', origin)).toEqual({
			kind: 'external',
			url: 'https://learn.microsoft.com/a',
		});
		expect(classifyHref('//cdn.example/x.js', '/en/', origin).kind).toBe('external');
	});

	test('skips mailto: and javascript: links', () => {
		expect(classifyHref('mailto:a@b.c', '/en/', origin).kind).toBe('skip');
		expect(classifyHref('javascript:void(0)', '/en/', origin).kind).toBe('skip');
	});
});

describe('brokenReason', () => {
	const site = {
		files: new Set(['/en/', '/en/index.html', '/en/x/', '/en/x/index.html', '/favicon.svg']),
		ids: new Map([
			['/en/', new Set(['main'])],
			['/en/x/', new Set(['main', 'sources'])],
			['/favicon.svg', new Set(['logo'])],
		]),
	};
	const check = (href: string, from = '/en/') => brokenReason(classifyHref(href, from, origin), site);

	test.each([
		'/en/x/',
		'/en/x/#sources',
		'#main',
		'#',
		'#top',
		'/favicon.svg#logo',
		'/en/x/index.html#sources',
		'https://lab.example/en/x/',
	])('accepts %s', (href) => {
		expect(check(href)).toBeUndefined();
	});

	test('names a page that is not built', () => {
		expect(check('/sv/x/')).toBe('no page is built at /sv/x/');
	});

	test('names a missing id on another page', () => {
		expect(check('/en/x/#kallor')).toBe('/en/x/ has no element with id "kallor"');
	});

	test('accepts simulator state fragments, which are not element ids', () => {
		expect(
			brokenReason({ kind: 'internal', path: '/en/', fragment: 'preset=one-sided-allow-list' }, site),
		).toBeUndefined();
		expect(brokenReason({ kind: 'internal', path: '/en/', fragment: 'sim=v1.abc' }, site)).toBeUndefined();
		expect(brokenReason({ kind: 'internal', path: '/en/', fragment: 'presets' }, site)).toBeDefined();
		// A puzzle link must name a puzzle the page's simulator offers.
		const withPuzzles = {
			...site,
			puzzles: new Map([['/en/', puzzlesIn('{&quot;presetId&quot;:[0,&quot;blocked-user&quot;]}')]]),
		};
		expect(
			brokenReason({ kind: 'internal', path: '/en/', fragment: 'puzzle=blocked-user' }, withPuzzles),
		).toBeUndefined();
		expect(
			brokenReason({ kind: 'internal', path: '/en/', fragment: 'puzzle=blocked-usr' }, withPuzzles),
		).toMatch(/offers no puzzle "blocked-usr"/);
		// An island whose data travels in its strings file: the puzzles are read from that file.
		const tag =
			'<astro-island client="strings" opts="{&quot;name&quot;:&quot;F&quot;,&quot;value&quot;:&quot;/_astro/strings.sim.en.1.json&quot;}" props="{&quot;island&quot;:[0,&quot;federation&quot;]}">';
		const files = new Map([
			[
				'/_astro/strings.sim.en.1.json',
				{ data: { federation: { puzzles: [{ presetId: 'trial-tenant-blocked' }] } } },
			],
		]);
		expect([...puzzlesIn(tag, files)]).toEqual(['trial-tenant-blocked']);
		expect([...puzzlesIn(tag, new Map())]).toEqual([]);
		expect(
			brokenReason({ kind: 'internal', path: '/en/', fragment: 'puzzle=blocked-user' }, site),
		).toBeDefined();
	});

	test('names a missing id on the same page', () => {
		expect(check('#sources', '/en/')).toBe('/en/ has no element with id "sources"');
	});

	test('flags a page link without its trailing slash, which costs a redirect', () => {
		expect(check('/en/x')).toMatch(/lacks the trailing slash/);
	});

	test('flags a missing asset and a missing SVG symbol', () => {
		expect(check('/logo.png')).toBe('no file is built at /logo.png');
		expect(check('/favicon.svg#mark')).toMatch(/no element with id "mark"/);
	});
});
