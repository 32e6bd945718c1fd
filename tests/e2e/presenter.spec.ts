// The presenter view: the slide shown and the next one drawn as the room sees them, the notes, a
// stopwatch and the clock, in step with the room's window both ways.
import type { BrowserContext, Page } from '@playwright/test';
import { expectNotesBesideQuotes, type NotedExcerpt } from './editorNotes';
import { expect, test } from './fixtures';

async function openDeck(page: Page, path: string) {
	await page.goto(path);
	await page.waitForLoadState('networkidle');
	await expect(page.locator('.slide.current')).toHaveCount(1);
}

/** The presenter view in a window of its own, on `path`, its scripts started. */
async function openPresenter(context: BrowserContext, path: string) {
	const presenter = await context.newPage();
	await presenter.goto(path);
	await presenter.waitForLoadState('networkidle');
	return presenter;
}

const currentNumber = async (page: Page) =>
	Number((await page.locator('.slide.current').getAttribute('id'))!.replace('slide-', ''));

/** The presenter view's picture of a slide: the slide's id, its title and its type's share of its width. */
async function preview(presenter: Page, label: 'Now' | 'Next') {
	const screen = presenter.getByRole('img', { name: new RegExp(`^${label}: `) });
	return screen.evaluate((element) => {
		const title = element.querySelector('h2');
		return {
			id: element.getAttribute('data-slide'),
			title: title?.textContent?.trim(),
			titleShare: title
				? parseFloat(getComputedStyle(title).fontSize) / element.getBoundingClientRect().width
				: undefined
		};
	});
}

for (const [width, height] of [
	[1920, 1080],
	[1280, 720]
] as const)
	test.describe(`at ${width}×${height}`, () => {
		test.use({ viewport: { width, height } });

		test('S opens the presenter view: this slide and the next as the room sees them, the notes, in step both ways', async ({
			page
		}) => {
			await openDeck(page, '/present#3');
			const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
			await presenter.waitForLoadState('networkidle');
			await expect(presenter.locator('.position')).toHaveText(
				/^Slide 3 of \d+: High-level strategic dialogue in Anchorage$/
			);

			const expectPreviews = async (number: number) => {
				const deckTitle = (n: number) => page.locator(`#slide-${n} h2`).textContent();
				await expect
					.poll(async () => (await preview(presenter, 'Now')).title)
					.toBe((await deckTitle(number))?.trim());
				expect((await preview(presenter, 'Next')).title).toBe(
					(await deckTitle(number + 1))?.trim()
				);
			};
			await expectPreviews(3);
			// The same slide, scaled: its title takes the same share of the width as on the room's canvas.
			const deckShare = await page.locator('.canvas').evaluate((canvas) => {
				const title = canvas.querySelector('.slide.current h2')!;
				return parseFloat(getComputedStyle(title).fontSize) / canvas.getBoundingClientRect().width;
			});
			expect((await preview(presenter, 'Now')).titleShare! / deckShare).toBeCloseTo(1, 1);

			await expect(
				presenter.getByRole('heading', { name: 'Questions for discussion' })
			).toBeVisible();
			await expect(presenter.locator('.questions li')).toHaveCount(3);
			// Numbered as on the worksheet: slide 3's questions are 3.1 to 3.3.
			await expect(presenter.locator('.questions .number')).toHaveText(['3.1', '3.2', '3.3']);

			// The room's window moves: the presenter view follows; and the other way round.
			await page.keyboard.press('ArrowRight');
			await expect(presenter.locator('.position')).toContainText('Slide 4 of');
			await expectPreviews(4);
			await presenter.keyboard.press('ArrowRight');
			await expect.poll(() => currentNumber(page)).toBe(5);
			await presenter.getByRole('button', { name: 'Next →' }).click();
			await expect.poll(() => currentNumber(page)).toBe(6);
			await expectPreviews(6);

			// Everything on one screen: both pictures and the time, nothing wider than the window.
			for (const shown of [
				presenter.getByRole('img', { name: /^Now: / }),
				presenter.getByRole('img', { name: /^Next: / }),
				presenter.getByRole('timer'),
				presenter.getByRole('button', { name: 'Reset' })
			])
				await expect(shown).toBeInViewport({ ratio: 1 });
			expect(
				await presenter.evaluate(() => document.documentElement.scrollWidth <= innerWidth)
			).toBe(true);
			await presenter.close();
		});
	});

