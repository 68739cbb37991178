// Lighthouse (the installed npm package's CLI) on one URL with its default mobile settings:
// a Moto G Power-sized screen, simulated slow 4G and 4× CPU slowdown. The CLI launches the
// system Chromium itself through CHROME_PATH; one fresh browser per URL, as Lighthouse advises.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath, CHROMIUM_FLAGS } from './chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The four category scores (0–100), LCP and total bytes for `url`; throws with Lighthouse's output on failure. */
export async function runLighthouse(url) {
	const out = await mkdtemp(join(tmpdir(), 'eal-lighthouse-'));
	const report = join(out, 'report.json');
	try {
		const args = [
			url,
			'--output=json',
			`--output-path=${report}`,
			'--quiet',
			`--only-categories=${CATEGORIES.join(',')}`,
			`--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
		];
		await run(resolve('node_modules/.bin/lighthouse'), args, { ...process.env, CHROME_PATH: chromiumPath() });
		const lhr = JSON.parse(await readFile(report, 'utf8'));
		const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
		return {
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			seo: score('seo'),
			fcpMs: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? 0),
			lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
			tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
			totalBytes: lhr.audits['total-byte-weight']?.numericValue ?? 0,
			// The audits that cost points, so a score below 100 explains itself.
			failing: Object.values(lhr.audits)
				.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
				.map((a) => a.id),
		};
	} finally {
		await rm(out, { recursive: true, force: true });
	}
}

function run(command, args, env) {
	return new Promise((done, fail) => {
		const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('error', fail);
		child.on('close', (code) =>
			code === 0 ? done() : fail(new Error(`lighthouse exited with ${code}:\n${output.slice(-2000)}`)),
		);
	});
}
