// Vite configuration: SvelteKit, the data validation that gates every build, and the unit tests.
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { validateData } from './src/lib/server/validateDataPlugin.ts';

export default defineConfig({
	// Vitest checks the data through its own tests, which must report problems rather than exit.
	plugins: [process.env.VITEST ? [] : validateData({ outputDirectory: 'build' }), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'],
		environment: 'node',
		env: { TZ: 'UTC' }
	}
});
