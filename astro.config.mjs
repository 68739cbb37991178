// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { LOCALES, DEFAULT_LOCALE } from './src/i18n/locales.ts';
import { cspScriptHashes } from './src/lib/csp-hashes.mjs';

const published = LOCALES.filter((l) => l.published).map((l) => l.code);

export default defineConfig({
	// Absolute URLs for canonical and hreflang links; override with SITE_URL when deploying.
	site: process.env.SITE_URL ?? 'https://external-access-lab.example',
	trailingSlash: 'always',
	// MDX pages with imported islands.
	integrations: [mdx(), preact()],
	// Every locale is prefixed (/sv/, /en/); the root page is our own chooser.
	i18n: {
		locales: published,
		defaultLocale: DEFAULT_LOCALE,
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
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
