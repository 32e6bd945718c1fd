// Every event, theme and source has its own page, linked and correct; the whole build has no broken link or anchor.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { crawlSite, type CrawledPage } from './crawl';

interface Exported {
	events: {
		id: string;
		title: string;
		start: string;
		themes: string[];
		excerpts: { id: string; source: string; quote: string }[];
	}[];
	themes: { id: string; label: string }[];
	sources: { id: string }[];
}

let crawled: Map<string, CrawledPage>;
let data: Exported;

test.beforeAll(async ({ playwright }, testInfo) => {
	const origin = testInfo.project.use.baseURL!;
	const request = await playwright.request.newContext();
	data = await (await request.get(`${origin}/data/timeline.json`)).json();
	crawled = await crawlSite(request, origin);
	await request.dispose();
});

test('every event, theme and source page exists and is linked from somewhere', () => {
	const expected = [
		...data.events.map((event) => `/events/${event.id}`),
		...data.themes.map((theme) => `/themes/${theme.id}`),
		...data.sources.map((source) => `/sources/${source.id}`),
		'/events',
		'/themes',
		'/sources',
		'/about',
		'/search',
		'/people',
		'/commitments',
		'/vocabulary',
		'/embed/builder',
		'/present'
	];
	for (const path of expected) {
		expect(crawled.get(path)?.status, path).toBe(200);
	}
});

test('no page links to a missing page, anchor or asset', () => {
	const origin = new URL([...crawled.values()][0]!.links[0]!.target.href).origin;
	const broken: string[] = [];
	for (const page of crawled.values()) {
		for (const { href, target } of page.links) {
			if (target.origin !== origin) continue;
			const destination = crawled.get(target.pathname);
			if (!destination || destination.status !== 200)
				broken.push(`${page.path} → ${href} (${destination?.status})`);
			else if (target.hash && !destination.ids.has(decodeURIComponent(target.hash.slice(1))))
				broken.push(`${page.path} → ${href} (no such anchor)`);
		}
	}
	expect(broken).toEqual([]);
});

test('every page has a title, a language and one h1', () => {
	for (const page of crawled.values()) {
		if (!page.html) continue;
		expect(page.html, page.path).toMatch(/<html lang="en"/);
		expect(page.html, page.path).toMatch(/<title>[^<]+<\/title>/);
		expect(page.html.match(/<h1[\s>]/g)?.length ?? 0, page.path).toBe(1);
	}
});

test('an event page shows the event, its related events both ways, neighbours and citations', async ({
	page
}) => {
	await page.goto('/events/bangkok-talks');
	const bangkok = data.events.find((event) => event.id === 'bangkok-talks')!;
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(bangkok.title);
	await expect(page.locator('blockquote').first()).toBeVisible();
	const related = page.getByRole('region', { name: 'Related events' });
	await expect(related.getByRole('listitem').filter({ hasText: 'San Francisco' })).toContainText(
		'implements the consensus of'
	);
	await expect(page.getByRole('link', { name: 'See it on the timeline' })).toHaveAttribute(
		'href',
		/\?event=bangkok-talks$/
	);
	await expect(page.getByRole('link', { name: /^Previous: / })).toBeVisible();
	const cite = page.getByRole('region', { name: 'Cite this' });
	// The build has the placeholder address: the citation gives the one the page is served from.
	await expect(cite).toContainText(`${new URL(page.url()).origin}/events/bangkok-talks`);
	await expect(cite).toContainText('Xinhua News Agency');
	// The page has no date of its own (the event's is in its title): the day it was read.
	const today = await page.evaluate(() =>
		new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(new Date())
	);
	await expect(cite.locator('.citation')).toContainText(
		`.” Accessed ${today}. ${new URL(page.url()).origin}/events/bangkok-talks.`
	);

	await page.goto('/events/san-francisco-summit');
	await expect(
		page
			.getByRole('region', { name: 'Related events' })
			.getByRole('listitem')
			.filter({ hasText: 'Bangkok' })
	).toContainText('followed up by');
});

