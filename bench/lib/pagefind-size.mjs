// Pagefind's output per language, from <dist>/pagefind: the entry file lists each language's
// hash; its meta and index chunks, fragments (one per page) and WebAssembly carry that prefix.
// Pagefind writes these files gzip-compressed already, so raw bytes are transfer bytes.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles } from './site.mjs';

/** One row per indexed language: { lang, pages, index, fragments, wasm } in bytes; [] without an index. */
export async function pagefindSizes(dir) {
	const root = join(dir, 'pagefind');
	const entry = JSON.parse(await readFile(join(root, 'pagefind-entry.json'), 'utf8').catch(() => '{}'));
	const files = await listFiles(root).catch(() => []);
	const sizes = new Map(await Promise.all(files.map(async (f) => [f, (await stat(join(root, f))).size])));
	const sum = (test) => [...sizes].filter(([f]) => test(f)).reduce((a, [, n]) => a + n, 0);
	return Object.entries(entry.languages ?? {})
		.map(([lang, info]) => ({
			lang,
			pages: info.page_count,
			index: sum((f) => f === `pagefind.${info.hash}.pf_meta` || f.startsWith(`index/${lang}_`)),
			fragments: sum((f) => f.startsWith(`fragment/${lang}_`)),
			wasm: sizes.get(`wasm.${info.wasm}.pagefind`) ?? 0,
		}))
		.sort((a, b) => a.lang.localeCompare(b.lang));
}
