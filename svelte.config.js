// SvelteKit configuration: a fully prerendered static site with a hash-based Content-Security-Policy.
import { createHash } from 'node:crypto';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { buildVersion } from './scripts/buildInputs.js';
import { EARLY_EMBED_SCRIPT } from './src/lib/embed/earlyOptions.js';
import { EARLY_DECK_SCRIPT } from './src/lib/present/earlyDeck.js';
import { EARLY_EVENT_SCRIPT } from './src/lib/timeline/earlyEvent.js';

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
// The scripts of our own inline in a page (the embed's and the presentation's heads, see
// hooks.server.ts), allowed by their hashes.
const scriptHash = (script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
const basePath = process.env.BASE_PATH ?? '';
// SvelteKit reads this file again in the processes a build starts (prerendering): they inherit the
// version the build began with, where hashing the inputs anew would give the pages' HTML one name
// for the app and their scripts another, had a file been saved meanwhile (a page that never starts).
// Kept with what it was computed for, so that no other build started from this process takes it.
const dataDirectory = process.env.TIMELINE_DATA ?? 'data';
const versionFor = [dataDirectory, basePath, process.env.SITE_URL ?? ''].join('\n') + '\n';
if (!process.env.TIMELINE_BUILD_VERSION?.startsWith(versionFor))
	process.env.TIMELINE_BUILD_VERSION = versionFor + buildVersion({ dataDirectory, basePath });
const version = process.env.TIMELINE_BUILD_VERSION.slice(versionFor.length);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Svelte otherwise adds a module to every page that records its version on `window.__svelte`:
	// bytes the home page needs to stay within its budget (budgets.json). Every component is in
	// runes mode, also one that declares no state or props: a single component in legacy mode brings
	// the legacy runtime into the scripts every page shares.
	compilerOptions: { discloseVersion: false, runes: true },
	kit: {
		adapter: adapter({
			pages: outputDirectory,
			assets: outputDirectory,
			fallback: undefined,
			strict: true
		}),
		// Root-relative addresses: a host serves 404.html for a missing page at any depth
		// (/events/no-such-event), where "./_app/…" would point nowhere and leave a bare page.
		// A site served from a sub-path is built for it with BASE_PATH.
		paths: { base: basePath, relative: false },
		// Each page's stylesheets go in its HTML, the timeline's included: render-blocking
		// requests queued behind the scripts (six at a time over HTTP/1.1) held back the first paint,
		// which now holds the prerendered timeline.
		inlineStyleThreshold: 16 * 1024,
		// The same inputs make byte-identical builds (the default version is the build's timestamp).
		version: { name: version },
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
				'script-src': [
					'self',
					scriptHash(EARLY_EMBED_SCRIPT),
					scriptHash(EARLY_DECK_SCRIPT),
					scriptHash(EARLY_EVENT_SCRIPT)
				],
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
