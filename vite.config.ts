// Vite configuration: SvelteKit, the data validation that gates every build, and the unit tests.
import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { validateData } from './src/lib/server/validateDataPlugin.ts';

/**
 * Fewer, larger files for the home page: over HTTP/1.1 a browser fetches six files at a time, and the
 * home page needed nineteen. The framework runtime is one file every page shares; the timeline's
 * d3 and layout maths another, for the pages that draw it.
 */
const CHUNK_GROUPS = [
	{
		name: 'runtime',
		// Vite's helper for dynamic imports too: left to chance it lands in the timeline file,
		// and every page would load that to reach it.
		test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue)[\\/]|vite\/preload-helper/,
		priority: 1
	},
	{
		name: 'timeline',
		// Only modules whose every import is in this file too: a group takes its members'
		// dependencies with it, and a component here would bring the labels and quotes that event
		// pages share, making every event page load the timeline.
		test: /node_modules[\\/]d3-|src[\\/]lib[\\/]timeline[\\/](ticks|calendarIntervals|lanes|marks|zoom|zoomAnimation|zoomInterpolation|noTransitions)\.ts/
	}
];

export default defineConfig({
	// Vitest checks the data through its own tests, which must report problems rather than exit.
	build: {
		sourcemap: process.env.BUNDLE_MAP === '1',
		rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } }
	},
	resolve: {
		// d3-zoom needs one function from each of these; the packages bring ~10 KB (gzip) more.
		// See noTransitions.ts and zoomInterpolation.ts.
		alias: {
			'd3-transition': fileURLToPath(
				new URL('./src/lib/timeline/noTransitions.ts', import.meta.url)
			),
			'd3-interpolate': fileURLToPath(
				new URL('./src/lib/timeline/zoomInterpolation.ts', import.meta.url)
			)
		}
	},
	plugins: [
		process.env.VITEST
			? []
			: validateData({ outputDirectory: process.env.TIMELINE_BUILD_DIR ?? 'build' }),
		sveltekit()
	],
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'],
		environment: 'node',
		env: { TZ: 'UTC' }
	}
});
