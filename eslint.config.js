// ESLint: recommended JavaScript, TypeScript and Svelte rules, plus a ban on injecting HTML and on
// browser code importing build-time code.
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

/**
 * Code that runs in the browser (components, pages and their universal loads, `src/lib` outside
 * `server/`) takes nothing from `src/lib/server/`: not even a type, so that what a page may use is
 * in client-safe modules (the model: `src/lib/model.ts`). Server loads, endpoints and hooks may.
 */
const browserCode = {
	files: [
		'src/lib/**/*.{ts,js,svelte}',
		'src/routes/**/*.svelte',
		'src/routes/**/+page.ts',
		'src/routes/**/+layout.ts'
	],
	ignores: ['src/lib/server/**'],
	rules: {
		'no-restricted-imports': [
			'error',
			{
				patterns: [
					{
						regex: String.raw`^(\$lib|\.{1,2})/(.*/)?server(/|$)`,
						message:
							'Build-time code: browser code takes what it needs from $lib/model or other client-safe modules.'
					}
				]
			}
		]
	}
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
	},
	browserCode
);