test('the stopwatch runs from the start, pauses, resumes and resets, beside the clock', async ({
	page
}) => {
	// The page's clock stands still but where the test sets it; its timers run as usual.
	const start = Date.parse('2026-03-02T14:05:00Z');
	const at = (seconds: number) => page.clock.setFixedTime(start + seconds * 1000);
	await at(0);
	await page.goto('/present/notes#2');
	await page.waitForLoadState('networkidle');
	const elapsed = page.getByRole('timer', { name: 'Elapsed' });
	await expect(elapsed).toHaveText('0:00');
	await expect(page.locator('time[datetime="14:05"]')).toBeVisible();

	await at(65);
	await expect(elapsed).toHaveText('1:05');
	await expect(page.locator('time[datetime="14:06"]')).toBeVisible();

	await page.getByRole('button', { name: 'Pause' }).click();
	await at(95);
	await page.waitForTimeout(1_200);
	await expect(elapsed).toHaveText('1:05');
	await page.getByRole('button', { name: 'Resume' }).click();
	await at(105);
	await expect(elapsed).toHaveText('1:15');

	// A reload of the window keeps the talk's time.
	await page.reload();
	await page.waitForLoadState('networkidle');
	await expect(elapsed).toHaveText('1:15');

	await page.getByRole('button', { name: 'Reset' }).click();
	await expect(elapsed).toHaveText('0:00');
	await at(108);
	await expect(elapsed).toHaveText('0:03');
});

test('a presenter view opened on its own finds the slide the room is on', async ({
	page,
	context
}) => {
	await openDeck(page, '/present#7');
	const presenter = await context.newPage();
	await presenter.goto('/present/notes');
	await expect(presenter.locator('.position')).toContainText('Slide 7 of');
	expect((await preview(presenter, 'Now')).title).toBe(
		(await page.locator('#slide-7 h2').textContent())?.trim()
	);
	// A tour's presenter view follows only its own deck.
	await openDeck(page, '/present?theme=climate#2');
	const tour = await context.newPage();
	await tour.goto('/present/notes?theme=climate');
	await expect(tour.locator('.position')).toContainText('Slide 2 of');
	await expect(presenter.locator('.position')).toContainText('Slide 7 of');
});

test('a clicker drives the room from the presenter view, also once the notes have been clicked: next, back, blank, a typed number', async ({
	page,
	context
}) => {
	await openDeck(page, '/present#3');
	const presenter = await openPresenter(context, '/present/notes#3');
	await expect(presenter.locator('.position')).toContainText('Slide 3 of');
	// The presenter reads the questions: the focus is in the notes.
	await presenter.locator('.notes').click();
	await presenter.keyboard.press('PageDown');
	await expect.poll(() => currentNumber(page)).toBe(4);
	await presenter.keyboard.press('PageUp');
	await expect.poll(() => currentNumber(page)).toBe(3);
	await presenter.keyboard.press('b');
	await expect(page.locator('.blank')).toBeVisible();
	await presenter.keyboard.press('.');
	await expect(page.locator('.blank')).toHaveCount(0);
	for (const key of ['1', '0', 'Enter']) await presenter.keyboard.press(key);
	await expect.poll(() => currentNumber(page)).toBe(10);
	await expect(presenter.locator('.position')).toContainText('Slide 10 of');
});

