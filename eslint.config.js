// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		ignores: [
			'dist/',
			'dist-vendor/',
			'.astro/',
			'node_modules/',
			'src/content/docs/',
			'tests/fixtures/*/dist/',
			'tests/fixtures/*/.astro/',
			'test-results/',
			'tests/fixtures/gate-site/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
	},
	...astro.configs.recommended,
	{
		// Type-aware rules need type information that .astro and plain config files do not give the TS service.
		files: ['**/*.astro', '**/*.mjs', '**/*.js'],
		...tseslint.configs.disableTypeChecked,
	},
	{
		files: ['**/*.mjs', '**/*.js'],
		// Config files run in Node.
		languageOptions: { globals: { process: 'readonly', URL: 'readonly' } },
	},
	{
		files: ['tests/**/*.ts'],
		rules: {
			// Tests break parsed YAML and walk parsed HTML on purpose: untyped data is the point there.
			'@typescript-eslint/no-explicit-any': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
		},
	},
	{
		rules: {
			// Unused bindings prefixed with `_` are deliberate (destructuring a field away).
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
);
