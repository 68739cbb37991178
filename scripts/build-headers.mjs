#!/usr/bin/env node
// Last build step: writes the response headers for this build, derived from the pages it holds,
// so a deploy can never pair new pages with an old policy:
//   <dist>/_headers                      Netlify and Cloudflare Pages read it from the site root
//   <dist>/_nginx/external-access-lab-csp.conf   for deploy/snippets/external-access-lab.conf
// The header CSP is every page's own policy merged, plus frame-ancestors 'none'. Then it checks
// every page: each inline script and style must be allowed by the header policy (the one a
// browser enforces besides the meta tag); a missing hash fails the build with the page named.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, missingHashes, nginxCspSnippet, sitePolicy } from '../deploy/headers.mjs';

/** Writes both header files for the build in `dir`; returns the policy and any page whose inline code it would block. */
export async function buildHeaders(dir) {
	const { policy, pages } = await sitePolicy(dir);
	const problems = [];
	for (const page of pages) {
		for (const miss of missingHashes(page.html, policy))
			problems.push(`${page.path}: inline ${miss.kind} ${miss.hash}`);
	}
	await writeFile(join(dir, '_headers'), headersFile(policy));
	await mkdir(join(dir, '_nginx'), { recursive: true });
	await writeFile(join(dir, '_nginx', 'external-access-lab-csp.conf'), nginxCspSnippet(policy, pages.length));
	return { policy, pages: pages.length, problems };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const dir = resolve(process.argv[2] ?? process.env.DIST_DIR ?? 'dist');
	const { pages, problems } = await buildHeaders(dir);
	if (problems.length) {
		console.error(
			`The header CSP would block inline code on ${problems.length} page(s):\n  ${problems.join('\n  ')}`,
		);
		process.exit(1);
	}
	console.log(
		`Headers: _headers and _nginx/external-access-lab-csp.conf written from ${pages} pages; every inline script and style is allowed.`,
	);
}