test('? in the presenter view lists its own keys, which a clicker’s next key only puts away, and F puts the presenter’s window in full screen', async ({
	page,
	context
}) => {
	await openDeck(page, '/present#3');
	const presenter = await openPresenter(context, '/present/notes#3');
	await presenter.keyboard.press('?');
	const help = presenter.getByRole('dialog', { name: 'Keys' });
	await expect(help).toBeVisible();
	await expect(help).toContainText('Blank the room’s screen; a next key shows it');
	await expect(help).toContainText('Full screen on or off, for this window');
	// No link out of the presenter view, to the printed pages or elsewhere.
	await expect(help.getByRole('link')).toHaveCount(0);
	// Every line whole: none runs past the panel's edge (a description did, before it could wrap).
	const cut = await help.evaluate((panel) => {
		const edge = panel.getBoundingClientRect().right;
		return [...panel.querySelectorAll('dt, dd')]
			.filter((line) => line.getBoundingClientRect().right > edge + 0.5)
			.map((line) => line.textContent);
	});
	expect(cut).toEqual([]);
	await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
	await presenter.keyboard.press('?');
	await expect(help).toHaveCount(0);
	await presenter.getByRole('button', { name: 'Keys' }).click();
	await expect(help).toBeVisible();
	await presenter.keyboard.press('PageDown');
	await expect(help).toHaveCount(0);
	expect(await currentNumber(page)).toBe(3);
	await presenter.keyboard.press('PageDown');
	await expect.poll(() => currentNumber(page)).toBe(4);
	await expect(presenter.locator('.position')).toContainText('Slide 4 of');

	await presenter.keyboard.press('f');
	await expect.poll(() => presenter.evaluate(() => !!document.fullscreenElement)).toBe(true);
	// The room's window is left as it is.
	expect(await page.evaluate(() => !!document.fullscreenElement)).toBe(false);
	await presenter.keyboard.press('f');
	await expect.poll(() => presenter.evaluate(() => !!document.fullscreenElement)).toBe(false);
});

test('after a button of the presenter view is clicked, a clicker’s Space and Enter still move the slides forward', async ({
	page,
	context
}) => {
	await openDeck(page, '/present#5');
	const presenter = await openPresenter(context, '/present/notes#5');
	await expect(presenter.locator('.position')).toContainText('Slide 5 of');
	await presenter.getByRole('button', { name: '← Previous' }).click();
	await expect.poll(() => currentNumber(page)).toBe(4);
	await presenter.keyboard.press('Enter');
	await expect.poll(() => currentNumber(page)).toBe(5);
	await presenter.keyboard.press('Space');
	await expect.poll(() => currentNumber(page)).toBe(6);
	// Pausing the stopwatch with the mouse: Space then moves on and leaves the stopwatch paused.
	await presenter.getByRole('button', { name: 'Pause' }).click();
	await presenter.keyboard.press('Space');
	await expect.poll(() => currentNumber(page)).toBe(7);
	await expect(presenter.getByRole('button', { name: 'Resume' })).toBeVisible();
});

test('a presenter view with no presentation open in its browser says it moves on its own, until one opens', async ({
	page,
	context
}) => {
	const presenter = await openPresenter(context, '/present/notes#4');
	const alone = presenter.getByRole('status').filter({ hasText: 'moves on its own' });
	await expect(alone).toBeVisible();
	await expect(alone).toContainText('not from another device');
	await openDeck(page, '/present#6');
	await expect(alone).toHaveCount(0);
	await expect(presenter.locator('.position')).toContainText('Slide 6 of');
});

