// Hashes of the few inline scripts we write ourselves (Astro hashes the ones it generates).
// Runs in the Astro config only (Node); pages import the same files with `?raw` and trim them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The inline script files; keep this list in step with the `?raw` imports in layouts. */
const INLINE_SCRIPTS = ['../scripts/theme-init.js'];

/** `sha256-…` values for every inline script above, of the trimmed text. */
export function cspScriptHashes() {
	return INLINE_SCRIPTS.map((path) => {
		const source = readFileSync(new URL(path, import.meta.url), 'utf8').trim();
		return /** @type {`sha256-${string}`} */ (
			`sha256-${createHash('sha256').update(source).digest('base64')}`
		);
	});
}
