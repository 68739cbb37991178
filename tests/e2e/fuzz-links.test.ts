import { resolve } from 'node:path';
import { hydrateAll } from './hydrate';
import { expect, test } from '@playwright/test';
import { prng } from '../../bench/lib/prng.mjs';
import { readPageSync, sitemapPathsSync } from '../../bench/lib/site.mjs';

// A browser sample of share-link fuzzing: broken, truncated and mutated #fragments must never
// throw in the page, and the simulator must still be there. (The 10,000-case fuzz of the codec
// itself is a unit test next to src/model.) Reproduce a run with FUZZ_SEED=<seed>.
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261124);
const CASES = 50;
// Run as separate tests of this many cases each: every case reloads and hydrates a long page, and
// one 50-case test outran its timeout on a loaded two-core CI machine.
const CHUNK = 10;
const dist = resolve(process.env['DIST_DIR'] ?? 'dist');
const simulatorPage = sitemapPathsSync(dist).find((p) => /\sdata-setting[\s=>]/.test(readPageSync(dist, p)));

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~!$&'()*+,;=:@/?%#";
const NASTY = [
	'',
	'%',
	'%E0%A4%A',
	'%00',
	'#',
	'=',
	'&&&',
	'~'.repeat(3000),
	'ü',
	'🙂',
	'\u202e',
	'<script>',
	'null',
	'[]',
	'{}',
	'undefined',
	'-1',
	'NaN',
];

/** `count` fragments from `seed`: mutations of `valid` (if any), random strings and known-bad values. */
function fragments(seed: number, count: number, valid: string): string[] {
	const rand = prng(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
	const randomText = (n: number) => Array.from({ length: n }, () => pick([...ALPHABET])).join('');
	const base = valid || randomText(24);
	const mutate = [
		() => base.slice(0, Math.floor(rand() * base.length)), // truncated
		() => base.slice(0, -1 - Math.floor(rand() * 4)), // a few characters short
		() => {
			const i = Math.floor(rand() * base.length);
			return base.slice(0, i) + pick([...ALPHABET]) + base.slice(i + 1); // one character changed
		},
		() => base + randomText(1 + Math.floor(rand() * 8)), // trailing garbage
		() => [...base].reverse().join(''),
		() => randomText(Math.floor(rand() * 64)), // random
		() => pick(NASTY),
		() => base.repeat(2 + Math.floor(rand() * 50)), // far too long
	];
	return Array.from({ length: count }, () => pick(mutate)());
}

test.describe('share links with broken fragments', () => {
	test.skip(
		!simulatorPage,
		'No page with [data-setting] controls in the build yet (the simulator islands have not landed); nothing to fuzz.',
	);

	for (let first = 0; first < CASES; first += CHUNK) {
		const last = Math.min(first + CHUNK, CASES) - 1;
		test(`random, truncated and mutated #fragments ${first}-${last} of ${CASES} never crash the simulator page (seed ${SEED})`, async ({
			page,
		}) => {
			test.setTimeout(180_000);
			const path = simulatorPage ?? '/';
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			// A valid fragment to mutate: whatever the page writes after a setting changes, if anything.
			await page.goto(path);
			await hydrateAll(page);
			await page.locator('[data-setting]').first().click();
			const valid = decodeURIComponent(new URL(page.url()).hash.slice(1));

			const cases = fragments(SEED, CASES, valid).entries();
			for (const [i, fragment] of [...cases].slice(first, last + 1)) {
				const where = `case ${i} (seed ${SEED}), fragment ${JSON.stringify(fragment.slice(0, 120))}`;
				// about:blank in between: a same-page #change would not reload the page.
				await page.goto('about:blank');
				// Raw, as a pasted link would arrive: the browser percent-encodes what it must, and a
				// lone '%' stays as it is (a classic decodeURIComponent crash).
				await page.goto(`${path}#${fragment}`);
				await hydrateAll(page);
				await expect(page.locator('[data-setting]').first(), where).toBeVisible();
				expect(errors, where).toEqual([]);
			}
		});
	}

	test('changing the fragment on an open page never throws either', async ({ page }) => {
		const path = simulatorPage ?? '/';
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(path);
		await hydrateAll(page);
		for (const fragment of fragments(SEED + 1, CASES, '')) {
			await page.evaluate((f) => (location.hash = f), fragment);
		}
		await expect(page.locator('[data-setting]').first()).toBeVisible();
		expect(errors).toEqual([]);
	});
});
