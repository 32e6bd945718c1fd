// A dataset of 400 generated events (`build-large/`, made by `npm test`), more than a page carries
// itself: the home page and the embed fetch the packed entries once, the event panel fetches each
// event's own file, and the evidence is the same as on a small site.
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { HOST_PORT, LARGE_PORT } from '../../playwright.config';
import budgets from '../../budgets.json' with { type: 'json' };
import { expect, test } from './fixtures';

const SITE = `http://127.0.0.1:${LARGE_PORT}`;
const quoteOf = (id: string) => `Record ${id}: the two sides met and talked.`;

/**
 * The page carries its prerendered opening view (a few hundred marks, most of them clusters), but
 * not the events: no quote, not every title, and within its budget.
 */
function expectNoEventsCarried(html: string, path: '/' | '/embed') {
	expect(html).not.toContain(quoteOf('event-1'));
	expect(new Set(html.match(/Synthetic meeting \d+ on topic/g)).size).toBeLessThan(400);
	expect(gzipSync(html, { level: 9 }).length).toBeLessThanOrEqual(budgets.large[path].html);
}

/** Opens `path` on the large site; returns the page's HTML and the paths it fetched as data. */
async function open(page: Page, path: string) {
	const dataRequests: string[] = [];
	page.on('request', (request) => {
		const { pathname } = new URL(request.url());
		if (pathname.startsWith('/data/')) dataRequests.push(pathname);
	});
	const response = await page.goto(`${SITE}${path}`);
	const timeline = page.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', /^\d{4}-\d{2}-\d{2}$/);
	return { html: await response!.text(), dataRequests, timeline };
}

test('the home page leaves its 400 events out of its HTML and draws them from one fetch', async ({
	page
}) => {
	const { html, dataRequests, timeline } = await open(page, '/');
	expectNoEventsCarried(html, '/');
	await expect(page.getByRole('heading', { name: 'All 400 events, in order' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'see the list of all events' })).toHaveAttribute(
		'href',
		'/events'
	);
	// The preload in the head and the page's fetch are one request.
	expect(dataRequests.filter((path) => path === '/data/entries.json')).toHaveLength(1);
	const clusters = timeline.locator('[data-cluster]');
	expect(await clusters.count()).toBeGreaterThan(0);
	await expect(clusters.first()).toContainText(/\d+ events/);
	await expect(page.getByRole('button', { name: /^Theme alpha/ })).toContainText(/\d/);
});

test('an event opens with its quote fetched from its own file, and walks on to the next', async ({
	page
}) => {
	const { dataRequests, timeline } = await open(page, '/?event=event-7');
	const panel = page.getByRole('region', { name: /^Synthetic meeting 7 on topic/ });
	await expect(panel.locator('blockquote')).toContainText(quoteOf('event-7'));
	expect(dataRequests).toContain('/data/events/event-7.json');

	await panel.getByRole('button', { name: 'Next event' }).click();
	await expect(page).not.toHaveURL(/event=event-7$/);
	const next = new URL(page.url()).searchParams.get('event')!;
	await expect(
		page.getByRole('region', { name: new RegExp(`^Synthetic meeting ${next.slice(6)} on topic`) })
	).toBeVisible();
	await expect(page.getByRole('region', { name: /^Synthetic meeting/ })).toContainText(
		quoteOf(next)
	);
	await expect(timeline.locator(`[data-event-id="${next}"]`)).toBeVisible();
});

test('opening a cluster zooms to it; its events open from the timeline', async ({ page }) => {
	const { timeline } = await open(page, '/');
	const days = () =>
		timeline.evaluate(
			(node) =>
				(Date.parse(node.getAttribute('data-to')!) - Date.parse(node.getAttribute('data-from')!)) /
				86_400_000
		);
	const before = await days();
	const cluster = timeline.locator('[data-cluster]').first();
	const first = (await cluster.getAttribute('data-cluster'))!.split(' ')[0]!;
	await cluster.click();
	// The first cluster is at the data's left edge, where the view stays: it narrows from the right.
	await expect.poll(days).toBeLessThan(before / 2);
	const mark = timeline.locator(`[data-event-id="${first}"]`);
	await mark.click();
	await expect(page).toHaveURL(new RegExp(`[?&]event=${first}(&|$)`));
	await expect(page.getByRole('region', { name: /^Synthetic meeting/ })).toContainText(
		quoteOf(first)
	);
});

test('the embed carries no entries in its HTML, fetches them once, and takes its options', async ({
	page
}) => {
	const { html, dataRequests, timeline } = await open(page, '/embed?event=event-12');
	expectNoEventsCarried(html, '/embed');
	expect(dataRequests.filter((path) => path === '/data/entries.json')).toHaveLength(1);
	await expect(page.getByRole('region', { name: /^Synthetic meeting 12 on topic/ })).toContainText(
		quoteOf('event-12')
	);
	expect(await timeline.locator('.mark').count()).toBeGreaterThan(0);
});

test('in a sandboxed iframe on another origin the embed fetches its entries and sizes itself', async ({
	page
}) => {
	// The sandbox makes the embed's origin opaque: its fetch of the entries is cross-origin.
	await page.goto(`http://127.0.0.1:${HOST_PORT}/?embed=${encodeURIComponent(SITE)}&widths=600`);
	const frame = (await page.locator('iframe').elementHandle())!.contentFrame();
	const timeline = (await frame)!.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', /^\d{4}-\d{2}-\d{2}$/);
	await expect(timeline.locator('[data-cluster]').first()).toContainText(/\d+ events/);
	await expect
		.poll(() => page.locator('iframe').evaluate((node) => node.getBoundingClientRect().height))
		.toBeGreaterThan(300);
});

test('the list of all events has every one of them', async ({ page }) => {
	await page.goto(`${SITE}/events`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('All 400 events');
	await expect(page.getByRole('link', { name: /^Synthetic meeting \d+ on topic/ })).toHaveCount(
		400
	);
});

test('every cluster badge, three-figure counts included, keeps its count inside its circle', async ({
	page
}) => {
	const badges: { count: string | null; fits: boolean; width: number }[] = [];
	for (const width of [700, 1000, 1280, 1920]) {
		await page.setViewportSize({ width, height: 800 });
		const { timeline } = await open(page, '/');
		const shown = await timeline.locator('.cluster .node').evaluateAll((nodes) =>
			nodes
				.filter((node) => node.getClientRects().length)
				.map((node) => {
					const count = node.querySelector('.count')!;
					const circle = node.getBoundingClientRect();
					const text = count.getBoundingClientRect();
					// The circle's inside: within its 2 px border.
					return {
						count: count.textContent,
						fits: text.left >= circle.left + 2 && text.right <= circle.right - 2
					};
				})
		);
		badges.push(...shown.map((badge) => ({ ...badge, width })));
	}
	expect(badges.some((badge) => badge.count!.length === 3)).toBe(true);
	for (const badge of badges)
		expect(badge.fits, `badge ${badge.count} at ${badge.width} px`).toBe(true);
});
