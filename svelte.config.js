// SvelteKit configuration: a fully prerendered static site with a hash-based Content-Security-Policy.
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// Routes whose pages come from optional parts of a dataset: a story imported from TimelineJS has
// no people and no sources, and no themes unless its slides have groups; the benchmark's synthetic
// data has no people. Those routes then have no page to build.
const OPTIONAL_ROUTES = [
	'/(site)/people/[id]',
	'/(site)/sources/[id]',
	'/(site)/sources/[id]/original',
	'/(site)/themes/[id]'
];

// The benchmark builds several datasets side by side, each into its own folder.
const outputDirectory = process.env.TIMELINE_BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({
			pages: outputDirectory,
			assets: outputDirectory,
			fallback: undefined,
			strict: true
		}),
		paths: { base: process.env.BASE_PATH ?? '', relative: true },
		// Each page's small stylesheets go in its HTML: seven render-blocking requests queued behind
		// the scripts (six at a time over HTTP/1.1) held back the first paint of the home page.
		inlineStyleThreshold: 5 * 1024,
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail',
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((route) => !OPTIONAL_ROUTES.includes(route))) throw new Error(message);
			}
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
