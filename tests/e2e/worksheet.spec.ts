// The classroom worksheet: each event's questions for discussion beside the excerpts whose words
// they quote, those words marked; a tour's events only; on paper, lines to answer on and no
// question split across two pages.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNotesBesideQuotes, NOTE_LABEL, type NotedExcerpt } from './editorNotes';
import { readPdf, squeezed } from './pdf';

interface Exported {
	events: {
		id: string;
		title: string;
		summary: string;
		themes: string[];
		excerpts: NotedExcerpt[];
	}[];
}

/** Case, apostrophes and white space as one form each, as a reader matches words by eye. */
const plain = (text: string) =>
	text.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

/** The phrases a question puts in double quotation marks, without a comma or stop inside the closing one. */
const phrasesOf = (question: string) =>
	[...question.matchAll(/["“]([^"“”]+)["”]/g)].map((match) => match[1]!.replace(/[,.;:]+$/, ''));

async function open(page: Page, path: string) {
	await page.goto(path);
	await page.waitForLoadState('networkidle');
}

test('every question is printed with the excerpts whose words it quotes, those words marked', async ({
	page
}) => {
	const { events } = (await (await page.request.get('/data/timeline.json')).json()) as Exported;
	await open(page, '/present/worksheet');
	const sections = page.locator('.worksheet section');
	await expect(sections.locator('h2')).toHaveText(events.map((event) => event.title));
	let marked = 0;
	for (const [index, event] of events.entries()) {
		const items = await sections
			.nth(index)
			.locator('.questions > li')
			.evaluateAll((lis) =>
				lis.map((li) => ({
					label: li.querySelector('.number')!.textContent!,
					question: li.querySelector('.question')!.textContent!,
					quotes: [...li.querySelectorAll('blockquote .quote')].map((quote) => quote.textContent!),
					marks: [...li.querySelectorAll('mark')].map((mark) => mark.textContent!),
					above:
						li
							.textContent!.match(/The excerpt it quotes is under ([\d. and]+)\./)?.[1]
							?.split(' and ') ?? []
				}))
			);
		// Numbered as the event's slide in the deck (the title slide is the first).
		expect(items.map((item) => item.label)).toEqual(
			items.map((_, number) => `${index + 2}.${number + 1}`)
		);
		expect(items.length, event.title).toBeGreaterThanOrEqual(2);
		for (const { question, quotes, marks, above } of items) {
			// Each excerpt shown is one of the event's own, quoted whole.
			for (const quote of quotes)
				expect(
					event.excerpts.some((excerpt) => plain(quote).includes(plain(excerpt.quote))),
					`${event.title}: “${quote.slice(0, 40)}…” is an excerpt of the event`
				).toBe(true);
			for (const phrase of phrasesOf(question)) {
				const inExcerpts = event.excerpts.filter((excerpt) =>
					plain(excerpt.quote).includes(plain(phrase))
				);
				if (inExcerpts.length === 0) {
					// Words from the summary, which the worksheet prints above the questions.
					expect(plain(event.summary), `${event.title}: “${phrase}”`).toContain(plain(phrase));
					continue;
				}
				// Marked in an excerpt printed under this question, or under one above that it names
				// (each excerpt is printed once an event).
				const marksSeen = [
					...marks,
					...items.filter((item) => above.includes(item.label)).flatMap((item) => item.marks)
				];
				expect(marksSeen.map(plain), `${event.title}: “${phrase}” marked`).toContain(plain(phrase));
				marked++;
			}
		}
	}
	expect(marked).toBeGreaterThan(20);
	// No excerpt is printed twice for one event.
	for (const section of await sections.all()) {
		const quotes = await section.locator('blockquote .quote').allTextContents();
		expect(new Set(quotes).size, (await section.locator('h2').textContent())!).toBe(quotes.length);
	}
});

test('the worksheet’s questions and the presenter’s notes quote in curly marks, as the excerpts do', async ({
	page
}) => {
	/** The text of `selector` but its excerpts, which keep their documents' own marks. */
	const ownText = (selector: string) =>
		page.locator(selector).evaluate((element) => {
			const copy = element.cloneNode(true) as HTMLElement;
			copy.querySelectorAll('blockquote, .quote').forEach((quote) => quote.remove());
			return copy.textContent!;
		});
	await open(page, '/present/worksheet');
	const worksheet = await ownText('.worksheet');
	expect(worksheet).toContain(
		'Hua Chunying said the Anchorage dialogue “was decided by the two presidents personally,” so'
	);
	expect(worksheet.match(/.{0,30}["'].{0,30}/g), 'straight marks').toBeNull();
	await open(page, '/present/notes#3');
	const notes = await ownText('.notes');
	expect(notes.match(/.{0,30}["'].{0,30}/g), 'straight marks').toBeNull();
});

test('without scripts, a tour’s worksheet and handout say that they hold every event, and offer no Print button that cannot work', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const path of ['/present/worksheet?theme=climate', '/present/handout?theme=climate']) {
		await page.goto(path);
		await expect(page.getByText(/^Without scripts this page holds every event/)).toBeVisible();
		await expect(page.getByRole('button', { name: /^Print/ })).toBeHidden();
	}
	await context.close();
	// With them, neither word: the page is the tour's.
	const scripted = await browser.newPage();
	await scripted.goto('/present/worksheet?theme=climate');
	await expect(scripted.getByRole('heading', { level: 1 })).toHaveText('Worksheet: Climate change');
	await expect(scripted.getByText(/^Without scripts/)).toHaveCount(0);
	await expect(scripted.getByRole('button', { name: /^Print/ })).toBeVisible();
	await scripted.close();
});

test('a tour’s worksheet holds its events only, and the presentation’s keys list links to it', async ({
	page
}) => {
	const { events } = (await (await page.request.get('/data/timeline.json')).json()) as Exported;
	// What the tour's first event slide quotes: the excerpt that speaks to Taiwan.
	await open(page, '/present?theme=taiwan#2');
	const onSlide = (await page.locator('.slide.current blockquote p').first().textContent())!;
	await page.keyboard.press('Home');
	await page.keyboard.press('?');
	await page
		.getByRole('dialog', { name: 'Keys' })
		.getByRole('link', { name: 'the worksheet' })
		.click();
	await expect(page).toHaveURL(/\/present\/worksheet\?theme=taiwan$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Worksheet: The Taiwan question'
	);
	await expect(page.locator('.worksheet section').first()).toContainText(onSlide.slice(1, -1));
	await expect(page.locator('.worksheet section h2')).toHaveText(
		events.filter((event) => event.themes.includes('taiwan')).map((event) => event.title)
	);
	// Its example of the questions' numbers is the tour's own first slide's, not the whole deck's.
	const first = (await page.locator('.worksheet section .muted').first().textContent())!;
	const slide = first.match(/Slide (\d+)/)![1];
	await expect(page.locator('.worksheet')).toContainText(
		`its questions follow it (${slide}.1, ${slide}.2…)`
	);
	// The tour's other pages for paper are a link away, the tour kept.
	const pages = page.getByRole('navigation', { name: 'Pages for paper' });
	for (const [name, path] of [
		['Slides to print', '/present/slides'],
		['Handout', '/present/handout'],
		['The presentation', '/present']
	])
		await expect(pages.getByRole('link', { name, exact: true })).toHaveAttribute(
			'href',
			`${path}?theme=taiwan`
		);
	await expect(pages.getByRole('link', { name: 'Worksheet' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	// A mistyped tour says so, and covers every event.
	await open(page, '/present/worksheet?theme=taiwn');
	await expect(page.getByRole('status')).toContainText(
		'No theme is called “taiwn”, so this worksheet covers every event. Did you mean the tour of The Taiwan question?'
	);
	await expect(page.locator('.worksheet section')).toHaveCount(events.length);
});

test('a teacher chooses the questions to print, kept in the address', async ({ page }) => {
	await open(page, '/present/worksheet?theme=military-communication');
	const printed = page.locator('.worksheet .question');
	const all = await printed.allTextContents();
	await page.getByText(/^Choose the questions to print \(\d+ of \d+\)$/).click();
	// One question left out, and every question of the last event.
	const boxes = page.locator('.chooser .choice input');
	const firstLabel = all[0]!.trim().split(/\s+/)[0]!;
	await page
		.getByRole('checkbox', { name: new RegExp(`^${firstLabel.replace('.', '\\.')} `) })
		.uncheck();
	const events = page.locator('.chooser fieldset');
	const last = events.last();
	const lastCount = await last.locator('.choice').count();
	await last.locator('legend input').uncheck();
	expect(await boxes.count()).toBe(all.length);
	await expect(page.getByText(/^Choose the questions to print/)).toHaveText(
		`Choose the questions to print (${all.length - 1 - lastCount} of ${all.length})`
	);
	await expect(printed).toHaveCount(all.length - 1 - lastCount);
	await expect(page.locator('.worksheet section')).toHaveCount((await events.count()) - 1);
	await expect(printed.first()).not.toContainText(all[0]!);
	expect(page.url()).toContain(`leave=${firstLabel},`);

	// The same worksheet after a reload, and on paper without the choice.
	await page.reload();
	await page.waitForLoadState('networkidle');
	await expect(printed).toHaveCount(all.length - 1 - lastCount);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.chooser')).toBeHidden();
	const pages = await readPdf(await page.pdf({ format: 'A4' }));
	const text = pages.map((printedPage) => printedPage.text).join('');
	expect(text).not.toContain(squeezed(all[0]!));
	expect(text).toContain(squeezed(all[1]!));
	await page.emulateMedia({ media: 'screen' });
	await page.getByText(/^Choose the questions to print/).click();
	// None chosen: the page says so, and the address stays short.
	await page.getByRole('button', { name: 'Clear all' }).click();
	await expect(printed).toHaveCount(0);
	await expect(page.getByText(/^No question is chosen to print/)).toBeVisible();
	expect(page.url()).toMatch(/[?&]keep=$/);
	await page.getByRole('button', { name: 'Choose all' }).click();
	await expect(printed).toHaveCount(all.length);
	expect(page.url()).toMatch(/\?theme=military-communication$/);
});

for (const format of ['A4', 'Letter'] as const) {
	test(`printed on ${format} from a dark screen: dark on white, a line for a name, room to answer, no question split from it`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await open(page, '/present/worksheet?theme=military-communication');
		const questions = await page.locator('.question').allTextContents();
		expect(questions.length).toBeGreaterThan(15);
		await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
		const ink = await page
			.locator('.question')
			.first()
			.evaluate((question) => getComputedStyle(question).color);
		const paper = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect([ink, paper]).toEqual(['rgb(26, 28, 33)', 'rgb(255, 255, 255)']);
		await expect(page.locator('.name')).toBeVisible();
		await expect(page.locator('.toolbar')).toBeHidden();
		// Three lines to write on under every question.
		expect(await page.locator('.answer span:visible').count()).toBe(questions.length * 3);

		const pages = await readPdf(await page.pdf({ format }));
		expect(pages.length).toBeGreaterThan(2);
		// A name on every page, as pages come apart, and each page's number of how many.
		pages.forEach((printed, index) => {
			expect(printed.text, `page ${index + 1}`).toContain(squeezed('Name'));
			expect(printed.text, `page ${index + 1}`).toContain(`${index + 1}/${pages.length}`);
		});
		for (const question of questions)
			expect(
				pages.filter((printed) => printed.text.includes(squeezed(question))).length,
				`“${question.slice(0, 50)}…” whole on one page`
			).toBe(1);
		// And with every excerpt it asks about: one cut between two had a student answer on a page
		// whose lines named no question (7.2 on A4).
		const asked = await page.locator('.questions > li').evaluateAll((items) =>
			items.map((item) => ({
				question: item.querySelector('.question')!.textContent!,
				excerpts: [...item.querySelectorAll('blockquote .quote')].map((quote) => quote.textContent!)
			}))
		);
		for (const { question, excerpts } of asked) {
			const held = pages.find((printed) => printed.text.includes(squeezed(question)))!;
			for (const excerpt of excerpts)
				expect(
					held.text.includes(squeezed(excerpt).slice(-60)),
					`“${question.slice(0, 50)}…” with its excerpt “${excerpt.trim().slice(0, 40)}…”`
				).toBe(true);
		}
		// No page begins with a question's lines, away from the question on the page before: the
		// first line of text under the page's top margin (15 mm, where the name's line is) is on
		// the margin's edge, not three lines to answer on (66 pt) below it.
		const margin = (15 / 25.4) * 72;
		pages.slice(1).forEach((printed, index) => {
			const first = printed.baselines.find((baseline) => baseline > margin)!;
			expect(first - margin, `page ${index + 2} begins with text`).toBeLessThan(40);
		});
	});
}

test('printed on A4, each event’s heading is on the page that holds its whole summary and what follows it, and no page ends far above its foot', async ({
	page
}) => {
	await open(page, '/present/worksheet');
	const events = await page.locator('.worksheet section').evaluateAll((sections) =>
		sections.map((section) => ({
			title: section.querySelector('h2')!.textContent!,
			summary: section.querySelector('h2 + p')!.textContent!,
			// What follows the summary (and what it takes from the public record): the slide's
			// excerpt, or the first question.
			next: (section.querySelector('.on-slide + *') ?? section.querySelector('.question'))!
				.textContent!,
			fromRecord: section.querySelector('.summary + .public-record')?.textContent ?? ''
		}))
	);
	expect(events.length).toBeGreaterThan(10);
	const pages = await readPdf(await page.pdf({ format: 'A4' }));
	for (const { title, summary, next, fromRecord } of events) {
		const holding = pages.filter((printed) => printed.text.includes(squeezed(summary)));
		expect(holding.length, `“${title}”: its summary whole on one page`).toBe(1);
		expect(holding[0]!.text, `“${title}”: its heading on its summary’s page`).toContain(
			squeezed(title)
		);
		expect(
			holding[0]!.text,
			`“${title}”: what it takes from the public record there too`
		).toContain(squeezed(fromRecord).slice(0, 40));
		// Never a summary alone at a page's foot: what follows begins on its page (its first words:
		// the rest may go on past the foot).
		expect(holding[0]!.text, `“${title}”: what follows its summary on the same page`).toContain(
			squeezed(next).slice(0, 40)
		);
	}
	// Kept whole, a question with its excerpts and lines left a quarter of a page blank; its text
	// now reaches most of the way down the pages but the last. Lines to answer on are not text, and
	// they keep to what comes before them, so a page ending on a question's lines (3 of them, 8 % of
	// the page) has its text end that much higher; and an event whose heading, summary and first
	// question with its excerpt and lines take half a page goes whole to the next page when a
	// little less is left (the last slide's: 0.50).
	const filled = pages.slice(0, -1).map((printed) => printed.columnDepths[0]);
	for (const [index, depth] of filled.entries())
		expect(depth, `page ${index + 1} filled`).toBeGreaterThanOrEqual(0.45);
	const average = filled.reduce((sum, depth) => sum + depth) / filled.length;
	expect(average, 'pages filled on average').toBeGreaterThanOrEqual(0.75);
});

test('an excerpt with an editor’s note carries it after its citation, outside the quotation, and on paper on its quote’s page in the light scheme', async ({
	page
}) => {
	const { events } = (await (await page.request.get('/data/timeline.json')).json()) as Exported;
	await page.emulateMedia({ colorScheme: 'dark' });
	await open(page, '/present/worksheet');
	const sections = page.locator('.worksheet section');
	await expect(sections).toHaveCount(events.length);
	const noted: string[] = [];
	for (const [index, event] of events.entries())
		noted.push(
			...(await expectNotesBesideQuotes(sections.nth(index), event.excerpts, event.title))
		);
	// The notes an audit found missing: the balloon's (printed for the postponed trip as well), Bali's
	// and San Francisco's.
	const notedIn = (quote: string) =>
		noted.filter((shown) => shown.includes(squeezed(quote))).length;
	expect(notedIn('prompting Washington to cancel Blinken’s highly anticipated trip')).toBe(2);
	expect(notedIn('the consensus reached by” US President Joe Biden')).toBe(1);
	expect(notedIn('in San Francisco and properly handling important')).toBe(1);

	await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
	const note = page.locator('.worksheet p', { hasText: NOTE_LABEL }).first();
	expect(
		await note.evaluate((element) => {
			const style = getComputedStyle(element);
			return [style.color, style.backgroundColor];
		}),
		'dark ink on a light ground'
	).toEqual(['rgb(26, 28, 33)', 'rgb(244, 245, 247)']);
	const pages = await readPdf(await page.pdf({ format: 'A4' }));
	for (const shown of new Set(noted)) {
		const printed = pages.reduce(
			(count, printed) => count + printed.text.split(shown).length - 1,
			0
		);
		expect(printed, `“${shown.slice(0, 40)}…” with its note, on one page`).toBe(
			noted.filter((other) => other === shown).length
		);
	}
});
