#!/usr/bin/env node
// Bundles the modules that load only on demand (src/lazy/*.ts: the search dialog, the offline
// UI) into public/_lazy/<name>-<hash>.js with a manifest. Pages import them by URL at run time,
// so Vite adds no preload helper to every page (it would cost ~0.9 KB gzip per page).
import { build } from 'esbuild';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

const outdir = join('public', '_lazy');
const entries = (await readdir('src/lazy')).filter((f) => f.endsWith('.ts')).map((f) => join('src/lazy', f));

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
const result = await build({
	entryPoints: entries,
	bundle: true,
	minify: true,
	format: 'esm',
	target: 'es2022',
	outdir,
	entryNames: '[name]-[hash]',
	metafile: true,
	logLevel: 'warning',
});

const manifest = {};
for (const [file, meta] of Object.entries(result.metafile.outputs)) {
	if (!meta.entryPoint) continue;
	manifest[basename(meta.entryPoint, '.ts')] = `/_lazy/${basename(file)}`;
}
await writeFile(join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
console.log(`Lazy modules: ${Object.keys(manifest).join(', ')}`);
