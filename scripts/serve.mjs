#!/usr/bin/env node
// Serves the built site (dist/) on 127.0.0.1 the way the deploy config does (deploy/): directory
// index files, a trailing-slash redirect, each locale's own 404 page for missing paths under it,
// and the build's security headers (its `_headers` file: CSP included) on every response, errors
// and redirects too. Only GET and HEAD (else 405); a path that does not decode, holds a NUL or a
// backslash, or climbs with `.`/`..` gets 400; every file is checked to lie inside the site
// folder (separator-exact, symlinks resolved); a redirect is built from the normalized path, so
// it always starts with exactly one `/`. Text types are gzipped for clients that accept it, as
// the deploy's nginx does (gzip on, level 6, 256 bytes and up), so benchmarks over this server
// (Lighthouse) see the transfer sizes a reader gets.
// Usage: node scripts/serve.mjs [--port 4321] [--dir dist]
import { createServer } from 'node:http';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import {
	IMMUTABLE,
	SECURITY_HEADERS,
	mergePolicies,
	parseHeadersFile,
	sitePolicy,
} from '../deploy/headers.mjs';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm',
	'.pagefind': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
};

/** The types nginx's snippet compresses (gzip_types, plus text/html, which nginx always includes). */
const COMPRESSED = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.svg',
	'.txt',
	'.xml',
	'.webmanifest',
	'.wasm',
]);

/** A request the server refuses, with the status and the short plain-text reason it sends. */
class Refusal {
	constructor(status, reason) {
		this.status = status;
		this.reason = reason;
	}
}

/**
 * The path segments of a request target, decoded and checked, or a Refusal. Empty segments
 * (`//`, which `%2f` can also produce) merge away, as nginx's merge_slashes does.
 */
export function pathSegments(target) {
	if (!target.startsWith('/')) return new Refusal(400, 'Bad request');
	const raw = target.split('?')[0] ?? '';
	const segments = [];
	for (const part of raw.split('/')) {
		let decoded;
		try {
			decoded = decodeURIComponent(part);
		} catch {
			return new Refusal(400, 'Bad request: the path is not valid percent-encoding.');
		}
		if (/[\0\\]/.test(decoded)) return new Refusal(400, 'Bad request');
		for (const piece of decoded.split('/')) {
			if (piece === '.' || piece === '..') return new Refusal(400, 'Bad request');
			if (piece) segments.push(piece);
		}
	}
	return segments;
}

