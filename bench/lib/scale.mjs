// The scaling run: copies the project (without node_modules, builds and git) to a temporary
// folder, adds N synthetic pages spread over the locales to the COPY's content/, builds there
// and times it. Nothing is written to the real content/ or dist/; the folder is removed after.
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { timedBuild } from './build.mjs';
import { prng } from './prng.mjs';
import { listPages } from './site.mjs';

// Top-level entries not copied: dependencies are linked instead, outputs are rebuilt.
const SKIP = /^(node_modules|\.git|dist(-.*)?|test-results|coverage|playwright-report|\.astro)$/;
const WORDS =
	'federation guest tenant domain policy external access chat meeting channel organization admin setting allow block trust invite account presence calendar share file'.split(
		' ',
	);

/** One synthetic MDX page (~300 words, three sections) for `locale`, deterministic in `n`. */
export function syntheticPage(locale, n) {
	const rand = prng(n * 31 + locale.length);
	const words = (count) =>
		Array.from({ length: count }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
	const sections = [1, 2, 3].map((s) => `## Section ${s} ${words(2)}\n\n${words(50)}.\n\n${words(45)}.\n`);
	return `---\ntitle: Synthetic ${locale} page ${n} ${words(3)}\ndescription: Benchmark page ${n}.\nupdated: 2026-01-01\norder: ${1000 + n}\n---\n\n${sections.join('\n')}`;
}

/**
 * Builds the project with `size` synthetic pages (spread evenly over `locales`) for each size,
 * one after the other; returns [{ size, pages, steps }]. `log` receives progress lines.
 */
export async function scaleRun({ sizes, locales, log = () => {} }) {
	const root = await mkdtemp(join(tmpdir(), 'eal-scale-'));
	try {
		await copyProject(process.cwd(), root);
		const rows = [];
		for (const size of sizes) {
			const perLocale = Math.ceil(size / locales.length);
			for (const locale of locales) {
				const dir = join(root, 'content', locale, 'synthetic');
				await rm(dir, { recursive: true, force: true });
				await mkdir(dir, { recursive: true });
				// The same slugs in every locale, so no page is doubled by the English fallback.
				for (let n = 0; n < perLocale; n++)
					await writeFile(join(dir, `p${String(n).padStart(5, '0')}.mdx`), syntheticPage(locale, n));
			}
			log(`scale: building with ${perLocale * locales.length} synthetic pages…`);
			const dist = join(root, 'dist-scale');
			await rm(dist, { recursive: true, force: true });
			const steps = await timedBuild({ cwd: root, distDir: dist });
			rows.push({ size: perLocale * locales.length, pages: (await listPages(dist)).length, steps });
		}
		return rows;
	} finally {
		await rm(root, { recursive: true, force: true });
	}
}

async function copyProject(from, to) {
	for (const entry of await readdir(from)) {
		if (!SKIP.test(entry)) await cp(join(from, entry), join(to, entry), { recursive: true });
	}
	// Link each package rather than node_modules itself, so caches Astro and Vite write into
	// node_modules (.astro, .vite) land in the temporary copy, not in the shared checkout.
	await mkdir(join(to, 'node_modules'));
	for (const entry of await readdir(join(from, 'node_modules'))) {
		if (!/^\.(astro|vite)/.test(entry))
			await symlink(resolve(from, 'node_modules', entry), join(to, 'node_modules', entry));
	}
}
