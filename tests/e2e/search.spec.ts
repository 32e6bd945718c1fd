// Site search: the right first result for people, places, themes and misspellings; keyboard only; loaded on demand.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cumulativeLayoutShift, watchLayoutShifts } from './layoutShift';

async function search(page: Page, query: string) {
	const box = page.getByRole('combobox', { name: /Search events/ });
	await box.fill(query);
	const results = page.getByRole('listbox', { name: 'Search results' });
	await expect(results.getByRole('option').first()).toBeVisible();
	return results;
}

test.beforeEach(async ({ page }) => {
	await page.goto('/about');
	// The search box works once the page's script has started.
	await page.waitForLoadState('networkidle');
});

for (const [what, query, title] of [
	['a participant', 'Kritenbrink', 'Kritenbrink holds talks in Beijing'],
	['a place', 'Vienna', 'Sullivan and Wang Yi meet in Vienna'],
	['a misspelt name', 'Blinkin Qin', 'Blinken visits Beijing']
]) {
	test(`searching for ${what} (${query}) finds the right event first`, async ({ page }) => {
		const results = await search(page, query!);
		await expect(
			results.getByRole('group', { name: 'Events' }).getByRole('option').first()
		).toContainText(title!);
	});
}

test('searching for a theme finds the theme', async ({ page }) => {
	const results = await search(page, 'climate change');
	await expect(
		results.getByRole('group', { name: 'Themes' }).getByRole('option').first()
	).toContainText('Climate change');
	await expect(results.locator('mark').first()).toBeVisible();
});

test('a result found by words it does not show says where they were found', async ({ page }) => {
	const results = await search(page, 'taiwan');
	const events = results.getByRole('group', { name: 'Events' });
	// Its title and summary do not name Taiwan: its themes and a participant's title do, and a
	// quote, which it shows with the word marked.
	const kritenbrink = events.getByRole('option', { name: /Kritenbrink holds talks/ });
	await expect(kritenbrink).toContainText('Found in its participants and themes.');
	await expect(kritenbrink).toContainText(/Quoted: [“‘].*Taiwan/);
	await expect(kritenbrink.locator('.title mark')).toHaveCount(0);
	for (const mark of await kritenbrink.locator('mark').allTextContents())
		expect(mark).toMatch(/^Taiwan/i);
	// One whose summary shows the word says nothing more.
	const blinken = events.getByRole('option', { name: /Blinken visits Beijing/ });
	await expect(blinken.locator('mark').first()).toBeVisible();
	await expect(blinken).not.toContainText('Found in its');
});

test('a passage of a source leads to that place in the source', async ({ page }) => {
	const results = await search(page, 'quite gunpowder');
	const passage = results
		.getByRole('group', { name: 'Passages in the sources' })
		.getByRole('option')
		.first();
	await expect(passage).toHaveAttribute('href', /sources\/spark-anchorage-digest#p-\d+$/);
	await passage.click();
	await expect(page.locator('p[id]:target')).toContainText('quite gunpowder');
});

test('search works with the keyboard alone: / to focus, arrows to move, Enter to open', async ({
	page
}) => {
	// The key works once the header's script has started, which a loaded machine can delay past
	// the network's quiet: a reader who pressed too early presses again.
	const box = page.getByRole('combobox', { name: /Search events/ });
	await expect(async () => {
		await page.keyboard.press('/');
		await expect(box).toBeFocused({ timeout: 500 });
	}).toPass({ timeout: 10_000 });
	await page.keyboard.type('Bangkok');
	await expect(page.getByRole('option').first()).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/events\/bangkok-talks$/);
});

test('Tab from the header search moves on to the page, with the results closed', async ({
	page
}) => {
	// Enough results for the list to scroll: Chromium makes a scroller a Tab stop of its own.
	const results = await search(page, 'Blinken');
	expect(
		await results.evaluate((list) => list.scrollHeight > list.clientHeight),
		'the list scrolls'
	).toBe(true);
	await page.keyboard.press('Tab');
	// The dropdown closes a moment after the box loses focus: focus must not be inside it then.
	await expect(page.getByRole('listbox', { name: 'Search results' })).toBeHidden();
	expect(
		await page.evaluate(() => {
			const focused = document.activeElement;
			return !!focused && focused !== document.body && !focused.closest('[role="listbox"]');
		})
	).toBe(true);
});