test('an event page previews well when shared', async ({ page }) => {
	await page.goto('/events/anchorage-dialogue');
	await expect(page).toHaveTitle(/High-level strategic dialogue in Anchorage \(18–19 March 2021\)/);
	// The tab names the site as the header does.
	const name = await page.getByRole('banner').locator('.site-name').innerText();
	await expect(page).toHaveTitle(new RegExp(` — ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
	const meta = (selector: string) => page.locator(selector).getAttribute('content');
	expect(await meta('meta[name="description"]')).toMatch(/Anchorage|talks/);
	expect(await meta('meta[property="og:title"]')).toContain('Anchorage');
	expect(await meta('meta[property="og:url"]')).toBe(
		'https://timeline.example.org/events/anchorage-dialogue'
	);
	expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
	expect(await meta('meta[property="og:image"]')).toBe(
		'https://timeline.example.org/share/events/anchorage-dialogue.png'
	);
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
		'href',
		'https://timeline.example.org/events/anchorage-dialogue'
	);
	const jsonLd = JSON.parse(
		(await page.locator('script[type="application/ld+json"]').textContent())!
	);
	expect(jsonLd).toMatchObject({
		'@type': 'Event',
		name: 'High-level strategic dialogue in Anchorage',
		startDate: '2021-03-18',
		endDate: '2021-03-19',
		location: { '@type': 'Place', name: 'Anchorage, Alaska' }
	});
});

test('the about page gives the range it covers in whole dates, first day to last', async ({
	page
}) => {
	await page.goto('/about');
	await expect(page.getByRole('article')).toContainText(
		`It holds ${data.events.length} events from 10 February 2021 to 30 January 2024, backed by`
	);
});

test('each link to a passage of a source has a name of its own, its date as precise as it is known', async ({
	page
}) => {
	await page.goto('/events/anchorage-dialogue');
	const names = await page
		.getByRole('link', { name: /^Read it in the full source/ })
		.evaluateAll((links) => links.map((link) => link.getAttribute('aria-label')));
	expect(names.length).toBeGreaterThan(5);
	// Ten were "Read it in the full source: The Sino-U.S. talks are helpful…", each to another passage.
	expect(new Set(names).size).toBe(names.length);
	await page.goto('/events/burns-beijing-visit');
	await expect(page.locator('main time').first()).toHaveAttribute('datetime', '2023-05');
});

test('a date from the public record says so wherever an event is listed with its date', async ({
	page
}) => {
	const marked = /18–19 March 2021 \(date from the public record\)/;
	await page.goto('/people/wang-yi');
	await expect(page.getByRole('listitem').filter({ hasText: 'Anchorage' }).first()).toContainText(
		marked
	);
	await page.goto('/themes/taiwan');
	await expect(
		page.getByRole('listitem').filter({ hasText: 'High-level strategic dialogue in Anchorage' })
	).toContainText(marked);
	await page.goto('/events/anchorage-dialogue');
	await expect(
		page.getByRole('region', { name: 'Related events' }).getByRole('listitem').first()
	).toContainText('(10 February 2021, date from the public record)');
});

test('the citation downloads are valid BibTeX and CSL-JSON', async ({ page }) => {
	const bibResponse = await page.request.get('/events/kritenbrink-beijing/citation.bib');
	expect(bibResponse.headers()['content-type']).toBe('application/x-bibtex; charset=utf-8');
	const bib = await bibResponse.text();
	expect(bib).toMatch(/^@misc\{timeline-kritenbrink-beijing,/);
	expect(bib).toContain('@misc{caliber-kritenbrink-beijing,');
	const csl = await (await page.request.get('/events/kritenbrink-beijing/citation.json')).json();
	expect(csl[0]).toMatchObject({ id: 'timeline-kritenbrink-beijing', type: 'webpage' });
	// Not the event's date, which was given as the page's (it was not published that day).
	expect(csl[0]).not.toHaveProperty('issued');
	expect(bib.split('\n\n')[0]).not.toMatch(/year|month/);
	expect(csl.map((item: { id: string }) => item.id)).toContain('caliber-kritenbrink-beijing');
});

test('on a copy built with the placeholder address, the downloaded citations and the about page’s give the address the page is served from, as “Cite this” does', async ({
	page,
	baseURL
}) => {
	await page.goto('/events/kritenbrink-beijing');
	const cite = page.getByRole('region', { name: 'Cite this' });
	await expect(cite.locator('.citation')).toContainText(`${baseURL}/events/kritenbrink-beijing`);
	for (const [name, file] of [
		['Download BibTeX', 'kritenbrink-beijing.bib'],
		['Download CSL-JSON', 'kritenbrink-beijing.json']
	] as const) {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			cite.getByRole('link', { name }).click()
		]);
		expect(download.suggestedFilename()).toBe(file);
		const text = readFileSync((await download.path())!, 'utf8');
		expect(text).toContain(`${baseURL}/events/kritenbrink-beijing`);
		expect(text).not.toContain('example.org');
		if (file.endsWith('.json')) expect(JSON.parse(text)[0].id).toBe('timeline-kritenbrink-beijing');
	}
	// The citation of the whole timeline, on the about page, likewise.
	await page.goto('/about');
	await expect(page.locator('.citation')).toContainText(`sources. ${baseURL}.`);
});

test.describe('an event page without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('offers the citation to select and download, not a copy button that cannot work', async ({
		page
	}) => {
		await page.goto('/events/bali-summit');
		const cite = page.getByRole('region', { name: 'Cite this' });
		await expect(cite.locator('.citation')).toContainText('Bali');
		await expect(cite.getByRole('link', { name: 'Download BibTeX' })).toBeVisible();
		await expect(cite.getByRole('button', { name: 'Copy citation' })).toBeHidden();
	});
});

test('a source page highlights and scrolls to the excerpt in the address, which links back to its event', async ({
	page
}) => {
	const event = data.events.find((candidate) => candidate.id === 'kritenbrink-beijing')!;
	const excerpt = event.excerpts[1]!;
	await page.goto(`/sources/${excerpt.source}#${excerpt.id}`);
	const current = page.locator('mark.current');
	await expect(current.first()).toBeInViewport();
	await expect(current.first()).toContainText(excerpt.quote.slice(0, 30));
	await expect(page.getByRole('link', { name: `Quoted in: ${event.title}` }).first()).toBeVisible();
	// Back to the excerpt itself on the event's page, not to its top (on a phone the page is many
	// screens tall).
	for (const width of [1280, 390]) {
		await page.setViewportSize({ width, height: 844 });
		await page.goto(`/sources/${excerpt.source}#${excerpt.id}`);
		const back = page.locator(`a.cited-by[href$="#${excerpt.id}"]`);
		await expect(back).toHaveAccessibleName(`Quoted in: ${event.title}`);
		await back.click();
		await expect(page).toHaveURL(new RegExp(`/events/kritenbrink-beijing#${excerpt.id}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
		const quote = page.locator(`#${excerpt.id} blockquote`);
		await expect(quote).toContainText(excerpt.quote.slice(0, 30));
		await expect(quote).toBeInViewport();
		// Told apart from the quotes around it.
		expect(await quote.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe(
			'rgba(0, 0, 0, 0)'
		);
	}
});

test('a highlighted passage split by a term’s anchor reads as one: no box around each piece', async ({
	page
}) => {
	// “frank and constructive”: the vocabulary's anchors split the passage into three pieces.
	await page.goto('/sources/caliber-kritenbrink-beijing#bali-summit-quote-1');
	// The page's script marks the passage the address names.
	await expect(page.locator('mark.current').first()).toBeVisible();
	const pieces = await page.locator('mark.current').evaluateAll((marks) =>
		marks.map((mark) => {
			const style = getComputedStyle(mark);
			const box = mark.getClientRects()[0]!;
			return {
				outline: style.outlineStyle,
				shadow: style.boxShadow,
				radius: style.borderTopLeftRadius,
				left: box.left,
				right: box.right,
				top: box.top
			};
		})
	);
	expect(pieces.length).toBeGreaterThan(2);
	for (const [index, piece] of pieces.entries()) {
		// Told by more than its colour: a bar under it, square-ended, and no outline of its own.
		expect(piece.outline).toBe('none');
		expect(piece.shadow).not.toBe('none');
		expect(piece.radius).toBe('0px');
		const next = pieces[index + 1];
		if (next && Math.abs(next.top - piece.top) < 1)
			expect(Math.abs(next.left - piece.right), `piece ${index} meets the next`).toBeLessThan(0.5);
	}
});

test('on every source page, a passage’s “quoted in” links follow its last words, never its middle', async ({
	page
}) => {
	for (const source of data.sources) {
		await page.goto(`/sources/${source.id}`);
		const misplaced = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLAnchorElement>('a.cited-by')].flatMap((link) => {
				// The passages of the highlight before the link, and of the one after it (past the
				// bare anchors of vocabulary terms and Svelte's markers): a passage running on past the
				// link is cut by it.
				const links = link.closest('.quoted-in')!;
				let before = links.previousElementSibling;
				while (before && before.tagName !== 'MARK') before = before.previousElementSibling;
				let after = links.nextSibling;
				while (
					after &&
					(after.nodeType === Node.COMMENT_NODE ||
						(after instanceof Element && !['MARK', 'A'].includes(after.tagName)))
				)
					after = after.nextSibling;
				const passages = (element: Node | null) =>
					element instanceof Element && element.tagName === 'MARK'
						? element.getAttribute('data-excerpts')!.split(' ')
						: [];
				const next = passages(after);
				return passages(before).some((id) => next.includes(id)) ? [link.textContent!] : [];
			})
		);
		expect(misplaced, source.id).toEqual([]);
	}
});

test('beside a wide page’s text, a passage’s “quoted in” links stand in the margin, level with its last line', async ({
	page
}) => {
	const notesOf = () =>
		page.evaluate(() =>
			[...document.querySelectorAll<HTMLAnchorElement>('a.cited-by')].map((link) => {
				const text = link.closest('p')!.getBoundingClientRect();
				let passage = link.closest('.quoted-in')!.previousElementSibling;
				while (passage && passage.tagName !== 'MARK') passage = passage.previousElementSibling;
				const lastLine = [...passage!.getClientRects()].at(-1)!;
				const box = link.getBoundingClientRect();
				return {
					title: link.textContent!,
					box: { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
					textRight: text.right,
					lineTop: lastLine.top,
					lineBottom: lastLine.bottom,
					pageWidth: document.documentElement.clientWidth
				};
			})
		);
	await page.setViewportSize({ width: 1280, height: 900 });
	for (const source of data.sources) {
		await page.goto(`/sources/${source.id}`);
		const notes = await notesOf();
		expect(notes.length, source.id).toBeGreaterThan(0);
		for (const [index, note] of notes.entries()) {
			const where = `${source.id}: ${note.title}`;
			expect(note.box.left, where).toBeGreaterThan(note.textRight + 8);
			expect(note.box.right, where).toBeLessThanOrEqual(note.pageWidth);
			// Level with the passage's last line, or just under the note above when that line is taken.
			const above = notes[index - 1];
			const level = Math.abs(note.box.top - note.lineTop) < note.lineBottom - note.lineTop;
			const stacked = above !== undefined && note.box.top - above.box.bottom < 24;
			expect(level || stacked, where).toBe(true);
			expect(note.box.top, where).toBeGreaterThanOrEqual(note.lineTop - 8);
			if (above) expect(note.box.top, where).toBeGreaterThanOrEqual(above.box.bottom);
		}
	}
	// On a phone they follow the passage in the text.
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/sources/spark-anchorage-digest');
	for (const note of await notesOf())
		expect(note.box.right).toBeLessThanOrEqual(note.textRight + 1);
});

test('a page printed from the dark scheme prints dark text on white, without the site’s menus', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/events/anchorage-dialogue');
	const colours = () =>
		page.evaluate(() => {
			const channels = (element: Element) =>
				getComputedStyle(element)
					.color.match(/[\d.]+/g)!
					.slice(0, 3)
					.map(Number);
			return { heading: channels(document.querySelector('h1')!), body: channels(document.body) };
		});
	// On screen, light on dark; on paper, dark on white.
	expect(Math.min(...(await colours()).body)).toBeGreaterThan(180);
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	const printed = await colours();
	expect(Math.max(...printed.body)).toBeLessThan(60);
	expect(Math.max(...printed.heading)).toBeLessThan(60);
	await expect(page.locator('header.site-header .site-name')).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
	await expect(page.locator('header.site-header').getByRole('combobox')).toBeHidden();
});

test('a source page offers the untouched original', async ({ page }) => {
	await page.goto('/sources/caliber-kritenbrink-beijing');
	await page.getByRole('link', { name: 'view the untouched original' }).click();
	await expect(page.locator('pre')).toContainText('Views: 227');
});

test('a theme page lists exactly that theme’s events, in order', async ({ page }) => {
	for (const theme of data.themes) {
		await page.goto(`/themes/${theme.id}`);
		const expected = data.events
			.filter((event) => event.themes.includes(theme.id))
			.map((event) => event.title);
		await expect(page.locator('ol.events > li h3')).toHaveText(expected);
		await expect(page.getByRole('img', { name: /2021: \d+/ })).toBeVisible();
		// Its span in words: one event is raised "on" its date, not first and last on it.
		await expect(page.getByText(/^Raised at /)).toContainText(
			expected.length === 1
				? `Raised at 1 event, on `
				: `Raised at ${expected.length} events, first on `
		);
	}
});

test('a theme page’s timeline takes the page’s width, its text a readable measure', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/themes/leader-consensus');
	const timeline = page.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', /^\d{4}/);
	const frame = (await timeline.locator('.surface').boundingBox())!;
	const lede = (await page.locator('.lede').boundingBox())!;
	const header = (await page.locator('.site-header').boundingBox())!;
	expect(frame.width).toBeGreaterThan(lede.width * 1.5);
	// As wide as the home page's: the width of the page's content, under its header.
	expect(frame.width).toBeGreaterThan(header.width - 100);
	// Its labels are whole there: tests/e2e/labels.spec.ts.
});

test('the themes index sorts themes by how often they recur', async ({ page }) => {
	await page.goto('/themes');
	const counts = await page.locator('.count').allTextContents();
	const numbers = counts.map((text) => parseInt(text, 10));
	expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
	expect(numbers).toHaveLength(data.themes.length);
});

test('an address that does not exist gets a helpful 404: its status, a way back and a working search', async ({
	page,
	pageErrors
}) => {
	const response = await page.goto('/events/no-such-event');
	expect(response?.status()).toBe(404);
	// The browser logs the 404 status itself; that is the point of this page, not a fault.
	const statusError = pageErrors.findIndex((error) => /status of 404/.test(error));
	expect(statusError).toBeGreaterThanOrEqual(0);
	pageErrors.splice(statusError, 1);
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'The timeline' })).toHaveAttribute(
		'href',
		/^(\.|\/)/
	);
	// The box searches once the page's script has started, as on every page.
	await page.waitForLoadState('networkidle');
	// No section of the site is the current one: the page is none of them.
	await expect(
		page.getByRole('navigation', { name: 'Sections' }).locator('[aria-current]')
	).toHaveCount(0);
	const search = page.getByRole('main').getByRole('searchbox', { name: /^Search/ });
	await search.fill('Anchorage');
	await expect(
		page
			.getByRole('main')
			.getByRole('region', { name: /^Events/ })
			.getByRole('link', { name: /Anchorage/ })
			.first()
	).toBeVisible();
	await page.getByRole('link', { name: 'The timeline' }).click();
	await expect(page.getByRole('group', { name: 'Timeline' })).toBeVisible();
});

test('without scripts, the 404 page offers its ways back and no search it cannot run', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/events/no-such-event');
	await expect(page.getByRole('link', { name: 'The timeline' })).toBeVisible();
	await expect(page.getByText('Or search for what you were looking for')).toBeHidden();
	await expect(page.getByRole('main').getByRole('searchbox')).toBeHidden();
	await context.close();
});

test('a source page’s links to the events that quote a passage are named by the event alone', async ({
	page
}) => {
	await page.goto('/sources/caliber-kritenbrink-beijing');
	const link = page.getByRole('link', {
		name: 'Quoted in: Kritenbrink holds talks in Beijing',
		exact: true
	});
	await expect(link.first()).toBeVisible();
	// To the excerpt on the event's page, not to its top.
	await expect(link.first()).toHaveAttribute(
		'href',
		/^\/events\/kritenbrink-beijing#kritenbrink-beijing-quote-\d+$/
	);
});
