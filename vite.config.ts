// Vite configuration: SvelteKit, the data validation that gates every build, and the unit tests.
import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { validateData } from './src/lib/server/validateDataPlugin.ts';

export default defineConfig({
	// Vitest checks the data through its own tests, which must report problems rather than exit.
	build: { sourcemap: process.env.BUNDLE_MAP === '1' },
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
