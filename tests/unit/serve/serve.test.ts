// The preview server probed as an attacker would: raw request targets (no client-side
// normalization), a sibling folder whose name starts with the site folder's name, and a secret
// one level above. Each probe names what a reader of a shared network could otherwise do.
import { request } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../../scripts/serve.mjs';

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

const SECRET = 'TOP-SECRET-SIBLING';
const PARENT_SECRET = 'TOP-SECRET-PARENT';
const POLICY = "default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'";
let base: string;
let port: number;
let close: () => Promise<void>;
let temp: string;

const LONG_PAGE = `<!doctype html><html lang="en"><title>Long</title>${'<p>Federation and guest access. '.repeat(40)}`;
const page = (lang: string, text: string) =>
	`<!doctype html><html lang="${lang}"><title>${text}</title><h1>${text}</h1>`;

beforeAll(async () => {
	temp = await mkdtemp(join(tmpdir(), 'eal-serve-'));
	const dist = join(temp, 'dist');
	await mkdir(join(dist, 'en', '404'), { recursive: true });
	await mkdir(join(dist, 'en', 'guide'), { recursive: true });
	await mkdir(join(dist, '_astro'), { recursive: true });
	await mkdir(join(dist, 'en', 'long'), { recursive: true });
	await mkdir(join(temp, 'dist-private'), { recursive: true });
	await writeFile(join(dist, 'index.html'), page('mul', 'Languages'));
	await writeFile(join(dist, '404.html'), page('mul', 'Not found everywhere'));
	await writeFile(join(dist, 'en', 'index.html'), page('en', 'Home'));
	await writeFile(join(dist, 'en', 'guide', 'index.html'), page('en', 'Guide'));
	await writeFile(join(dist, 'en', '404', 'index.html'), page('en', 'Page not found'));
	await writeFile(join(dist, '_astro', 'app.abc.js'), 'export {};');
	await writeFile(join(dist, 'en', 'long', 'index.html'), LONG_PAGE);
	await writeFile(join(dist, 'en', 'long', 'data.pf_fragment'), LONG_PAGE);
	await writeFile(
		join(dist, '_headers'),
		`/*\n  Content-Security-Policy: ${POLICY}\n  X-Content-Type-Options: nosniff\n`,
	);
	await writeFile(join(temp, 'dist-private', 'secret.txt'), SECRET);
	await writeFile(join(temp, 'secret.txt'), PARENT_SECRET);
	const server = await serve({ port: 0, dir: dist });
	base = server.url;
	port = Number(new URL(base).port);
	close = server.close;
});

afterAll(async () => {
	await close?.();
	await rm(temp, { recursive: true, force: true });
});

/** One request with the target sent byte for byte (fetch would normalize `%2e%2e` and `//`). */
function raw(method: string, target: string): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port, method, path: target }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (body += chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
		});
		req.on('error', reject);
		req.end();
	});
}

/** A GET with an Accept-Encoding header; the body as bytes, as sent. */
function encoded(
	target: string,
	acceptEncoding: string,
): Promise<{ headers: Reply['headers']; body: Buffer }> {
	return new Promise((resolve, reject) => {
		const headers = { 'Accept-Encoding': acceptEncoding };
		const req = request({ host: '127.0.0.1', port, path: target, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
		});
		req.on('error', reject);
		req.end();
	});
}

function expectSecurityHeaders(reply: Reply) {
	expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(reply.headers['x-content-type-options']).toBe('nosniff');
	expect(reply.headers['referrer-policy']).toBe('no-referrer');
	expect(reply.headers['permissions-policy']).toContain('camera=()');
	expect(reply.headers['x-frame-options']).toBe('DENY');
}

describe('preview server: nothing outside the site folder', () => {
	it.each([
		['%2f into a sibling folder that shares the prefix', '/..%2fdist-private/secret.txt'],
		['%5c (backslash) into the sibling', '/..%5cdist-private%5csecret.txt'],
		['%2e%2e segments into the sibling', '/%2e%2e/dist-private/secret.txt'],
		['%2e%2e%2f into the parent', '/%2e%2e%2fsecret.txt'],
		['plain .. into the sibling', '/../dist-private/secret.txt'],
		['mixed case %2E and %2F', '/%2E%2E%2Fdist-private%2Fsecret.txt'],
		['double-encoded dots stay literal', '/%252e%252e/dist-private/secret.txt'],
	])('%s: %s is refused', async (_name, target) => {
		const reply = await raw('GET', target);
		expect(reply.body).not.toContain(SECRET);
		expect(reply.body).not.toContain(PARENT_SECRET);
		expect([400, 404]).toContain(reply.status);
		expectSecurityHeaders(reply);
	});
});

