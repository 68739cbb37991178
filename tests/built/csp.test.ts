// The Content-Security-Policy of every built page, checked against the page's own markup:
// each inline script and style must be allowed by its hash, nothing unsafe is allowed, no
// inline style attribute exists (the policy would block it), and nothing loads from elsewhere.
// The browser side (no violation at run time, no off-site request) is tests/e2e/csp.test.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { findScripts, findStyles, findTags, startTags } from '../../bench/lib/html.mjs';
import { missingHashes, parseHeadersFile } from '../../deploy/headers.mjs';
import { describeBuilt, dist, pages } from './site';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The page's policy as directive name → sources. */
function policyOf(html: string): Map<string, string[]> {
	const meta = findTags(html, 'meta').find(
		(m) => m.get('http-equiv')?.toLowerCase() === 'content-security-policy',
	);
	const content: string = meta?.get('content') ?? '';
	const directives = content
		.split(';')
		.map((d) => d.trim().split(/\s+/))
		.filter((d) => d[0]);
	return new Map(directives.map(([name, ...sources]) => [name ?? '', sources]));
}

/** Inline <script> texts exactly as the browser hashes them (findScripts skips empty and data scripts). */
const inlineScripts = (html: string) => findScripts(html).inline;
const inlineStyles = (html: string) => findStyles(html).inline;

describeBuilt('Content-Security-Policy in the built pages', () => {
	test.each(pages.map((p) => [p.path, p]))(
		'%s allows each inline script and style by hash, and nothing unsafe',
		(_path, page) => {
			const policy = policyOf(page.html);
			const scriptSrc = policy.get('script-src') ?? [];
			const styleSrc = policy.get('style-src') ?? [];
			expect(scriptSrc, 'a script-src directive').not.toEqual([]);
			expect(policy.get('default-src')).toEqual(["'self'"]);
			expect(policy.get('object-src')).toEqual(["'none'"]);
			for (const list of [scriptSrc, styleSrc])
				expect(list.filter((s) => /^'unsafe-(inline|eval|hashes)'$|^\*$|^https?:|^data:/.test(s))).toEqual(
					[],
				);
			const missing = [
				...inlineScripts(page.html)
					.filter((code) => !scriptSrc.includes(sha256(code)))
					.map((c) => `script ${c.slice(0, 60)}`),
				...inlineStyles(page.html)
					.filter((css) => !styleSrc.includes(sha256(css)))
					.map((c) => `style ${c.slice(0, 60)}`),
			];
			expect(missing).toEqual([]);
		},
	);

	test('the hash check above has inline code to check (every locale page sets its theme inline)', () => {
		expect(pages.filter((p) => p.locale && inlineScripts(p.html).length === 0).map((p) => p.path)).toEqual(
			[],
		);
	});

	test('no element anywhere carries an inline style attribute or an inline event handler', () => {
		const found = pages.flatMap((page) =>
			startTags(page.html)
				.filter(({ attrs }) => attrs.has('style') || [...attrs.keys()].some((k) => k.startsWith('on')))
				.map(({ name, attrs }) => `${page.path}: <${name} ${[...attrs.keys()].join(' ')}>`),
		);
		expect(found).toEqual([]);
	});

	test('scripts, styles, images and icons load only from this site', () => {
		const offSite = pages.flatMap((page) => {
			const urls = [
				...findScripts(page.html).urls,
				...findStyles(page.html).urls,
				...findTags(page.html, 'img').map((a) => a.get('src') ?? ''),
				...findTags(page.html, 'link')
					.filter((a) => a.get('rel') !== 'canonical' && a.get('rel') !== 'alternate')
					.map((a) => a.get('href') ?? ''),
			];
			return urls.filter((u) => /^(https?:)?\/\//.test(u)).map((u) => `${page.path}: ${u}`);
		});
		expect(offSite).toEqual([]);
	});
});

// The header is what a host enforces alongside each page's meta policy (both apply), so a stale
// hash in either generated file blocks that script in production.
describeBuilt('the header policies the build writes for the deploy', () => {
	const policies: Record<string, () => string> = {
		_headers: () =>
			parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'))['Content-Security-Policy'] ?? '',
		'the nginx snippet': () =>
			/add_header Content-Security-Policy "([^"]*)"/.exec(
				readFileSync(join(dist, '_nginx', 'external-access-lab-csp.conf'), 'utf8'),
			)?.[1] ?? '',
	};
	test.each(Object.keys(policies))('%s allows every inline script and style of every page', (name) => {
		const policy = policies[name]?.() ?? '';
		expect(policy).toContain("frame-ancestors 'none'");
		const missing = pages.flatMap((page) =>
			missingHashes(page.html, policy).map(
				(m: { kind: string; hash: string }) => `${page.path}: ${m.kind} ${m.hash}`,
			),
		);
		expect(missing).toEqual([]);
	});
});
