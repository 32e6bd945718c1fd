// End-to-end tests against the built site, served as a static host would serve it, in Chromium.
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/helpers/chromium.js';

/** The site under test; E2E_PORT lets two checkouts test side by side. */
export const PORT = Number(process.env.E2E_PORT ?? 4173);
/** A second origin, serving a newsroom-like page that embeds the timeline. */
export const HOST_PORT = PORT + 1;
/** The same site built for and served from a sub-path, as some hosts do (`build-sub/`, made by `npm test`). */
export const SUB_PORT = PORT + 2;
export const SUB_PATH = '/sub';
/** The site built from tests/fixtures/data/hostile, whose text tries to become markup (`build-hostile/`). */
export const HOSTILE_PORT = PORT + 3;
/** The site built from 400 generated events, more than a page carries itself (`build-large/`). */
export const LARGE_PORT = PORT + 4;
/** The first of the ports the imported TimelineJS stories are served on, one each (tests/e2e/imported.spec.ts). */
export const IMPORTED_PORT = PORT + 5;
/** A plain static server (no special headers) for the articles that tests/e2e/article.spec.ts pastes an embed into. */
export const ARTICLE_PORT = PORT + 10;
export const ARTICLE_DIR = 'tests/.generated/articles';
/** The site served with no special headers at all, as many hosts serve it. */
export const PLAIN_PORT = PORT + 11;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		timezoneId: 'UTC',
		locale: 'en-GB',
		// A trace snapshots the page at every action, much of the suite's time when on; set
		// E2E_TRACE=1 to record one for each failing test. A failure's screenshot is always kept.
		trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
		screenshot: 'only-on-failure',
		launchOptions: { executablePath: chromiumPath, args: chromiumArgs }
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: [
		{
			command: `node scripts/serve.js build --port ${PORT} --headers`,
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: !process.env.CI,
			stdout: 'ignore'
		},
		{
			command: `node scripts/serve.js tests/fixtures/host --port ${HOST_PORT}`,
			url: `http://127.0.0.1:${HOST_PORT}/`,
			reuseExistingServer: !process.env.CI,
			stdout: 'ignore'
		},
		{
			command: `node scripts/serve.js build-sub --port ${SUB_PORT} --base ${SUB_PATH} --headers`,
			url: `http://127.0.0.1:${SUB_PORT}${SUB_PATH}/`,
			reuseExistingServer: !process.env.CI,
			stdout: 'ignore'
		},
		{
			command: `node scripts/serve.js build-hostile --port ${HOSTILE_PORT} --headers`,
			url: `http://127.0.0.1:${HOSTILE_PORT}/`,
			reuseExistingServer: !process.env.CI,
			stdout: 'ignore'
		},
		{
			command: `mkdir -p ${ARTICLE_DIR} && echo '<!doctype html><title>Articles</title>' > ${ARTICLE_DIR}/index.html && node scripts/serve.js ${ARTICLE_DIR} --port ${ARTICLE_PORT}`,
			url: `http://127.0.0.1:${ARTICLE_PORT}/`,
			reuseExistingServer: !process.env.CI,
			stdout: 'ignore'
		},
		{
			command: `node scripts/serve.js build --port ${PLAIN_PORT}`,
			url: `http://127.0.0.1:${PLAIN_PORT}/`,
			reuseExistingServer: !process.env.CI,
			stdout: 'ignore'
		},
		{
			command: `node scripts/serve.js build-large --port ${LARGE_PORT} --headers`,
			url: `http://127.0.0.1:${LARGE_PORT}/`,
			reuseExistingServer: !process.env.CI,
			stdout: 'ignore'
		}
	]
});
