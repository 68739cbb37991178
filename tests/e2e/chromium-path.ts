import { existsSync } from 'node:fs';

/**
 * The Chromium to drive: $CHROME_PATH, else Debian's /usr/bin/chromium. Playwright's own
 * browser download is not used (it cannot be fetched here), so say how to get one instead.
 */
export function chromiumPath(): string {
	const candidates = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	for (const candidate of candidates) {
		if (candidate && existsSync(candidate)) return candidate;
	}
	throw new Error(
		'No Chromium found. Install Debian\'s package ("sudo apt-get install -y chromium") or set ' +
			'CHROME_PATH to a Chromium or Chrome executable, then run the tests again.',
	);
}