test('the presenter view shows when the room’s screen is blanked, from whichever window, also once reloaded', async ({
	page,
	context
}) => {
	await openDeck(page, '/present#3');
	const presenter = await openPresenter(context, '/present/notes#3');
	// The words on the picture of the room's screen (a live region says them too).
	const blanked = presenter.locator('.now').getByText('Screen blanked (B to show)');
	await expect(presenter.locator('.position')).toContainText('Slide 3 of');
	await expect(blanked).toHaveCount(0);
	// Blanked in the room: the presenter's picture of it is black, and says how to show it.
	await page.keyboard.press('b');
	await expect(blanked).toBeVisible();
	await expect(
		presenter.getByRole('img', { name: /^Now: Screen blanked \(B to show\), / })
	).toBeVisible();
	await page.keyboard.press('b');
	await expect(blanked).toHaveCount(0);
	// Blanked from the presenter view; a presenter view opened afterwards knows it too.
	await presenter.keyboard.press('b');
	await expect(page.locator('.blank')).toBeVisible();
	await expect(blanked).toBeVisible();
	await presenter.reload();
	await expect(blanked).toBeVisible();
	// A clicker's next key only shows the slide again, on both screens.
	await presenter.keyboard.press('PageDown');
	await expect(page.locator('.blank')).toHaveCount(0);
	await expect(blanked).toHaveCount(0);
	expect(await currentNumber(page)).toBe(3);
	await expect(presenter.locator('.position')).toContainText('Slide 3 of');
	// The room's window reloaded while blanked comes back shown, and the presenter view knows it:
	// its next key moves on rather than blank the room.
	await presenter.keyboard.press('b');
	await expect(blanked).toBeVisible();
	await page.reload();
	await expect(page.locator('.slide.current')).toHaveCount(1);
	await expect(blanked).toHaveCount(0);
	await presenter.keyboard.press('PageDown');
	await expect(page.locator('.blank')).toHaveCount(0);
	await expect.poll(() => currentNumber(page)).toBe(4);
});

