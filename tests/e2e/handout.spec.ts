// The printed handout, read back from the PDF Chromium prints: few pages on A4 and Letter, no event split across two, no page left half empty or blank.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNotesBesideQuotes, type NotedExcerpt } from './editorNotes';
import { readPdf, squeezed } from './pdf';

const MAX_PAGES = 8;
const FORMATS = ['A4', 'Letter'] as const;

/** Each printed block's title and the event address that ends it, read from the page itself. */
function printedBlocks(page: Page) {
	return page.locator('.handout .entry').evaluateAll((entries) =>
		entries.map((entry) => ({
			title: entry.querySelector('h2')!.textContent!,
			address: entry.querySelector('.qr')!.getAttribute('data-url')!
		}))
	);
}

async function open(page: Page, path: string) {
	await page.goto(path);
	await page.waitForLoadState('networkidle');
}

for (const path of ['/present/handout', '/present']) {
	for (const format of FORMATS) {
		test(`${path} prints on at most ${MAX_PAGES} ${format} pages, no event split, no page half empty`, async ({
			page
		}) => {
			await open(page, path);
			const blocks = await printedBlocks(page);
			expect(blocks.length).toBeGreaterThan(10);
			const pages = await readPdf(await page.pdf({ format }));
			expect(pages.length, `${format} pages`).toBeLessThanOrEqual(MAX_PAGES);
			// No sheet of paper comes out blank, and each says which it is of how many.
			for (const [index, printed] of pages.entries()) {
				expect(printed.text.length, `page ${index + 1} printed on`).toBeGreaterThan(0);
				expect(printed.text, `page ${index + 1}'s number`).toContain(
					`${index + 1}/${pages.length}`
				);
			}

			const pageOf = (text: string) => {
				const found = pages.flatMap((printed, index) =>
					printed.text.includes(squeezed(text)) ? [index + 1] : []
				);
				expect(found, `“${text}” printed once`).toHaveLength(1);
				return found[0];
			};
			for (const { title, address } of blocks)
				expect(pageOf(address), `the end of “${title}” on its title’s page`).toBe(pageOf(title));

			// Every page but the last is filled at least half way down, on average over its columns
			// (two, if any text starts in a page's right half).
			const columns = pages.some((printed) => printed.columnDepths[1] > 0) ? 2 : 1;
			for (const [index, printed] of pages.slice(0, -1).entries()) {
				const filled = printed.columnDepths.slice(0, columns).reduce((sum, depth) => sum + depth);
				expect(filled / columns, `page ${index + 1} filled`).toBeGreaterThanOrEqual(0.5);
			}
		});
	}
}

test('each event shows its people and only its slide’s excerpt, and the handout says where the rest are', async ({
	page
}) => {
	const { events } = (await (await page.request.get('/data/timeline.json')).json()) as {
		events: { title: string; excerpts: { quote: string }[] }[];
	};
	await open(page, '/present/handout');
	const text = squeezed((await page.locator('.handout').textContent())!);
	// Booleans, not toContain: a failure would print the whole handout.
	const shown = (words: string) => text.includes(squeezed(words));
	expect(shown('Each event shows the excerpt of its slide;'), 'the note on excerpts').toBe(true);
	const anchoragePeople = 'United States: Antony Blinken, Jake Sullivan · China: Yang Jiechi';
	expect(shown(anchoragePeople), 'people by side').toBe(true);
	// Its first excerpt, unless an earlier event showed that passage (two events a readout
	// reports together share it) and it has another.
	const chosen = new Map<string, string>();
	for (const event of events) {
		const shownBefore = new Set(chosen.values());
		const excerpt = event.excerpts.find((one) => !shownBefore.has(one.quote)) ?? event.excerpts[0];
		if (excerpt) chosen.set(event.title, excerpt.quote);
	}
	const chosenQuotes = new Set(chosen.values());
	for (const event of events) {
		const quote = chosen.get(event.title);
		if (quote) expect(shown(quote), `${event.title}: its slide's excerpt`).toBe(true);
		for (const excerpt of event.excerpts.filter((other) => !chosenQuotes.has(other.quote)))
			expect(shown(excerpt.quote), `${event.title}: another excerpt`).toBe(false);
	}
});

