import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumPath } from './tests/e2e/chromium-path';
// One flag list for the tests and the benchmark.
import { CHROMIUM_FLAGS } from './bench/lib/chromium.mjs';

const port = Number(process.env['E2E_PORT'] ?? 4391);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.test.ts',
	// A test that needs more than 30 s is a bug to fix (batch less, wait for the right thing),
	// not a limit to raise.
	timeout: 30_000,
	expect: { timeout: 10_000 },
	fullyParallel: true,
	forbidOnly: Boolean(process.env['CI']),
	retries: process.env['CI'] ? 1 : 0,
	// One worker per two cores: each worker drives a Chromium whose renderer and browser processes
	// keep about two cores busy. On the 2-core CI machine two workers doubled every test's duration
	// (436 test-seconds against 233 with one worker, 2026-12-04) for 6 % less wall time (222 s
	// against 236), and pushed slow tests towards their timeouts.
	workers: Math.max(1, Math.floor(availableParallelism() / 2)),
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	// Its own folder, which Playwright empties at the start: the Vitest reports beside it stay.
	outputDir: 'test-results/e2e',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		// Only the offline tests need the service worker (they opt in); elsewhere it would download
		// a whole locale in every fresh context.
		serviceWorkers: 'block',
		viewport: { width: 1280, height: 800 },
		launchOptions: {
			executablePath: chromiumPath(),
			args: CHROMIUM_FLAGS,
		},
		trace: 'retain-on-failure',
	},
	webServer: {
		// Tests run against the production build; `npm test` builds first.
		command: `node scripts/serve.mjs --port ${port}`,
		url: `http://127.0.0.1:${port}/en/`,
		reuseExistingServer: !process.env['CI'],
		timeout: 30_000,
	},
});