test('each slide’s notes open at their top, however far the last slide’s were scrolled', async ({
	page,
	context
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await openDeck(page, '/present#3');
	const presenter = await openPresenter(context, '/present/notes#3');
	await presenter.setViewportSize({ width: 1366, height: 768 });
	const notes = presenter.getByRole('region', { name: 'Notes' });
	const scrollTop = () => notes.evaluate((element) => element.scrollTop);
	for (const move of [
		() => presenter.keyboard.press('PageDown'),
		() => page.keyboard.press('PageDown')
	]) {
		await notes.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
		expect(await scrollTop()).toBeGreaterThan(100);
		const before = await presenter.locator('.position').textContent();
		await move();
		await expect(presenter.locator('.position')).not.toHaveText(before!);
		await expect.poll(scrollTop).toBe(0);
	}
});

test('each slide’s picture is fitted as the room’s slide is: the same parts shown, nothing cut off', async ({
	page,
	context
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await openDeck(page, '/present');
	const presenter = await openPresenter(context, '/present/notes#1');
	await presenter.setViewportSize({ width: 1366, height: 768 });
	const total = await page.locator('.slide').count();
	for (let number = 1; number <= total; number++) {
		await expect(presenter.locator('.position')).toContainText(`Slide ${number} of`);
		const room = await page.locator(`#slide-${number}`).getAttribute('data-fit');
		const now = presenter.getByRole('img', { name: /^Now: / }).locator('.slide');
		await expect(now, `slide ${number}`).toHaveAttribute('data-fit', room!);
		expect(
			await now.evaluate((slide) => slide.scrollHeight <= slide.clientHeight + 1),
			`slide ${number}'s picture is whole`
		).toBe(true);
		if (number < total) await presenter.keyboard.press('ArrowRight');
	}
});

test('the notes of the title and closing slides tell the teacher what the deck covers, how to drive it, and what to ask at the end', async ({
	page
}) => {
	await page.goto('/present/notes#1');
	await page.waitForLoadState('networkidle');
	const notes = page.getByRole('region', { name: 'Notes' });
	// This copy is built with the placeholder address: the teacher is told first, not the room.
	const beforeClass = notes.getByRole('heading').first();
	await expect(beforeClass).toHaveText('Before class');
	await expect(notes).toContainText(
		'The closing slide’s address and QR code, and those of the handout and worksheet, lead to https://timeline.example.org, an example address'
	);
	await expect(notes.getByRole('heading', { name: 'This deck' })).toBeVisible();
	await expect(notes).toContainText(
		/\d+ events, from Biden–Xi phone call \(10 February 2021\) to /
	);
	await expect(notes).toContainText(
		'B blanks the room’s screen, and B or a next key shows the same slide again'
	);
	await page.keyboard.press('End');
	await expect(page.locator('.position')).toContainText('What to take away');
	await expect(notes.getByRole('heading', { name: 'To ask' })).toBeVisible();
	await expect(beforeClass).toHaveText('Before class');
	await expect(notes).toContainText('This slide’s address and QR code lead to');
	await expect(notes).toContainText(
		/The themes of the \d+ events, the most frequent first: Keeping channels open \(\d+\)/
	);
	await expect(notes).not.toContainText('The closing slide');
});

test('the last slide’s next picture says the presentation ends', async ({ page }) => {
	await page.goto('/present/notes#end');
	await page.waitForLoadState('networkidle');
	await expect(page.getByRole('img', { name: 'Next: the end' })).toContainText(
		'End of the presentation'
	);
	await expect(page.getByRole('button', { name: 'Next →' })).toBeDisabled();
});

test('L switches the room’s slides between dark and light, the presenter view follows, and a reload keeps it', async ({
	page
}) => {
	await openDeck(page, '/present#2');
	const scheme = (target: Page) =>
		target.evaluate(() => ({
			scheme: document.documentElement.dataset.scheme,
			background: getComputedStyle(document.body).backgroundColor
		}));
	const dark = await scheme(page);
	expect(dark.scheme).toBe('dark');
	const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
	await presenter.waitForLoadState('networkidle');
	expect((await scheme(presenter)).scheme).toBe('dark');
	await page.bringToFront();
	await page.keyboard.press('l');
	await expect(page).toHaveURL(/\/present\?scheme=light#2$/);
	const light = await scheme(page);
	expect(light.scheme).toBe('light');
	expect(light.background).not.toBe(dark.background);
	await expect.poll(async () => (await scheme(presenter)).scheme).toBe('light');
	await page.reload();
	await expect(page.locator('.slide.current')).toHaveCount(1);
	expect((await scheme(page)).scheme).toBe('light');
	// The keys work once the page's scripts have started (the slide shows before them).
	await page.waitForLoadState('networkidle');
	await page.keyboard.press('L');
	await expect(page).toHaveURL(/\/present#2$/);
	expect((await scheme(page)).scheme).toBe('dark');
	// From the presenter view's keyboard too: the room follows, and records it.
	await expect.poll(async () => (await scheme(presenter)).scheme).toBe('dark');
	await presenter.bringToFront();
	await presenter.keyboard.press('l');
	await expect.poll(async () => (await scheme(page)).scheme).toBe('light');
	await expect(page).toHaveURL(/\/present\?scheme=light#2$/);
});

test('the notes show every editor’s note after its quote and citation, outside the quotation', async ({
	page
}) => {
	const { events } = (await (await page.request.get('/data/timeline.json')).json()) as {
		events: { title: string; excerpts: NotedExcerpt[] }[];
	};
	const withNotes = events.flatMap((event, index) =>
		event.excerpts.some((excerpt) => excerpt.note) ? [{ event, slide: index + 2 }] : []
	);
	expect(withNotes.length).toBeGreaterThanOrEqual(5);
	await page.goto('/present/notes#2');
	await page.waitForLoadState('networkidle');
	const notes = page.getByRole('region', { name: 'Notes' });
	for (const { event, slide } of withNotes) {
		for (const key of [...String(slide), 'Enter']) await page.keyboard.press(key);
		await expect(page.locator('.position')).toHaveText(
			`Slide ${slide} of ${events.length + 2}: ${event.title}`
		);
		const shown = await expectNotesBesideQuotes(notes, event.excerpts, event.title);
		expect(shown, event.title).toHaveLength(
			event.excerpts.filter((excerpt) => excerpt.note).length
		);
	}
});
