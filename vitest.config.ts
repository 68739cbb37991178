/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
			},
			{
				extends: true,
				test: {
					name: 'component',
					include: ['tests/component/**/*.test.tsx'],
					environment: 'happy-dom',
					setupFiles: ['tests/component/setup.ts'],
				},
			},
			{
				// Static checks over the built site ($DIST_DIR or dist/); skipped with a message when
				// there is no build. `npm test` runs this project after the build.
				extends: true,
				test: {
					name: 'built',
					include: ['tests/built/**/*.test.ts'],
					environment: 'node',
					// axe on one long page takes about 0.5 s; allow for a machine shared with other work.
					testTimeout: 30_000,
				},
			},
		],
		coverage: {
			provider: 'v8',
			include: ['src/model/**/*.ts'],
			reporter: ['text-summary', 'text'],
			// The simulator core is the product's source of truth: keep it almost fully exercised.
			thresholds: { branches: 95, lines: 95, functions: 95, statements: 95 },
		},
	},
});
