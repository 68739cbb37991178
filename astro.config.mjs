// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { LOCALES, DEFAULT_LOCALE } from './src/i18n/locales.ts';
import { cspScriptHashes } from './src/lib/csp-hashes.mjs';
import { devSearch } from './src/lib/dev-search.mjs';
import { mdxComponentMarkers } from './src/lib/mdx-components.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import { localeTextPlugin } from './src/lib/locale-text-plugin.mjs';
import { headingIdsPlugin } from './src/lib/heading-ids.mjs';
import { codeBlocksPlugin } from './src/lib/code-blocks.mjs';
import { stringsDirective } from './src/directives/integration.mjs';

const published = LOCALES.filter((l) => l.published).map((l) => l.code);

export default defineConfig({
	// Absolute URLs for canonical and hreflang links; override with SITE_URL when deploying.
	site: process.env.SITE_URL ?? 'https://external-access-lab.example',
	trailingSlash: 'always',
	// DIST_DIR lets several builds run side by side (e.g. parallel work); the default is dist/.
	outDir: process.env.DIST_DIR ?? 'dist',
	...(process.env.DIST_DIR
		? { cacheDir: `node_modules/.astro-${process.env.DIST_DIR.replace(/\W/g, '_')}` }
		: {}),
	integrations: [
		// MDX pages that import islands.
		mdx(),
		// Preact for the simulator islands.
		preact(),
		// sitemap-index.xml for search engines and the axe/link sweeps; 404 pages left out.
		sitemap({ filter: (page) => !/\/404\/$/.test(page) }),
		// Search in `astro dev`, from the last build's index.
		devSearch(),
		// `client:strings`: islands hydrate with their locale's strings file, not strings in the HTML.
		stringsDirective(),
	],
	// Every locale is prefixed (/sv/, /en/); the root page is our own chooser.
	i18n: {
		locales: published,
		defaultLocale: DEFAULT_LOCALE,
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	// `{/* component: x */}` markers in MDX become simulator components (see mdx-components.mjs).
	// No module preload helper in the browser build: it cost 0.9 KB gzip on every page, for
	// dynamic imports whose chunks are small and have no CSS to preload (Astro sets its own
	// modulePreload option, so a plugin sets ours on the client environment after it).
	vite: {
		plugins: [
			mdxComponentMarkers(),
			{
				name: 'eal-no-module-preload',
				configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
			},
		],
	},
	// No Shiki: its colours are inline style attributes, which a strict style-src forbids.
	// Each page's prose is typeset for its language; code in right-to-left pages is marked ltr.
	// Heading ids are shared by every locale (plus alias anchors); PowerShell is coloured by class
	// and wrapped for copy buttons; admin-center host names become links.
	markdown: {
		syntaxHighlight: false,
		processor: satteri({
			hastPlugins: [
				headingIdsPlugin(),
				codeBlocksPlugin,
				localeTextPlugin({ rtlLocales: LOCALES.filter((l) => l.dir === 'rtl').map((l) => l.code) }),
			],
		}),
	},
	// A strict CSP in a <meta> tag: Astro hashes its own scripts and styles; ours are listed.
	security: {
		csp: {
			// 'wasm-unsafe-eval' lets Pagefind's WebAssembly search run; nothing else is relaxed.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: cspScriptHashes() },
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"worker-src 'self' blob:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
});
