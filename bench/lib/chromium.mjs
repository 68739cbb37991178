// The system Chromium and the flags every headless run here uses (the same list as
// playwright.config.ts and feasibility.md §5: no sandbox as root, no background traffic).
import { existsSync } from 'node:fs';

/** Headless flags for Debian's Chromium on a CI box: no GPU, no sandbox, no phoning home. */
export const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** $CHROME_PATH or Debian's chromium; undefined when neither exists (callers print "n/a"). */
export function chromiumPath() {
	return [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
		(p) => p && existsSync(p),
	);
}