test('the home page does not download the search index until search is used', async ({ page }) => {
	const requested: string[] = [];
	page.on('request', (request) => requested.push(request.url()));
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	expect(requested.filter((url) => url.includes('search-index'))).toEqual([]);
	await page.getByRole('combobox', { name: /Search events/ }).focus();
	await expect.poll(() => requested.some((url) => url.includes('search-index.json'))).toBe(true);
});

test('a query typed before the page’s script has started is searched once it starts', async ({
	page
}) => {
	// Hold the scripts back, as a slow connection would, while the reader types.
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/about', { waitUntil: 'commit' });
	const box = page.getByRole('banner').getByRole('combobox', { name: /^Search/ });
	await box.fill('Anchorage');
	release();
	await expect(
		page
			.getByRole('banner')
			.getByRole('option', { name: /Anchorage/ })
			.first()
	).toBeVisible();
	await expect(box).toHaveValue('Anchorage');
});

test('the header’s results stay inside the window at every desktop width, with nothing cut', async ({
	page
}) => {
	for (const width of [1024, 1152, 1280, 1366, 1440, 1920]) {
		await page.setViewportSize({ width, height: 800 });
		const results = await search(page, 'Bangkok');
		const box = (await results.boundingBox())!;
		expect(box.x, `at ${width} px`).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width, `at ${width} px`).toBeLessThanOrEqual(width);
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth),
			`the page scrolls sideways at ${width} px`
		).toBeLessThanOrEqual(width);
		await page.getByRole('combobox', { name: /Search events/ }).fill('');
	}
});

test('Enter without a chosen result opens every result on the search page, which keeps the query in its address', async ({
	page
}) => {
	const box = page.getByRole('banner').getByRole('combobox', { name: /Search events/ });
	await box.fill('Blinken');
	await expect(page.getByRole('option').first()).toBeVisible();
	await box.press('Enter');
	await expect(page).toHaveURL(/\/search\?q=Blinken$/);
	const full = page.getByRole('main').getByRole('searchbox', { name: /Search events/ });
	await expect(full).toHaveValue('Blinken');
	// The header's list shows five events at most; the page shows every event whose title,
	// summary, people or quotes name him, as links under a heading that says how many.
	const { events: all } = (await (await page.request.get('/data/timeline.json')).json()) as {
		events: {
			title: string;
			summary: string;
			participants: { name: string }[];
			excerpts: { quote: string }[];
		}[];
	};
	const naming = all.filter((event) =>
		[
			event.title,
			event.summary,
			...event.participants.map((person) => person.name),
			...event.excerpts.map((excerpt) => excerpt.quote)
		].some((text) => text.includes('Blinken'))
	).length;
	expect(naming).toBeGreaterThan(5);
	const events = page.getByRole('region', { name: /^Events/ });
	await expect(events.getByRole('heading', { level: 2 })).toHaveText(`Events · ${naming}`);
	await expect(events.getByRole('link')).toHaveCount(naming);
	await expect(page.getByRole('option')).toHaveCount(0);
	await full.fill('Bangkok');
	await expect(page).toHaveURL(/\/search\?q=Bangkok$/);
	await full.fill('');
	await expect(page).toHaveURL(/\/search$/);
});

test('a search page address with a query shows its results on arrival', async ({ page }) => {
	await page.goto('/search?q=climate');
	await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('climate');
	await expect(
		page
			.getByRole('region', { name: /^Themes/ })
			.getByRole('link')
			.first()
	).toContainText('Climate change');
});

test('the header’s list ends with a way to every result when it shows only some', async ({
	page
}) => {
	const results = await search(page, 'Blinken');
	const all = results.getByRole('option', { name: /^All \d+ results for “Blinken”$/ });
	await expect(all).toBeVisible();
	// Reached with the arrow keys like any result: the last one, one step up from the first.
	const box = page.getByRole('combobox', { name: /Search events/ });
	await box.press('ArrowUp');
	await expect(all).toHaveAttribute('aria-selected', 'true');
	await box.press('Enter');
	await expect(page).toHaveURL(/\/search\?q=Blinken$/);
});