describe('preview server: redirects stay on this site', () => {
	it.each([
		'/%2fevil.example%2f..%2f_astro',
		'/%2fevil.example',
		'//evil.example/en',
		'/%5cevil.example/en',
		'/%2f%2fevil.example/',
	])('%s never redirects off-site', async (target) => {
		const reply = await raw('GET', target);
		const location = String(reply.headers.location ?? '');
		if (location) expect(location).toMatch(/^\/(?![/\\])/);
		expect(location).not.toContain('evil.example/');
		expectSecurityHeaders(reply);
	});

	it('a folder without its slash redirects to the slash form, query kept', async () => {
		const reply = await raw('GET', '/en/guide?q=1');
		expect(reply.status).toBe(301);
		expect(reply.headers.location).toBe('/en/guide/?q=1');
		expectSecurityHeaders(reply);
	});
});

describe('preview server: bad requests get a plain answer with every header', () => {
	it.each(['/%', '/en/%E0%A4%A', '/%zz', '/en/%00/'])(
		'malformed %s → 400 without internals',
		async (target) => {
			const reply = await raw('GET', target);
			expect(reply.status).toBe(400);
			expect(reply.body).not.toMatch(/URIError|malformed|at .*\.mjs/i);
			expectSecurityHeaders(reply);
		},
	);

	it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('%s → 405 with Allow: GET, HEAD', async (method) => {
		const reply = await raw(method, '/en/');
		expect(reply.status).toBe(405);
		expect(reply.headers.allow).toBe('GET, HEAD');
		expect(reply.body).not.toContain('<h1>Home</h1>');
		expectSecurityHeaders(reply);
	});

	it('HEAD answers like GET without a body', async () => {
		const reply = await raw('HEAD', '/en/');
		expect(reply.status).toBe(200);
		expect(reply.body).toBe('');
		expectSecurityHeaders(reply);
	});
});

describe('preview server: what a reader sees', () => {
	it('pages answer 200 with the build policy as a header', async () => {
		const reply = await raw('GET', '/en/guide/');
		expect(reply.status).toBe(200);
		expect(reply.body).toContain('<h1>Guide</h1>');
		expect(reply.headers['content-security-policy']).toBe(POLICY);
		expect(reply.headers['cache-control']).toBe('no-cache');
		expectSecurityHeaders(reply);
	});

	it('text is gzipped for a client that accepts it, as nginx does; small files and Pagefind’s files are not', async () => {
		const zipped = await encoded('/en/long/', 'br, gzip, deflate');
		expect(zipped.headers['content-encoding']).toBe('gzip');
		expect(zipped.headers['vary']).toBe('Accept-Encoding');
		expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
		expect(zipped.body.length).toBeLessThan(LONG_PAGE.length / 4);
		expect(gunzipSync(zipped.body).toString('utf8')).toBe(LONG_PAGE);
		// The cached copy the second time is the same.
		expect((await encoded('/en/long/', 'gzip')).body.equals(zipped.body)).toBe(true);

		const plain = await encoded('/en/long/', 'identity');
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.toString('utf8')).toBe(LONG_PAGE);
		expect((await encoded('/en/guide/', 'gzip')).headers['content-encoding']).toBeUndefined();
		expect((await encoded('/en/long/data.pf_fragment', 'gzip')).headers['content-encoding']).toBeUndefined();
	});

	it('hashed assets are cached for a year', async () => {
		const reply = await raw('GET', '/_astro/app.abc.js');
		expect(reply.status).toBe(200);
		expect(reply.headers['cache-control']).toContain('immutable');
	});

	it('a missing page under a locale gets that locale’s 404, elsewhere the multilingual one', async () => {
		const local = await raw('GET', '/en/nothing-here/');
		expect(local.status).toBe(404);
		expect(local.body).toContain('lang="en"');
		expectSecurityHeaders(local);
		const other = await raw('GET', '/zz/nothing/');
		expect(other.status).toBe(404);
		expect(other.body).toContain('Not found everywhere');
	});
});