test('a theme tour prints only its theme’s events, still whole', async ({ page }) => {
	const { events } = (await (await page.request.get('/data/timeline.json')).json()) as {
		events: { title: string; themes: string[] }[];
	};
	// Printed from the tour's presentation, and on its page of its own.
	await open(page, '/present/handout?theme=taiwan');
	const taiwan = events
		.filter((event) => event.themes.includes('taiwan'))
		.map((event) => event.title);
	expect((await printedBlocks(page)).map((block) => block.title)).toEqual(taiwan);
	await open(page, '/present?theme=taiwan');
	const blocks = await printedBlocks(page);
	expect(blocks.map((block) => block.title)).toEqual(taiwan);
	const pages = await readPdf(await page.pdf({ format: 'A4' }));
	expect(pages.length).toBeLessThanOrEqual(MAX_PAGES);
	for (const { title, address } of blocks) {
		const pageIndex = pages.findIndex((printed) => printed.text.includes(squeezed(title)));
		expect(pageIndex, title).toBeGreaterThanOrEqual(0);
		expect(pages[pageIndex]!.text.includes(squeezed(address)), `${title}: whole`).toBe(true);
	}
});

test('on a phone the handout is one column with nothing wider than the screen', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await open(page, '/present/handout');
	const lefts = await page
		.locator('.handout .entry')
		.evaluateAll((entries) => entries.map((entry) => entry.getBoundingClientRect().left));
	expect(new Set(lefts).size).toBe(1);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('the handout names a date from the public record as the slides do, and cites each source with one comma between its title and date', async ({
	page
}) => {
	await open(page, '/present/handout');
	const text = squeezed((await page.locator('.handout').textContent())!);
	const shown = (words: string) => text.includes(squeezed(words));
	expect(shown('(date from the public record)'), 'the slides’ words').toBe(true);
	expect(shown('(date: public record)'), 'another name for it').toBe(false);
	const citations = await page.locator('.handout blockquote footer').allTextContents();
	expect(citations.length).toBeGreaterThan(10);
	// Read without spaces: “Title,” date — the comma inside the closing mark, or the title's ? or !.
	for (const citation of citations.map(squeezed)) {
		expect(citation, 'a comma between the quoted title and the date').toMatch(/[,?!]”(about)?\d/);
		expect(citation, 'no full stop or doubled comma before it').not.toMatch(/[.,][.,]”/);
	}
	expect(shown('cooperate in some areas,” about 22 March 2021.')).toBe(true);
});

for (const path of ['/present/handout', '/present'])
	test(`${path}: an editor’s note follows its quote and citation, outside the quotation`, async ({
		page
	}) => {
		const { events } = (await (await page.request.get('/data/timeline.json')).json()) as {
			events: { title: string; excerpts: NotedExcerpt[] }[];
		};
		await open(page, path);
		const entries = page.locator('.handout .entry');
		await expect(entries.locator('h2')).toHaveText(events.map((event) => event.title));
		const noted: string[] = [];
		for (const [index, event] of events.entries())
			noted.push(
				...(await expectNotesBesideQuotes(entries.nth(index), event.excerpts, event.title))
			);
		// The balloon's note, under the balloon and the trip it put off; Bali's; San Francisco's.
		const notedIn = (quote: string) =>
			noted.filter((shown) => shown.includes(squeezed(quote))).length;
		expect(notedIn('prompting Washington to cancel Blinken’s highly anticipated trip')).toBe(2);
		expect(notedIn('the consensus reached by” US President Joe Biden')).toBe(1);
		expect(notedIn('in San Francisco and properly handling important')).toBe(1);
	});

test('built without its public address, the pages for paper say their QR codes lead nowhere, on the screen only', async ({
	page
}) => {
	// The test build has no SITE_URL: its address is the placeholder.
	for (const path of ['/present/handout', '/present/worksheet', '/present/slides']) {
		await open(page, path);
		const notice = page.getByText('an example address where nothing is published');
		await expect(notice).toBeVisible();
		await expect(notice).toContainText('https://timeline.example.org');
		await page.emulateMedia({ media: 'print' });
		await expect(notice).toBeHidden();
		await page.emulateMedia({ media: 'screen' });
	}
});
