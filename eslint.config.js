// ESLint: recommended JavaScript, TypeScript and Svelte rules, plus a ban on injecting HTML.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Data is untrusted text: nothing may turn it into markup. */
const noHtmlInjection = {
	'svelte/no-at-html-tags': 'error',
	'no-restricted-properties': [
		'error',
		{ property: 'innerHTML', message: 'Render text with Svelte; never inject HTML.' },
		{ property: 'outerHTML', message: 'Render text with Svelte; never inject HTML.' },
		{ property: 'insertAdjacentHTML', message: 'Render text with Svelte; never inject HTML.' }
	]
};

export default ts.config(
	{
		ignores: [
			'build/',
			'build-sub/',
			'build-hostile/',
			'build-large/',
			'tests/.generated/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench/.work/',
			'imported/',
			'build-imported/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			...noHtmlInjection,
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
			]
		}
	}
);
