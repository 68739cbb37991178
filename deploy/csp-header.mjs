#!/usr/bin/env node
// Prints the nginx snippet that sends the build's Content-Security-Policy as a header (the
// build also writes it to <dist>/_nginx/external-access-lab-csp.conf; see scripts/build-headers.mjs).
// Usage: node deploy/csp-header.mjs [dist] > /etc/nginx/snippets/external-access-lab-csp.conf
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergePolicies, nginxCspSnippet, sitePolicy } from './headers.mjs';

export { mergePolicies };

/** The `add_header` line for the build in `dir`; throws when no page carries a CSP meta tag. */
export async function cspSnippet(dir) {
	const { policy, pages } = await sitePolicy(dir);
	return nginxCspSnippet(policy, pages.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	process.stdout.write(await cspSnippet(resolve(process.argv[2] ?? process.env.DIST_DIR ?? 'dist')));
}