/** Starts the server; resolves with its URL. Exported so tests and benchmarks can reuse it. */
export async function serve({ port = 4321, host = '127.0.0.1', dir = process.env.DIST_DIR ?? 'dist' } = {}) {
	const root = await realpath(resolve(dir)).catch(() => resolve(dir));
	const locales = await readLocaleDirs(root);
	const headers = await siteHeaders(root);

	const server = createServer((req, res) => {
		handle(req, res).catch(() => {
			// Never echo internals; the headers still go out.
			if (!res.headersSent) plain(res, 500, 'Server error');
			else res.destroy();
		});
	});

	async function handle(req, res) {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			return plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
		}
		const target = req.url ?? '/';
		const segments = pathSegments(target);
		if (segments instanceof Refusal) return plain(res, segments.status, segments.reason);
		const query = target.includes('?') ? target.slice(target.indexOf('?')) : '';
		const file = await inside(root, join(root, ...segments));
		const info = file && (await stat(file).catch(() => undefined));
		if (info?.isDirectory()) {
			if (!target.split('?')[0].endsWith('/'))
				return redirect(res, `/${segments.map(encodeURIComponent).join('/')}/${query}`);
			const index = await inside(root, join(file, 'index.html'));
			if (index && (await isFile(index))) return send(req, res, 200, index);
		} else if (info?.isFile()) {
			return send(req, res, 200, file);
		}
		// Missing: the 404 of the locale the path is under, else the multilingual one.
		const first = segments[0];
		const localized = first && locales.has(first) ? join(root, first, '404', 'index.html') : undefined;
		const page = localized && (await isFile(localized)) ? localized : join(root, '404.html');
		if (await isFile(page)) return send(req, res, 404, page);
		return plain(res, 404, 'Not found');
	}

	function common(extra = {}) {
		return { ...headers, ...extra };
	}

	/** Gzipped bodies by file, kept while the file's modification time stays the same. */
	const gzipped = new Map();

	async function send(req, res, status, file) {
		const { size, mtimeMs } = await stat(file);
		const compressible = COMPRESSED.has(extname(file)) && size >= 256;
		const gzip = compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		const cached = gzip ? gzipped.get(file) : undefined;
		// A file already compressed at this modification time is neither read nor compressed again.
		let body = cached?.mtimeMs === mtimeMs ? cached.body : await readFile(file);
		if (gzip && body !== cached?.body) {
			body = gzipSync(body, { level: 6 });
			gzipped.set(file, { mtimeMs, body });
		}
		const rel = file.slice(root.length).split(sep).join('/');
		const cache =
			status !== 200
				? 'no-cache'
				: rel.startsWith('/_astro/')
					? IMMUTABLE
					: rel.startsWith('/pagefind/')
						? 'public, max-age=300'
						: 'no-cache';
		res.writeHead(
			status,
			common({
				'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
				'Content-Length': body.length,
				'Cache-Control': cache,
				...(compressible ? { Vary: 'Accept-Encoding' } : {}),
				...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
			}),
		);
		res.end(req.method === 'HEAD' ? undefined : body);
	}

	function redirect(res, location) {
		res.writeHead(301, common({ Location: location, 'Content-Length': 0 }));
		res.end();
	}

	function plain(res, status, text, extra = {}) {
		const body = `${text}\n`;
		res.writeHead(
			status,
			common({
				'Content-Type': 'text/plain; charset=utf-8',
				'Content-Length': Buffer.byteLength(body),
				'Cache-Control': 'no-store',
				...extra,
			}),
		);
		res.end(body);
	}

	await new Promise((done) => server.listen(port, host, done));
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	return { url: `http://${host}:${actualPort}/`, close: () => new Promise((done) => server.close(done)) };
}

/**
 * The headers of the build's `_headers` file (`/*` section; written by scripts/build-headers.mjs),
 * else ones derived from the pages now. HSTS is left out: this server speaks plain HTTP.
 */
async function siteHeaders(root) {
	let fromFile = {};
	try {
		fromFile = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
	} catch {
		fromFile = {};
	}
	let policy = fromFile['Content-Security-Policy'];
	if (!policy) {
		policy = await sitePolicy(root)
			.then((p) => p.policy)
			.catch(() => mergePolicies(["default-src 'self'"]));
	}
	const headers = { ...SECURITY_HEADERS, ...fromFile, 'Content-Security-Policy': policy };
	delete headers['Strict-Transport-Security'];
	return headers;
}

/** `file` when it lies inside `root` (compared by whole path segments, symlinks resolved), else undefined. */
async function inside(root, file) {
	const real = await realpath(file).catch(() => file);
	const within = (p) => p === root || p.startsWith(root.endsWith(sep) ? root : root + sep);
	return within(resolve(file)) && within(real) ? real : undefined;
}

async function isFile(file) {
	return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

async function readLocaleDirs(root) {
	const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
	const dirs = new Set();
	for (const entry of entries) {
		if (entry.isDirectory() && (await isFile(join(root, entry.name, '404', 'index.html'))))
			dirs.add(entry.name);
	}
	return dirs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const arg = (name, fallback) => {
		const i = process.argv.indexOf(`--${name}`);
		return i > 0 ? process.argv[i + 1] : fallback;
	};
	const dir = arg('dir', process.env.DIST_DIR ?? 'dist');
	if (!(await isFile(join(resolve(dir), 'index.html')))) {
		console.error(`No built site in ${dir}/. Run "npm run build" first.`);
		process.exit(1);
	}
	const { url } = await serve({ port: Number(arg('port', process.env.PORT ?? 4321)), dir });
	console.log(
		`\n  External Access Lab is being served at ${url}\n  (Swedish: ${url}sv/  English: ${url}en/)  Press Ctrl+C to stop.\n`,
	);
}
