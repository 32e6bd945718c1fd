// Vitest for the tests that run whole builds: one file at a time, since every build writes SvelteKit's .svelte-kit/output.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/build/**/*.test.ts'],
		environment: 'node',
		env: { TZ: 'UTC' },
		fileParallelism: false,
		// Builds that stop at validation run side by side, two at a time (the machines have two cores).
		maxConcurrency: 2,
		testTimeout: 180_000,
		hookTimeout: 180_000
	}
});
