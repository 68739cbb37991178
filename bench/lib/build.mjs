// Runs the project's own `npm run build` script step by step and times each step, so the
// benchmark always measures what CI builds (today: `astro build`, then the Pagefind indexer).
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

/** Names a build step for the table: "astro" and "pagefind", else the command itself. */
export function stepName(command) {
	if (/^astro\s+build\b/.test(command)) return 'astro';
	if (/pagefind|search-index/.test(command)) return 'pagefind';
	return command;
}

/** Builds the project in `cwd` into `distDir`; resolves with [{ name, command, ms }], throws with the output on failure. */
export async function timedBuild({ cwd = process.cwd(), distDir, quiet = true }) {
	const pkg = JSON.parse(await readFile(join(cwd, 'package.json'), 'utf8'));
	const commands = String(pkg.scripts?.build ?? 'astro build')
		.split('&&')
		.map((c) => c.trim());
	const env = {
		...process.env,
		DIST_DIR: distDir,
		ASTRO_TELEMETRY_DISABLED: '1',
		PATH: [join(cwd, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
	};
	const steps = [];
	for (const command of commands) {
		const started = performance.now();
		await run(command, { cwd, env, quiet });
		steps.push({ name: stepName(command), command, ms: Math.round(performance.now() - started) });
	}
	return steps;
}

function run(command, { cwd, env, quiet }) {
	return new Promise((done, fail) => {
		const child = spawn('sh', ['-c', command], {
			cwd,
			env,
			stdio: ['ignore', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'],
		});
		let output = '';
		child.stdout?.on('data', (d) => (output = (output + d).slice(-8000)));
		child.stderr?.on('data', (d) => (output = (output + d).slice(-8000)));
		child.on('error', fail);
		child.on('close', (code) =>
			code === 0 ? done() : fail(new Error(`"${command}" exited with ${code}\n${output}`)),
		);
	});
}
