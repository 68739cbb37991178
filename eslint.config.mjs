// @ts-check
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
	{ ignores: ['dist/', 'dist-*/', 'public/_lazy/', '.astro/', 'node_modules/', 'coverage/', 'test-results/', 'playwright-report/', 'bench/out/'] },
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
	{
		// The simulator core stays pure: no framework, i18n or DOM code (house style §9.3).
		files: ['src/model/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: ['astro', 'astro:*', 'astro/*', 'preact', 'preact/*', '@preact/*', 'i18next', '@astrojs/*'] },
			],
			'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'location', 'fetch'],
		},
	},
);
