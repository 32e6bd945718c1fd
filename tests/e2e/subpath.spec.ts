// Sub-path hosting: the site built with BASE_PATH=/sub and served under /sub/ loads every page and asset and works.
import type { Page } from '@playwright/test';
import { SUB_PATH, SUB_PORT } from '../../playwright.config';
import { crawlSite, type CrawledPage } from './crawl';
import { expect, test } from './fixtures';

const ORIGIN = `http://127.0.0.1:${SUB_PORT}`;
const ROOT = `${ORIGIN}${SUB_PATH}/`;

let crawled: Map<string, CrawledPage>;

test.beforeAll(async ({ playwright }) => {
	const request = await playwright.request.newContext();
	crawled = await crawlSite(request, ORIGIN, `${SUB_PATH}/`);
	await request.dispose();
});

/** Records every request of `page` that fails or answers with an error status. */
function failedRequests(page: Page): string[] {
	const failed: string[] = [];
	page.on('requestfailed', (request) => failed.push(`${request.url()} (failed)`));
	page.on('response', (response) => {
		if (response.status() >= 400) failed.push(`${response.url()} (${response.status()})`);
	});
	return failed;
}

/** One page of each route: the first crawled page of each, ids replaced by [id]. */
function onePagePerRoute(): string[] {
	const byRoute = new Map<string, string>();
	for (const page of crawled.values()) {
		if (!page.html) continue;
		const route = page.path
			.slice(SUB_PATH.length)
			.replace(/^\/(events|themes|sources|people)\/[^/]+/, '/$1/[id]');
		if (!byRoute.has(route)) byRoute.set(route, page.path);
	}
	return [...byRoute.values()];
}

test('every page, link, script, stylesheet and file reachable from /sub/ loads from under /sub/', () => {
	const pages = [...crawled.values()];
	expect(pages.filter((page) => page.html).length).toBeGreaterThan(50);
	const broken = pages
		.filter((page) => page.status !== 200 || !page.path.startsWith(`${SUB_PATH}/`))
		.map((page) => `${page.path} (${page.status})`);
	expect(broken).toEqual([]);
	// Module scripts the start-up script imports are not in href or src attributes.
	const home = crawled.get(`${SUB_PATH}/`)!;
	const imports = [...home.html.matchAll(/import\("([^"]+)"\)/g)].map((match) => match[1]!);
	expect(imports.length).toBeGreaterThan(0);
	for (const path of imports) expect(crawled.has(new URL(path, ROOT).pathname), path).toBe(true);
});

test('the home page becomes interactive under /sub/, and search and links stay under it', async ({
	page
}) => {
	const failed = failedRequests(page);
	await page.goto(ROOT);
	await expect(page.getByRole('group', { name: 'Timeline' })).toHaveAttribute(
		'data-from',
		/^\d{4}-\d{2}-\d{2}$/
	);
	await page.getByRole('combobox', { name: /Search events/ }).fill('Vienna');
	const results = page.getByRole('listbox', { name: 'Search results' });
	await expect(results.getByRole('option').first()).toContainText('Vienna');
	await page.getByRole('combobox', { name: /Search events/ }).fill('');
	await page
		.getByRole('list', { name: /events, in order/i })
		.getByRole('link')
		.first()
		.click();
	await expect(page).toHaveURL(new RegExp(`^${ROOT}`));
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(failed).toEqual([]);
});

test('one page of every route renders under /sub/ with every request answered', async ({
	page
}) => {
	test.setTimeout(90_000);
	const failed = failedRequests(page);
	const paths = onePagePerRoute();
	expect(paths.length).toBeGreaterThan(15);
	for (const path of paths) {
		await page.goto(`${ORIGIN}${path}`);
		await page.waitForLoadState('networkidle');
		await expect(page.getByRole('heading', { level: 1 }).first(), path).toBeAttached();
	}
	expect(failed).toEqual([]);
});
