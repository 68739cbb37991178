// @ts-check
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

/**
 * Type-aware rules that catch real bugs (a promise nobody awaits or handles, awaiting a non-promise).
 * @type {import('eslint').Linter.RulesRecord}
 */
const TYPE_AWARE_BUG_RULES = {
	'@typescript-eslint/no-floating-promises': 'error',
	'@typescript-eslint/no-misused-promises': 'error',
	'@typescript-eslint/await-thenable': 'error',
	'@typescript-eslint/no-implied-eval': 'error',
	'@typescript-eslint/only-throw-error': 'error',
};

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'dist-*/',
			'public/_lazy/',
			'.astro/',
			'node_modules/',
			'coverage/',
			'test-results/',
			'playwright-report/',
			'bench/out/',
			'.tmp/',
		],
	},
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
	{
		// Type-aware linting for TypeScript, with the types from tsconfig.json.
		files: ['**/*.ts', '**/*.tsx'],
		extends: [tseslint.configs.recommendedTypeCheckedOnly],
		languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
	},
	{
		// The islands and the model are being rewritten; until then only the type-aware rules that find
		// real bugs apply there. (unbound-method flags every `Simulator` member the islands destructure:
		// they are closures declared with method syntax, so it is noise here.)
		files: ['src/islands/**/*.{ts,tsx}', 'src/model/**/*.ts'],
		extends: [tseslint.configs.disableTypeChecked],
		languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
		rules: TYPE_AWARE_BUG_RULES,
	},
	{
		// The service worker has its own tsconfig (WebWorker types).
		files: ['src/offline/sw.ts'],
		extends: [tseslint.configs.disableTypeChecked],
	},
	{
		// The simulator core stays pure: no framework, i18n or DOM code (house style §9.3).
		files: ['src/model/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						'astro',
						'astro:*',
						'astro/*',
						'preact',
						'preact/*',
						'@preact/*',
						'i18next',
						'@astrojs/*',
					],
				},
			],
			'no-restricted-globals': [
				'error',
				'window',
				'document',
				'navigator',
				'localStorage',
				'location',
				'fetch',
			],
		},
	},
);