test('a search that finds nothing says so, and the search page says what to try', async ({
	page
}) => {
	const box = page.getByRole('combobox', { name: /Search events/ });
	await box.fill('zzqxw');
	await expect(page.getByText('Nothing matches “zzqxw”.')).toBeVisible();
	await expect(page.getByRole('banner').getByRole('status')).toHaveText('No results for “zzqxw”');
	await expect(page.getByRole('listbox', { name: 'Search results' })).toBeHidden();
	await page.goto('/search?q=zzqxw');
	await expect(page.getByRole('main').getByRole('status')).toHaveText('No results for “zzqxw”');
	await page.getByRole('link', { name: 'list of all events' }).click();
	await expect(page).toHaveURL(/\/events$/);
	// One character, or signs alone, said nothing at all.
	await page.goto('/search?q=x');
	await expect(page.getByRole('main').getByRole('status')).toHaveText(
		'Type two letters or more to search.'
	);
	await page.goto('/search?q=((');
	await expect(page.getByRole('main').getByRole('status')).toHaveText('No results for “((”');
});

test('Back from a result to the search page finds the query and its results again', async ({
	page
}) => {
	await page.goto('/search?q=Blin');
	await page.waitForLoadState('networkidle');
	const full = page.getByRole('main').getByRole('searchbox', { name: /Search events/ });
	await full.fill('Blinken');
	await expect(page).toHaveURL(/\/search\?q=Blinken$/);
	await page
		.getByRole('main')
		.getByRole('link', { name: /Blinken visits Beijing/ })
		.click();
	await expect(page).toHaveURL(/\/events\/blinken-beijing-visit$/);
	await page.goBack();
	await expect(page).toHaveURL(/\/search\?q=Blinken$/);
	await expect(full).toHaveValue('Blinken');
	await expect(
		page.getByRole('main').getByRole('link', { name: /Blinken visits Beijing/ })
	).toBeVisible();
});

test('Back from a result far down the search page returns to where the reader was', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 700 });
	await page.goto('/search?q=Blinken');
	const passage = page
		.getByRole('region', { name: /^Passages in the sources/ })
		.getByRole('link')
		.last();
	await passage.scrollIntoViewIfNeeded();
	const before = await page.evaluate(() => scrollY);
	expect(before).toBeGreaterThan(700);
	await passage.click();
	await expect(page).toHaveURL(/\/sources\//);
	// The source's page drawn, its navigation over, before the reader goes back.
	await expect(page.getByText('Source document', { exact: true })).toBeVisible();
	await page.waitForLoadState('networkidle');
	await page.goBack();
	await expect(page).toHaveURL(/\/search\?q=Blinken$/);
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before - 50);
	await expect(passage).toBeInViewport();
});

test('the not-found page’s own search shows results where it is and sends Enter to the search page', async ({
	page,
	pageErrors
}) => {
	await page.goto('/events/no-such-event');
	await page.waitForLoadState('networkidle');
	const box = page.getByRole('main').getByRole('searchbox', { name: /Search events/ });
	await box.fill('Anchorage');
	await expect(
		page
			.getByRole('main')
			.getByRole('region', { name: /^Events/ })
			.getByRole('link')
			.first()
	).toBeVisible();
	await expect(page).toHaveURL(/\/events\/no-such-event$/);
	await box.press('Enter');
	await expect(page).toHaveURL(/\/search\?q=Anchorage$/);
	expect(pageErrors.filter((message) => !/Failed to load resource: .* 404/.test(message))).toEqual(
		[]
	);
	pageErrors.splice(0);
});

test('a box whose search found nothing has no popup open', async ({ page }) => {
	const box = page.getByRole('combobox', { name: /Search events/ });
	await box.fill('Bangkok');
	await expect(box).toHaveAttribute('aria-expanded', 'true');
	await box.fill('zzqxw');
	await expect(page.getByText('Nothing matches “zzqxw”.')).toBeVisible();
	await expect(box).toHaveAttribute('aria-expanded', 'false');
});

test('Escape closes the header’s list first, then clears the box', async ({ page }) => {
	const box = page.getByRole('combobox', { name: /Search events/ });
	const results = await search(page, 'Bangkok');
	await box.press('Escape');
	await expect(results).toBeHidden();
	await expect(box).toHaveValue('Bangkok');
	await expect(box).toBeFocused();
	await box.press('Escape');
	await expect(box).toHaveValue('');
});

