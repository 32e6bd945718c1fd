// Browser tests of what only `npm run dev` has (the excerpt picker of the source pages), against the dev server.
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../helpers/chromium.js';

/** The dev server under test; DEV_E2E_PORT (or E2E_PORT, as `npm test` is given it) lets two checkouts test side by side. */
const PORT = Number(
	process.env.DEV_E2E_PORT ?? (process.env.E2E_PORT ? Number(process.env.E2E_PORT) + 20 : 4371)
);

export default defineConfig({
	testDir: '.',
	retries: 0,
	workers: 1,
	reporter: 'list',
	// The dev server compiles each module on its first request: the first page takes a while.
	timeout: 60_000,
	use: {
		baseURL: `http://localhost:${PORT}`,
		timezoneId: 'UTC',
		locale: 'en-GB',
		trace: 'retain-on-failure',
		launchOptions: { executablePath: chromiumPath, args: chromiumArgs }
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: `npm run dev -- --port ${PORT} --strictPort`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: false,
		timeout: 120_000,
		stdout: 'ignore',
		env: { TIMELINE_DATA: 'data' }
	}
});
