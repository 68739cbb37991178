#!/usr/bin/env node
// Serves the built site (dist/) on 127.0.0.1 the way a static host would: directory index
// files, a trailing-slash redirect, and each locale's own 404 page for missing paths under it.
// Usage: node scripts/serve.mjs [--port 4321] [--dir dist]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

const SECURITY_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Starts the server; resolves with its URL. Exported so tests and benchmarks can reuse it. */
export async function serve({ port = 4321, host = '127.0.0.1', dir = process.env.DIST_DIR ?? 'dist' } = {}) {
	const root = resolve(dir);
	const locales = await readLocaleDirs(root);

	const server = createServer(async (req, res) => {
		try {
			const url = new URL(req.url ?? '/', 'http://localhost');
			const path = decodeURIComponent(url.pathname);
			const file = safeJoin(root, path);
			const info = file && (await stat(file).catch(() => undefined));
			if (info?.isDirectory()) {
				if (!path.endsWith('/')) return redirect(res, `${path}/${url.search}`);
				const index = join(file, 'index.html');
				if (await exists(index)) return send(res, 200, index);
			} else if (info?.isFile()) {
				return send(res, 200, file);
			}
			// Missing: the 404 of the locale the path is under, else the multilingual one.
			const first = path.split('/').filter(Boolean)[0];
			const localized = first && locales.has(first) ? join(root, first, '404', 'index.html') : undefined;
			return send(res, 404, localized && (await exists(localized)) ? localized : join(root, '404.html'));
		} catch (error) {
			res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
			res.end(`Server error: ${error instanceof Error ? error.message : String(error)}`);
		}
	});

	await new Promise((done) => server.listen(port, host, done));
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	return { url: `http://${host}:${actualPort}/`, close: () => new Promise((done) => server.close(done)) };
}

async function send(res, status, file) {
	const body = await readFile(file);
	const type = TYPES[extname(file)] ?? 'application/octet-stream';
	const cache = file.includes(`${normalize('/_astro/')}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
	res.writeHead(status, { 'Content-Type': type, 'Cache-Control': cache, ...SECURITY_HEADERS });
	res.end(body);
}

function redirect(res, location) {
	res.writeHead(301, { Location: location, ...SECURITY_HEADERS });
	res.end();
}

function safeJoin(root, path) {
	const full = normalize(join(root, path));
	return full.startsWith(root) ? full : undefined;
}

async function exists(file) {
	return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

async function readLocaleDirs(root) {
	const { readdir } = await import('node:fs/promises');
	const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
	const dirs = new Set();
	for (const entry of entries) {
		if (entry.isDirectory() && (await exists(join(root, entry.name, '404', 'index.html')))) dirs.add(entry.name);
	}
	return dirs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const arg = (name, fallback) => {
		const i = process.argv.indexOf(`--${name}`);
		return i > 0 ? process.argv[i + 1] : fallback;
	};
	const dir = arg('dir', process.env.DIST_DIR ?? 'dist');
	if (!(await exists(join(resolve(dir), 'index.html')))) {
		console.error(`No built site in ${dir}/. Run "npm run build" first.`);
		process.exit(1);
	}
	const { url } = await serve({ port: Number(arg('port', process.env.PORT ?? 4321)), dir });
	console.log(`\n  External Access Lab is being served at ${url}\n  (Swedish: ${url}sv/  English: ${url}en/)  Press Ctrl+C to stop.\n`);
}