test.describe('without scripts', () => {
	test.use({ javaScriptEnabled: false });

	test('no search box is offered, and the sections’ Search link says search needs scripts', async ({
		page,
		pageErrors
	}) => {
		await page.goto('/no-such-page');
		await expect(page.getByRole('combobox')).toHaveCount(0);
		await expect(page.getByRole('search')).toHaveCount(0);
		await page
			.getByRole('navigation', { name: 'Sections' })
			.getByRole('link', { name: 'Search' })
			.click();
		await expect(page).toHaveURL(/\/search$/);
		await expect(page.getByRole('combobox')).toHaveCount(0);
		// Text matching skips <noscript>: read what the reader sees from the page itself.
		const said = await page.evaluate(() => {
			const note = document.querySelector('main noscript p');
			return note && note.getBoundingClientRect().height > 0 ? note.textContent : null;
		});
		expect(said).toContain('Search needs JavaScript.');
		// The browser's own report of the page not found, and nothing else.
		expect(
			pageErrors.filter((message) => !/Failed to load resource: .* 404/.test(message))
		).toEqual([]);
		pageErrors.splice(0);
	});
});

test('the search page opened on a query keeps its footer below the screen while its results come', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await watchLayoutShifts(page);
	await page.goto('/search?q=Blinken');
	await expect(page.getByRole('heading', { name: /^Events/ }).first()).toBeVisible();
	await page.waitForTimeout(300);
	expect(await cumulativeLayoutShift(page)).toBeLessThan(0.01);
});

test('an abbreviation finds what the record spells out, the name marked in the results', async ({
	page
}) => {
	const response = await page.request.get('/data/timeline.json');
	const events: { title: string; themes: string[] }[] = (await response.json()).events;
	const aboutAi = events
		.filter((event) => event.themes.includes('artificial-intelligence'))
		.map((event) => event.title);
	await page.goto('/search?q=AI');
	// The events of the dialogue on artificial intelligence first, before the aircraft and the Air Force.
	const eventsGroup = page.locator('section').filter({
		has: page.getByRole('heading', { name: /^Events/ })
	});
	await expect(eventsGroup.locator('.title').first()).toBeVisible();
	const titles = await eventsGroup.locator('.title').allTextContents();
	expect(titles.slice(0, aboutAi.length).sort()).toEqual([...aboutAi].sort());
	await expect(page.getByRole('link', { name: /^Artificial intelligence/ }).first()).toBeVisible();
	const marked = await page.locator('main mark').allTextContents();
	expect(marked.some((text) => /^artificial intelligence$/i.test(text))).toBe(true);
});

test('a speaker’s name finds the events the documents quote them at, whoever took part', async ({
	page
}) => {
	const response = await page.request.get('/data/timeline.json');
	const events: { title: string; excerpts: { speaker?: string }[] }[] = (await response.json())
		.events;
	const quotingHua = events
		.filter((event) => event.excerpts.some((excerpt) => excerpt.speaker === 'Hua Chunying'))
		.map((event) => event.title);
	expect(quotingHua.length).toBeGreaterThan(1);
	await page.goto('/search?q=Hua%20Chunying');
	const eventsGroup = page.locator('section').filter({
		has: page.getByRole('heading', { name: /^Events/ })
	});
	await expect(eventsGroup.locator('.title').first()).toBeVisible();
	const titles = await eventsGroup.locator('.title').allTextContents();
	for (const title of quotingHua) expect(titles).toContain(title);
});

test('words between quotation marks find the events and passages that say them together, the quote shown', async ({
	page
}) => {
	const phrase = 'Both sides expressed readiness';
	const { events: all } = (await (await page.request.get('/data/timeline.json')).json()) as {
		events: { title: string; excerpts: { quote: string }[] }[];
	};
	const quoting = all.filter((event) =>
		event.excerpts.some((excerpt) => excerpt.quote.includes(phrase))
	);
	// Its words alone are in more events than the phrase is.
	await page.goto(`/search?q=${encodeURIComponent('both sides expressed readiness')}`);
	const events = page.getByRole('region', { name: /^Events/ });
	await expect(events.getByRole('link').first()).toBeVisible();
	expect(await events.getByRole('link').count()).toBeGreaterThan(quoting.length);

	await page.goto(`/search?q=${encodeURIComponent(`“${phrase.toLowerCase()}”`)}`);
	await expect(events.getByRole('heading', { level: 2 })).toHaveText(`Events · ${quoting.length}`);
	for (const event of quoting) {
		const result = events.getByRole('link').filter({ hasText: event.title });
		await expect(result).toContainText(`Quoted: “${phrase}`);
		await expect(result.locator('mark', { hasText: phrase })).toHaveCount(1);
	}
	const passages = page.getByRole('region', { name: /^Passages/ });
	await expect(passages.locator('mark').first()).toHaveText(phrase);
});
