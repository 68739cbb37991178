#!/usr/bin/env node
// `npm test`: formatting and lint, unit and component tests (with the model's coverage gate), a
// production build, the static checks over the build (tests/built), the nginx smoke test, then
// the browser tests against the build. Prints a timing summary per phase and ends with one
// "N passed, N failed" line for CI.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { readFileSync, rmSync } from 'node:fs';

/** @type {{ name: string, ok: boolean, seconds: number }[]} */
const phases = [];

/** Runs one phase to completion, output streamed, and records its time and result. */
function run(name, command, args) {
	console.log(`\n=== ${name}: ${command} ${args.join(' ')}\n`);
	const started = performance.now();
	const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
	const ok = result.status === 0;
	phases.push({ name, ok, seconds: (performance.now() - started) / 1000 });
	return ok;
}

function freePort() {
	return new Promise((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address();
			probe.close(() => resolve(port));
		});
	});
}

function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return undefined;
	}
}

/** Passed and failed test counts from a Vitest JSON report. */
function vitestCounts(path) {
	const report = readJson(path);
	return { passed: report?.numPassedTests ?? 0, failed: report?.numFailedTests ?? 0 };
}

const started = performance.now();
rmSync('test-results', { recursive: true, force: true });
const npx = 'npx';
run('format (prettier --check)', npx, ['prettier', '--check', '--log-level', 'warn', '.']);
// Type-aware lint needs Astro's generated types (astro:content, import.meta.glob): a clean clone
// has none until `astro sync` writes them.
run('astro sync (types for lint)', npx, ['astro', 'sync']);
run('lint (eslint, type-aware)', npx, ['eslint', '.', '--max-warnings', '0']);
run('unit and component tests', npx, [
	'vitest',
	'run',
	'--project',
	'unit',
	'--project',
	'component',
	'--coverage',
	'--reporter=dot',
	'--reporter=json',
	'--outputFile.json=test-results/unit.json',
]);
const built = run('production build', 'npm', ['run', 'build', '--silent']);
if (built) {
	// Everything that can be read from the built files: lang/dir, hreflang, CSP hashes, links,
	// budgets, server-rendered results, axe's structural rules (tests/built).
	run('static checks of the build', npx, [
		'vitest',
		'run',
		'--project',
		'built',
		'--reporter=dot',
		'--reporter=json',
		'--outputFile.json=test-results/built.json',
	]);
	run('nginx smoke test', process.execPath, ['scripts/nginx-smoke.mjs']);
	// A free port for the browser tests' server, so a leftover server on the default port
	// cannot fail the run.
	process.env.E2E_PORT ??= String(await freePort());
	run('browser tests', npx, ['playwright', 'test']);
}

let passed = 0;
let failed = 0;
for (const path of ['test-results/unit.json', 'test-results/built.json']) {
	const counts = vitestCounts(path);
	passed += counts.passed;
	failed += counts.failed;
}
const e2e = readJson('test-results/e2e.json');
if (e2e?.stats) {
	passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
	failed += e2e.stats.unexpected ?? 0;
}
// A phase that failed without failing a test (a build error, a coverage gate, lint) still counts.
const broken = phases.filter((p) => !p.ok);
if (broken.length && failed === 0) failed = broken.length;

const width = Math.max(...phases.map((p) => p.name.length));
console.log(`\n${'phase'.padEnd(width)}     seconds  result`);
for (const phase of phases)
	console.log(
		`${phase.name.padEnd(width)}  ${phase.seconds.toFixed(1).padStart(10)}  ${phase.ok ? 'ok' : 'FAIL'}`,
	);
console.log(`${'total'.padEnd(width)}  ${((performance.now() - started) / 1000).toFixed(1).padStart(10)}`);
if (e2e?.stats?.duration) {
	const seconds = (e2e.suites ?? [])
		.flatMap(function specs(s) {
			return [...(s.specs ?? []), ...(s.suites ?? []).flatMap(specs)];
		})
		.flatMap((spec) => spec.tests.flatMap((t) => t.results.map((r) => r.duration)))
		.reduce((sum, ms) => sum + ms / 1000, 0);
	console.log(`browser test-seconds: ${seconds.toFixed(0)} (sum of every test's duration)`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(broken.length ? 1 : 0);
