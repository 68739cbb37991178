#!/usr/bin/env node
// `npm test`: unit and component tests (with the model's coverage gate), a production build,
// then the browser tests against it. Ends with one "N passed, N failed" line for CI.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { readFileSync, rmSync } from 'node:fs';

const steps = [];

function run(name, command, args) {
	console.log(`\n=== ${name}: ${command} ${args.join(' ')}\n`);
	const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
	steps.push({ name, ok: result.status === 0 });
	return result.status === 0;
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

rmSync('test-results', { recursive: true, force: true });
const npx = 'npx';
run('unit and component tests', npx, [
	'vitest', 'run', '--coverage', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json',
]);
const built = run('production build', 'npm', ['run', 'build', '--silent']);
if (built) {
	// Gates on the built files (issue 8): sizes, links, and the nginx config serving this build.
	run('size budgets', process.execPath, ['scripts/check-budgets.mjs']);
	run('link check', process.execPath, ['scripts/check-links.mjs', '--quiet']);
	run('nginx smoke test', process.execPath, ['scripts/nginx-smoke.mjs']);
	// A free port for the browser tests' server, so a leftover server on the default port
	// cannot fail the run.
	process.env.E2E_PORT ??= String(await freePort());
	run('browser tests', npx, ['playwright', 'test']);
}

let passed = 0;
let failed = 0;
const unit = readJson('test-results/unit.json');
if (unit) {
	passed += unit.numPassedTests ?? 0;
	failed += unit.numFailedTests ?? 0;
}
const e2e = readJson('test-results/e2e.json');
if (e2e?.stats) {
	passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
	failed += e2e.stats.unexpected ?? 0;
}
// A step that failed without failing a test (a build error, a coverage gate) still counts.
const brokenSteps = steps.filter((s) => !s.ok);
if (brokenSteps.length && failed === 0) failed = brokenSteps.length;

console.log('');
for (const step of steps) console.log(`${step.ok ? 'ok  ' : 'FAIL'} ${step.name}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(brokenSteps.length ? 1 : 0);
