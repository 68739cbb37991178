// The header policy can never fall behind the pages: the build derives it from them and refuses
// to finish when a page's inline script or style is not allowed by it. These tests feed the same
// functions small pages, including one whose inline script the policy does not know.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, missingHashes, parseHeadersFile } from '../../../deploy/headers.mjs';
import { buildHeaders } from '../../../scripts/build-headers.mjs';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const known = 'document.documentElement.dataset.theme="dark";';
const unknown = 'console.log("added after the policy was written");';
const page = (policyScripts: string[], inline: string[]) =>
	`<!doctype html><html lang="en"><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${policyScripts.join(' ')}; style-src 'self'"></head><body>${inline.map((s) => `<script>${s}</script>`).join('')}</body></html>`;

const temps: string[] = [];
afterAll(async () => {
	for (const t of temps) await rm(t, { recursive: true, force: true });
});

describe('missingHashes', () => {
	it('finds an inline script whose hash the policy lacks, and only that one', () => {
		const html = page([hash(known)], [known, unknown]);
		const policy = `script-src 'self' ${hash(known)}`;
		expect(missingHashes(html, policy)).toEqual([{ kind: 'script', hash: hash(unknown) }]);
		expect(missingHashes(page([], [known]), `script-src ${hash(known)}`)).toEqual([]);
	});

	it('checks inline styles against style-src and ignores data scripts', () => {
		const html = '<style>a{color:red}</style><script type="application/ld+json">{"a":1}</script>';
		expect(missingHashes(html, "style-src 'self'")).toEqual([{ kind: 'style', hash: hash('a{color:red}') }]);
		expect(missingHashes(html, `style-src ${hash('a{color:red}')}`)).toEqual([]);
	});
});

describe('build-headers', () => {
	async function site(pages: Record<string, string>) {
		const dir = await mkdtemp(join(tmpdir(), 'eal-headers-'));
		temps.push(dir);
		for (const [file, html] of Object.entries(pages)) {
			await mkdir(join(dir, file, '..'), { recursive: true });
			await writeFile(join(dir, file), html);
		}
		return dir;
	}

	it('writes _headers and the nginx snippet with every page’s hashes and frame-ancestors', async () => {
		const a = 'window.a=1;';
		const b = 'window.b=2;';
		const dir = await site({ 'en/index.html': page([hash(a)], [a]), 'sv/index.html': page([hash(b)], [b]) });
		const result = await buildHeaders(dir);
		expect(result.problems).toEqual([]);
		const headers = parseHeadersFile(await readFile(join(dir, '_headers'), 'utf8'));
		for (const h of [hash(a), hash(b), "frame-ancestors 'none'"])
			expect(headers['Content-Security-Policy']).toContain(h);
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name]).toBe(value);
		const nginx = await readFile(join(dir, '_nginx', 'external-access-lab-csp.conf'), 'utf8');
		expect(nginx).toContain(hash(a));
		expect(nginx).toContain(hash(b));
	});

	it('reports the page whose inline script the header policy would block', async () => {
		const dir = await site({
			'en/index.html': page([hash(known)], [known]),
			'ja/index.html': page([], [unknown]),
		});
		const result = await buildHeaders(dir);
		expect(result.problems).toEqual([`/ja/: inline script ${hash(unknown)}`]);
	});
});

describe('deploy/ nginx config', () => {
	const snippet = readFileSync('deploy/snippets/external-access-lab.conf', 'utf8');
	const nginx = readFileSync('deploy/nginx.conf', 'utf8');

	it('sends the same security headers as the _headers file and the preview server', () => {
		for (const [name, value] of Object.entries(SECURITY_HEADERS))
			expect(snippet).toContain(`add_header ${name} "${value}" always;`);
	});

	it('every server block hides the nginx version', () => {
		const blocks = nginx.split(/^server\s*\{/m).slice(1);
		expect(blocks.length).toBeGreaterThanOrEqual(2);
		for (const block of blocks) {
			const body = block.split(/^\}/m)[0] ?? '';
			const direct = /^\s*server_tokens off;/m.test(body);
			const viaSnippet =
				body.includes('include snippets/external-access-lab.conf;') && /^server_tokens off;/m.test(snippet);
			expect(direct || viaSnippet).toBe(true);
		}
	});
});
