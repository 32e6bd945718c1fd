// The home page's event list: every event, in date order, each with its evidence, with or without JavaScript.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { followTimelineLinkFromAbout } from './insideSite';

interface ExportedEvent {
	id: string;
	title: string;
	start: string;
	precision: string;
	excerpts: { quote: string; voice: string }[];
}

async function exportedEvents(page: Page): Promise<ExportedEvent[]> {
	const response = await page.request.get('/data/timeline.json');
	expect(response.ok()).toBe(true);
	return (await response.json()).events;
}

async function expectEveryEventWithEvidence(page: Page) {
	const events = await exportedEvents(page);
	expect(events.length).toBeGreaterThanOrEqual(14);

	const list = page.getByRole('list', { name: /events, in order/i });
	const items = list.locator(':scope > li');
	await expect(items).toHaveCount(events.length);
	await expect(list.getByRole('heading', { level: 3 })).toHaveText(
		events.map((event) => event.title)
	);

	const dates = await list
		.locator(':scope > li article header time')
		.evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
	expect(dates).toEqual([...dates].sort());
	// As precisely as each is known: "2023-05" for a month's event.
	expect(dates).toEqual(
		events.map(({ start, precision }) =>
			precision === 'month' ? start.slice(0, 7) : precision === 'year' ? start.slice(0, 4) : start
		)
	);

	for (const [index, event] of events.entries()) {
		const item = items.nth(index);
		const quotes = item.locator('blockquote');
		await expect(quotes).toHaveCount(event.excerpts.length);
		expect(event.excerpts.length).toBeGreaterThan(0);
		await expect(quotes.first()).toContainText(event.excerpts[0]!.quote.slice(0, 40));
		await expect(item.locator('figcaption cite').first()).not.toBeEmpty();
	}
}

test('the home page lists every event in date order with its quotes', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle(/US–China/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectEveryEventWithEvidence(page);
});

test('Anchorage shows its date, place, participants, themes and a quote with its source', async ({
	page
}) => {
	await page.goto('/');
	const anchorage = page.getByRole('article', {
		name: 'High-level strategic dialogue in Anchorage'
	});
	await expect(anchorage.locator('time').first()).toHaveText('18–19 March 2021');
	await expect(anchorage).toContainText('Anchorage, Alaska, United States');
	// Participants read as a list, each with their role: "…(Secretary of State); Jake Sullivan (…)".
	await expect(anchorage).toContainText(
		'Antony Blinken (Secretary of State); Jake Sullivan (National Security Advisor)'
	);
	await expect(anchorage).toContainText('Yang Jiechi');
	await expect(anchorage.getByRole('list', { name: 'Themes' })).toContainText('Climate');
	await expect(anchorage.locator('blockquote').first()).toBeVisible();
	await expect(anchorage.locator('figcaption').first()).toContainText(/\d{4}/);
});

test('reached by a link inside the site, the home page draws the same list', async ({ page }) => {
	// The build writes the list into the page; a page the browser builds itself mounts it.
	await followTimelineLinkFromAbout(page);
	await expectEveryEventWithEvidence(page);
	// And only once, after a second visit.
	await page.goBack();
	await page.goForward();
	await expectEveryEventWithEvidence(page);
});

test('reached by a link inside the site while the list cannot load, the page leads to /events', async ({
	page,
	pageErrors
}) => {
	await page.route('**/data/events.json', (route) => route.fulfill({ status: 404 }));
	await followTimelineLinkFromAbout(page);
	const events = page.getByRole('region', { name: /events, in order/i });
	await expect(events.getByText('The list could not be loaded')).toBeVisible();
	await expect(events.getByRole('link', { name: 'see the list of all events' })).toHaveAttribute(
		'href',
		'/events'
	);
	// The browser's own report of the refused request, and nothing else.
	const expected = /Failed to load resource: .* 404/;
	expect(pageErrors.filter((message) => !expected.test(message))).toEqual([]);
	pageErrors.splice(0);
});

test('the prerendered list is the page’s as it starts: no script draws it again', async ({
	page
}) => {
	await page.goto('/');
	const list = page.getByRole('list', { name: /events, in order/i });
	await list.evaluate((element) => element.setAttribute('data-marked', 'prerendered'));
	await expect(page.getByRole('group', { name: 'Timeline' })).toHaveAttribute(
		'data-from',
		/^\d{4}/
	);
	await expect(list).toHaveAttribute('data-marked', 'prerendered');
	await expect(page.getByRole('list', { name: /events, in order/i })).toHaveCount(1);
});

test.describe('with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });

	test('the same list is there', async ({ page }) => {
		await page.goto('/');
		await expectEveryEventWithEvidence(page);
	});
});

for (const [width, query] of [
	[320, ''],
	[390, ''],
	[600, ''],
	[1280, ''],
	[1280, '?voices=media']
] as const) {
	test(`at ${width} px${query ? ` (${query})` : ''} the page is about as long before the list is scrolled as after, and End reaches its last event`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto(`/${query}`);
		if (query)
			await expect(page.getByRole('heading', { name: /voices chosen above/ })).toBeVisible();
		const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
		const before = await pageHeight();
		await page.locator('body').press('End');
		// The entry in the middle of the screen after End is one of the last two.
		await expect
			.poll(() =>
				page.evaluate(() =>
					[...document.querySelectorAll<HTMLElement>('.event-list > li')]
						.filter((entry) => entry.checkVisibility())
						.findLastIndex((entry) => entry.getBoundingClientRect().top <= innerHeight / 2)
				)
			)
			.toBeGreaterThanOrEqual(
				(await page.locator('.event-list > li').filter({ visible: true }).count()) - 2
			);
		// Every entry laid out, as a reader scrolling through the whole list sees it.
		await page.addStyleTag({ content: '.event-list > li { content-visibility: visible; }' });
		const after = await pageHeight();
		expect(before / after).toBeGreaterThan(0.88);
		expect(before / after).toBeLessThan(1.12);
	});
}

test('with a voice filter on, an event the address points to stays in the list, and paper has every event', async ({
	page
}) => {
	const events = await exportedEvents(page);
	const quotes = (event: ExportedEvent, voice: string) =>
		event.excerpts.some((excerpt) => excerpt.voice === voice);
	const hidden = events.filter((event) => !quotes(event, 'media'));
	expect(hidden.length).toBeGreaterThan(1);
	const [pointed, other] = hidden;
	await page.goto(`/?voices=media#event-${pointed!.id}`);
	await expect(page.getByRole('heading', { name: /voices chosen above/ })).toBeVisible();
	await expect(page.locator(`#event-${other!.id}`)).toBeHidden();
	await expect(page.locator(`#event-${pointed!.id}`)).toBeInViewport();

	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.event-list > li').filter({ visible: true })).toHaveCount(
		events.length
	);
	await expect(
		page.getByRole('heading', { name: `All ${events.length} events, in order` })
	).toBeVisible();
});
