import { describe, expect, test } from 'vitest';
import { findHrefs, findIds, findImports, findScripts, findStyles } from '../../../bench/lib/html.mjs';

describe('findScripts', () => {
	test('counts inline code, external modules and the URLs an astro-island loads', () => {
		const html = `<script>a()</script><script type="module" src="/_astro/page.js"></script>
			<astro-island component-url="/_astro/Sim.js" renderer-url="/_astro/client.js" props="{&quot;a&quot;:&quot;&gt;&quot;}"></astro-island>
			<link rel="modulepreload" href="/_astro/preact.js">`;
		expect(findScripts(html)).toEqual({
			inline: ['a()'],
			urls: ['/_astro/page.js', '/_astro/Sim.js', '/_astro/client.js', '/_astro/preact.js'],
			onIntent: [],
			tools: [],
		});
	});

	test('finds the page tools module the bootstrap loads on the first interaction', () => {
		const html = `<body data-page-ui="/_lazy/page-ui-AB12.js"><script type="module" src="/_lazy/page-boot-CD34.js"></script></body>`;
		expect(findScripts(html)).toEqual({
			inline: [],
			urls: ['/_lazy/page-boot-CD34.js'],
			onIntent: [],
			tools: ['/_lazy/page-ui-AB12.js'],
		});
	});

	test('counts the modules of an island that hydrates on intent apart, as not loaded with the page', () => {
		const html = `<astro-island client="strings" component-url="/_astro/Sim.js" renderer-url="/_astro/client.js"></astro-island>
			<astro-island client="visible" component-url="/_astro/Other.js" renderer-url="/_astro/client.js"></astro-island>`;
		expect(findScripts(html)).toEqual({
			inline: [],
			urls: ['/_astro/Other.js', '/_astro/client.js'],
			onIntent: ['/_astro/Sim.js', '/_astro/client.js'],
			tools: [],
		});
	});

	test('ignores data scripts, empty scripts and commented-out scripts', () => {
		const html = `<script type="application/json">{"a":1}</script><script type="application/ld+json">{}</script>
			<script> </script><!-- <script>old()</script> -->`;
		expect(findScripts(html)).toEqual({ inline: [], urls: [], onIntent: [], tools: [] });
	});
});

describe('findStyles', () => {
	test('keeps print-only stylesheets apart from the ones that style the screen', () => {
		const html = '<link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/p.css" media="print">';
		expect(findStyles(html)).toEqual({ inline: [], urls: ['/a.css'], printUrls: ['/p.css'] });
	});

	test('finds linked stylesheets and inline style blocks, not icons', () => {
		const html =
			'<link rel="icon" href="/f.svg"><link rel="stylesheet" href="/_astro/a.css"><style>p{}</style>';
		expect(findStyles(html)).toEqual({ inline: ['p{}'], urls: ['/_astro/a.css'], printUrls: [] });
	});
});

describe('findHrefs and findIds', () => {
	test('read markup, not strings inside scripts', () => {
		const html = `<a href="/en/#a&amp;b" id="x">x</a><script>const s = '<a href="/nope/" id="fake">';</script>
			<svg><use href="/favicon.svg#logo"></use></svg><a name="old"></a>`;
		expect(findHrefs(html).map((h) => h.href)).toEqual(['/en/#a&b', '/favicon.svg#logo']);
		expect([...findIds(html)]).toEqual(['x', 'old']);
	});

	test('keep reading after an attribute value that contains ">"', () => {
		const html = `<astro-island props='{"a":"x > y"}' id="sim"><a href="/en/">en</a></astro-island>`;
		expect([...findIds(html)]).toEqual(['sim']);
		expect(findHrefs(html).map((h) => h.href)).toEqual(['/en/']);
	});
});

describe('findImports', () => {
	test('separates static imports from dynamic ones in minified output', () => {
		const code = `import{h as e}from"./preact.js";import"./side.js";export{x}from'./re.js';const m=()=>import("./lazy.js");`;
		expect(findImports(code)).toEqual({
			static: ['./preact.js', './re.js', './side.js'],
			dynamic: ['./lazy.js'],
		});
	});
});
