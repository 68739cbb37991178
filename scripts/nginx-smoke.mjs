#!/usr/bin/env node
// Smoke test of deploy/snippets/*.conf with a real nginx: serves the build ($DIST_DIR or dist/)
// on 127.0.0.1 from a temporary prefix (own pid, logs and temp paths; the system nginx is not
// touched) and checks status codes, security and cache headers, per-locale 404s, the
// trailing-slash redirect and gzip. Skips, exit 0, with a message when nginx is not installed.
// Usage: node scripts/nginx-smoke.mjs
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cspSnippet } from '../deploy/csp-header.mjs';
import { distDir, localesOf, readSitemap } from '../bench/lib/site.mjs';

const NGINX = [process.env.NGINX, '/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((p) => p && existsSync(p));
if (!NGINX) {
	console.log('SKIP nginx smoke test: nginx is not installed (Debian: apt-get install -y nginx).');
	process.exit(0);
}

const dir = distDir();
const sitemap = await readSitemap(dir).catch(() => []);
if (!sitemap.length) {
	console.error(`No sitemap in ${dir}. Build first: npm run build`);
	process.exit(1);
}

const prefix = await mkdtemp(join(tmpdir(), 'eal-nginx-'));
const port = Number(process.env.NGINX_PORT ?? (await freePort()));
const base = `http://127.0.0.1:${port}`;
let nginx;
const results = [];
try {
	await writeConfig(prefix, port, dir);
	const conf = join(prefix, 'conf', 'nginx.conf');
	const test = spawnSync(NGINX, ['-t', '-q', '-p', prefix, '-c', conf, '-e', join(prefix, 'error.log')], {
		encoding: 'utf8',
	});
	if (test.status !== 0) throw new Error(`nginx -t rejected the config:\n${test.stderr}`);
	nginx = spawn(NGINX, ['-p', prefix, '-c', conf, '-e', join(prefix, 'error.log')], { stdio: 'inherit' });
	await waitFor(`${base}/`);
	await runChecks();
} catch (error) {
	results.push({
		ok: false,
		name: `nginx smoke test could not run: ${error instanceof Error ? error.message : error}`,
	});
} finally {
	// Our own master process only (daemon off): TERM stops it and its workers.
	nginx?.kill('SIGTERM');
	await new Promise((done) => (nginx && nginx.exitCode === null ? nginx.once('exit', done) : done()));
	await rm(prefix, { recursive: true, force: true });
}

for (const r of results)
	console.log(`${r.ok ? '✓' : '✗'} ${r.name}${r.ok || !r.detail ? '' : `\n    ${r.detail}`}`);
const failed = results.filter((r) => !r.ok).length;
console.log(`\nnginx smoke: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

async function runChecks() {
	const paths = sitemap.map((u) => new URL(u).pathname);
	const metaPolicy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
	// One line per property over all pages, naming the pages that fail it.
	const failures = { status: [], csp: [], headers: [], cache: [] };
	for (const path of paths) {
		const res = await get(path);
		const body = await res.text();
		const header = res.headers.get('content-security-policy') ?? '';
		if (res.status !== 200) failures.status.push(`${path} (${res.status})`);
		if (!coversPolicy(header, body.match(metaPolicy)?.[1] ?? '') || !/frame-ancestors 'none'/.test(header))
			failures.csp.push(path);
		if (!hasSecurityHeaders(res)) failures.headers.push(path);
		if (res.headers.get('cache-control') !== 'no-cache')
			failures.cache.push(`${path} (${res.headers.get('cache-control')})`);
	}
	const all = (list, name) =>
		check(`${name} — all ${paths.length} sitemap pages`, list.length === 0, `failing: ${list.join(', ')}`);
	all(failures.status, 'pages answer 200');
	all(failures.csp, "the CSP header allows all the page's meta policy does, plus frame-ancestors 'none'");
	all(failures.headers, 'nosniff, Referrer-Policy and Permissions-Policy headers are sent');
	all(failures.cache, 'HTML is revalidated (Cache-Control: no-cache)');
	const html = await get(paths.find((p) => p !== '/') ?? '/');
	check(
		'HTML is gzip-compressed for a client that accepts it',
		html.headers.get('content-encoding') === 'gzip',
		`content-encoding: ${html.headers.get('content-encoding')}`,
	);
	check(
		'responses vary on Accept-Encoding',
		/accept-encoding/i.test(html.headers.get('vary') ?? ''),
		`vary: ${html.headers.get('vary')}`,
	);

	for (const locale of localesOf(sitemap)) {
		const res = await get(`/${locale}/nginx-smoke-missing/`);
		const body = await res.text();
		check(
			`a missing /${locale}/ page gives 404 with lang="${locale}"`,
			res.status === 404 && new RegExp(`<html[^>]*\\slang="${locale}"`).test(body),
			`status ${res.status}, ${body.slice(0, 120)}`,
		);
		check(`a missing /${locale}/ page still carries the security headers`, hasSecurityHeaders(res));
		const redirect = await get(`/${locale}?q=1`);
		check(
			`/${locale} redirects to /${locale}/ keeping the query`,
			redirect.status === 301 && redirect.headers.get('location') === `/${locale}/?q=1`,
			`status ${redirect.status}, location ${redirect.headers.get('location')}`,
		);
	}
	const server = (await get('/zz-nginx-smoke/missing/')).headers.get('server') ?? '';
	check('the Server header names no version (server_tokens off)', !/\d/.test(server), `server: ${server}`);
	const rootMissing = await get('/zz-nginx-smoke/missing/');
	const root404 = await readFile(join(dir, '404.html'), 'utf8').catch(() => '');
	check(
		'a missing page outside any locale gives the multilingual /404.html',
		rootMissing.status === 404 && (await rootMissing.text()) === root404,
		`status ${rootMissing.status}`,
	);

	const asset = (await readdir(join(dir, '_astro')).catch(() => [])).find((f) => /\.(js|css)$/.test(f));
	if (asset) {
		const res = await get(`/_astro/${asset}`);
		check(
			`/_astro/ assets are cached as immutable (${asset})`,
			/immutable/.test(res.headers.get('cache-control') ?? ''),
			`got ${res.headers.get('cache-control')}`,
		);
		check(
			'/_astro/ assets are gzip-compressed',
			res.headers.get('content-encoding') === 'gzip',
			`content-encoding: ${res.headers.get('content-encoding')}`,
		);
	}
	const gone = await get('/_astro/nginx-smoke-missing.js');
	check(
		'a missing /_astro/ file is a 404 without the immutable cache header',
		gone.status === 404 && !/immutable/.test(gone.headers.get('cache-control') ?? ''),
		`status ${gone.status}, cache-control ${gone.headers.get('cache-control')}`,
	);
	if (existsSync(join(dir, 'pagefind', 'pagefind.js'))) {
		const res = await get('/pagefind/pagefind.js');
		const maxAge = Number((res.headers.get('cache-control') ?? '').match(/max-age=(\d+)/)?.[1] ?? NaN);
		check(
			'/pagefind/ files are cached briefly (max-age ≤ 1 hour)',
			res.status === 200 && maxAge > 0 && maxAge <= 3600,
			`cache-control ${res.headers.get('cache-control')}`,
		);
	}
}

/** True when `header` has every directive of `meta` with exactly the same sources. */
/**
 * True when every directive of the page's meta policy is in the header with at least the same
 * sources. The header is every page's policy merged (scripts/build-headers.mjs) and each page's
 * meta lists only its own inline hashes (scripts/build-page-scripts.mjs); a browser enforces both,
 * so the page gets exactly its meta policy, plus the header's frame-ancestors.
 */
function coversPolicy(header, meta) {
	const parse = (p) =>
		new Map(
			p
				.split(';')
				.map((d) => d.trim().split(/\s+/))
				.filter((d) => d[0])
				.map(([n, ...s]) => [n, new Set(s)]),
		);
	const h = parse(header);
	return (
		meta !== '' &&
		[...parse(meta)].every(([name, sources]) => [...sources].every((s) => h.get(name)?.has(s) === true))
	);
}

function hasSecurityHeaders(res) {
	return (
		res.headers.get('x-content-type-options') === 'nosniff' &&
		Boolean(res.headers.get('referrer-policy')) &&
		Boolean(res.headers.get('permissions-policy')) &&
		/frame-ancestors 'none'/.test(res.headers.get('content-security-policy') ?? '')
	);
}

function check(name, ok, detail) {
	results.push({ name, ok: Boolean(ok), detail });
}

function get(path) {
	return fetch(`${base}${path}`, { redirect: 'manual', headers: { 'accept-encoding': 'gzip' } });
}

async function writeConfig(root, listenPort, site) {
	const conf = join(root, 'conf');
	await mkdir(join(conf, 'snippets'), { recursive: true });
	const snippets = resolve('deploy', 'snippets');
	for (const f of await readdir(snippets))
		if (f.endsWith('.conf')) await copyFile(join(snippets, f), join(conf, 'snippets', f));
	// The snippet the build wrote (scripts/build-headers.mjs), as a deploy would copy it.
	const built = await readFile(join(site, '_nginx', 'external-access-lab-csp.conf'), 'utf8').catch(() => '');
	await writeFile(join(conf, 'snippets', 'external-access-lab-csp.conf'), built || (await cspSnippet(site)));
	const temp = (name) => `${name}_temp_path ${join(root, name)};`;
	// Started as root, nginx would run its workers as `nobody`, which cannot read a checkout in
	// a private directory (mktemp -d is 0700): a clean-clone CI run got 403 for every page.
	// Unprivileged, the directive is ignored and the workers run as the current user anyway.
	const user = process.getuid?.() === 0 ? 'user root;\n' : '';
	await writeFile(
		join(conf, 'nginx.conf'),
		`${user}daemon off;
worker_processes 1;
pid ${join(root, 'nginx.pid')};
error_log ${join(root, 'error.log')} warn;
events { worker_connections 64; }
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	access_log off;
	${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n\t')}
	include snippets/external-access-lab-maps.conf;
	server {
		listen 127.0.0.1:${listenPort};
		root ${site};
		include snippets/external-access-lab.conf;
	}
}
`,
	);
}

async function freePort() {
	const server = createServer();
	await new Promise((done) => server.listen(0, '127.0.0.1', done));
	const { port: free } = server.address();
	await new Promise((done) => server.close(done));
	return free;
}

async function waitFor(url) {
	for (let i = 0; i < 100; i++) {
		if (nginx.exitCode !== null) throw new Error(`nginx exited with ${nginx.exitCode}`);
		if (
			await fetch(url).then(
				() => true,
				() => false,
			)
		)
			return;
		await new Promise((done) => setTimeout(done, 50));
	}
	throw new Error(`nginx did not answer on ${url}`);
}
