/** URLs of the on-demand modules built by scripts/build-lazy.mjs (read at build time). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let manifest: Record<string, string> | undefined;

/** The public URL of a lazy module, e.g. `/_lazy/search-dialog-AB12CD34.js`. */
export function lazyModuleUrl(name: string): string {
	if (!manifest) {
		try {
			manifest = JSON.parse(
				readFileSync(join(process.cwd(), 'public/_lazy/manifest.json'), 'utf8'),
			) as Record<string, string>;
		} catch {
			throw new Error(
				'public/_lazy/manifest.json is missing: run "node scripts/build-lazy.mjs" (npm run build and npm run dev do).',
			);
		}
	}
	const url = manifest[name];
	if (!url) throw new Error(`No lazy module "${name}" in public/_lazy/manifest.json`);
	return url;
}
