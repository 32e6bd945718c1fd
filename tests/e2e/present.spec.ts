// Classroom presentation: clicker keys, hash, overview, theme tours, large type, handout and QR codes (the presenter view: presenter.spec.ts).
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { expect, test } from './fixtures';
import { holdScripts } from './holdScripts';
import { swipeAcross } from './pinch';

interface Exported {
	events: { id: string; title: string; themes: string[] }[];
}

async function exported(page: Page): Promise<Exported> {
	return (await page.request.get('/data/timeline.json')).json();
}

async function openDeck(page: Page, path = '/present') {
	await page.goto(path);
	await page.waitForLoadState('networkidle');
	await expect(page.locator('.slide.current')).toHaveCount(1);
}

const currentNumber = async (page: Page) =>
	Number((await page.locator('.slide.current').getAttribute('id'))!.replace('slide-', ''));

test('clicker keys move forward and back, Home and End, and a typed number jumps', async ({
	page
}) => {
	await openDeck(page);
	expect(await currentNumber(page)).toBe(1);
	let expected = 1;
	for (const key of ['ArrowRight', 'ArrowDown', 'Space', 'PageDown', 'Enter', 'Space']) {
		await page.keyboard.press(key);
		expect(await currentNumber(page), key).toBe(++expected);
	}
	for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'Shift+Space']) {
		await page.keyboard.press(key);
		expect(await currentNumber(page), key).toBe(--expected);
	}
	await page.keyboard.press('End');
	const total = await page.locator('.slide').count();
	expect(await currentNumber(page)).toBe(total);
	await page.keyboard.press('Home');
	expect(await currentNumber(page)).toBe(1);
	await page.keyboard.type('12');
	await page.keyboard.press('Enter');
	expect(await currentNumber(page)).toBe(12);
	await expect(page.locator('.counter')).toHaveText(`12 / ${total}`);
	await expect(page.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute(
		'aria-valuenow',
		'12'
	);
	// A number past the end goes to the last slide, as a hash past the end does.
	await page.keyboard.type('99');
	await page.keyboard.press('Enter');
	expect(await currentNumber(page)).toBe(total);
});

test('a clicker’s button held down moves one slide, and a stray digit is forgotten before a later Enter', async ({
	page
}) => {
	await openDeck(page, '/present#3');
	// A held key repeats: only its first press counts.
	await page.keyboard.down('PageDown');
	for (let repeat = 0; repeat < 5; repeat++)
		await page.evaluate(() =>
			(document.activeElement ?? document.body).dispatchEvent(
				new KeyboardEvent('keydown', { key: 'PageDown', repeat: true, bubbles: true })
			)
		);
	await page.keyboard.up('PageDown');
	expect(await currentNumber(page)).toBe(4);
	// A digit typed by mistake goes after a few seconds; the clicker's Enter then advances.
	await page.clock.install();
	const buttonsAt = () =>
		page
			.locator('.deck-footer button')
			.evaluateAll((buttons) =>
				buttons.map((button) => Math.round(button.getBoundingClientRect().x))
			);
	const before = await buttonsAt();
	await page.keyboard.press('2');
	await expect(page.locator('.deck-footer')).toContainText('Go to slide 2…');
	// The number typed shows beside the buttons, moving none of them.
	expect(await buttonsAt()).toEqual(before);
	await page.clock.runFor(5000);
	await expect(page.locator('.deck-footer')).not.toContainText('Go to slide');
	await page.keyboard.press('Enter');
	expect(await currentNumber(page)).toBe(5);
});

test('keys are ignored with a modifier held or in a text field', async ({ page }) => {
	await openDeck(page);
	await page.keyboard.press('Control+ArrowRight');
	await page.keyboard.press('Alt+ArrowRight');
	expect(await currentNumber(page)).toBe(1);
	await page.evaluate(() => {
		const field = document.createElement('input');
		field.id = 'typing';
		document.body.append(field);
		field.focus();
	});
	await page.keyboard.press('ArrowRight');
	await page.keyboard.type('b 5');
	expect(await currentNumber(page)).toBe(1);
	await expect(page.locator('.blank')).toHaveCount(0);
});

test('B and . blank the screen, F toggles full screen, ? lists the keys', async ({ page }) => {
	await openDeck(page);
	await page.keyboard.press('b');
	await expect(page.locator('.blank')).toBeVisible();
	await page.keyboard.press('b');
	await expect(page.locator('.blank')).toHaveCount(0);
	await page.keyboard.press('.');
	await expect(page.locator('.blank')).toBeVisible();
	await page.keyboard.press('.');
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
	// The overview opens over a full screen, which stays full.
	await page.keyboard.press('o');
	await expect(page.locator('#overview-0')).toBeFocused();
	expect(await page.evaluate(() => !!document.fullscreenElement)).toBe(true);
	await page.keyboard.press('o');
	await expect(page.locator('#overview-0')).toHaveCount(0);
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
	await page.keyboard.press('?');
	await expect(page.getByRole('dialog', { name: 'Keys' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog', { name: 'Keys' })).toHaveCount(0);
});

test('on a blanked screen a clicker’s next or previous key shows the same slide again, not another', async ({
	page
}) => {
	await openDeck(page, '/present#3');
	for (const key of ['PageDown', 'ArrowRight', 'Space', 'PageUp', 'ArrowLeft']) {
		await page.keyboard.press('b');
		await expect(page.locator('.blank'), key).toBeVisible();
		await page.keyboard.press(key);
		await expect(page.locator('.blank'), key).toHaveCount(0);
		expect(await currentNumber(page), key).toBe(3);
	}
	// Shown again, the same key moves on.
	await page.keyboard.press('PageDown');
	expect(await currentNumber(page)).toBe(4);
});

test('a clicker’s next slide closes the list of keys, and only that, and a button clicked with the mouse does not keep its keys', async ({
	page
}) => {
	await openDeck(page);
	await page.keyboard.press('?');
	await expect(page.getByRole('dialog', { name: 'Keys' })).toBeVisible();
	await page.keyboard.press('PageDown');
	await expect(page.getByRole('dialog', { name: 'Keys' })).toHaveCount(0);
	// Only put away: the list hid the slide the room would have moved on to.
	expect(await currentNumber(page)).toBe(1);
	await page.keyboard.press('PageDown');
	expect(await currentNumber(page)).toBe(2);
	// The presenter view opened with the mouse: a clicker's Space and Enter then move the slides
	// rather than press the button again.
	const [presenter] = await Promise.all([
		page.waitForEvent('popup'),
		page.getByRole('button', { name: 'Presenter view' }).click()
	]);
	await presenter.close();
	let popups = 0;
	page.on('popup', () => popups++);
	await page.keyboard.press('Space');
	await page.keyboard.press('Enter');
	expect(await currentNumber(page)).toBe(4);
	expect(popups).toBe(0);
	// From the keyboard, a button keeps the focus and Enter presses it, as any button.
	await page.getByRole('button', { name: 'Keys' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('dialog', { name: 'Keys' })).toBeVisible();
});

test('Exit leaves the presentation for the timeline, or a tour for its theme', async ({ page }) => {
	await openDeck(page, '/present#4');
	await page.getByRole('link', { name: 'Exit' }).click();
	await expect(page).toHaveURL(/\/$/);
	await openDeck(page, '/present?theme=climate#2');
	await page.getByRole('link', { name: 'Exit' }).click();
	await expect(page).toHaveURL(/\/themes\/climate$/);
});

test('a tour whose theme does not exist says so on its first slide and offers the one meant', async ({
	page
}) => {
	const { events } = await exported(page);
	await openDeck(page, '/present?theme=taiwn');
	const title = page.locator('.slide.current');
	await expect(title.getByRole('status')).toHaveText(
		/No theme is called “taiwn”, so these slides show every event\. Did you mean the tour of The Taiwan question\?/
	);
	expect(await page.locator('.slide').count()).toBe(events.length + 2);
	await title.getByRole('link', { name: 'The Taiwan question' }).click();
	await expect(page).toHaveURL(/\/present\?theme=taiwan/);
	await expect(page.locator('.slide.current h2')).toHaveText('The Taiwan question');
	await expect(page.locator('.slide.current').getByRole('status')).toHaveCount(0);
	const taiwan = events.filter((event) => event.themes.includes('taiwan')).length;
	await expect(page.locator('.slide')).toHaveCount(taiwan + 2);
});

test('O opens the overview, which jumps to the chosen slide; Escape only closes it', async ({
	page
}) => {
	const { events } = await exported(page);
	await openDeck(page);
	await page.keyboard.press('o');
	const overview = page.getByRole('dialog', { name: 'All slides' });
	await expect(overview).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(overview).toHaveCount(0);
	// A clicker's start and stop button sends Escape: nothing covers the slide.
	await page.keyboard.press('Escape');
	await expect(overview).toHaveCount(0);
	expect(await currentNumber(page)).toBe(1);
	await page.keyboard.press('O');
	await overview.getByRole('button', { name: new RegExp(events[4]!.title) }).click();
	await expect(overview).toHaveCount(0);
	expect(await currentNumber(page)).toBe(6);
});

for (const { width, height } of [
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 },
	{ width: 1024, height: 768 }
])
	test.describe(`at ${width} × ${height}`, () => {
		test.use({ viewport: { width, height } });

		test('a clicker drives the overview: PageDown and the arrows move through the grid, the slide follows, Escape closes on it', async ({
			page
		}) => {
			await openDeck(page, '/present#3');
			await page.keyboard.press('o');
			const overview = page.getByRole('dialog', { name: 'All slides' });
			await expect(overview.locator('#overview-2')).toBeFocused();
			await page.keyboard.press('PageDown');
			await page.keyboard.press('PageDown');
			await expect(overview.locator('#overview-4')).toBeFocused();
			expect(await currentNumber(page)).toBe(5);
			await page.keyboard.press('PageUp');
			await expect(overview.locator('#overview-3')).toBeFocused();
			// Down a row: as many cards on as the grid has columns.
			const columns = await overview
				.locator('ol')
				.evaluate((grid) => getComputedStyle(grid).gridTemplateColumns.split(' ').length);
			expect(columns).toBeGreaterThan(1);
			await page.keyboard.press('ArrowDown');
			await expect(overview.locator(`#overview-${3 + columns}`)).toBeFocused();
			await page.keyboard.press('ArrowRight');
			await expect(overview.locator(`#overview-${4 + columns}`)).toBeFocused();
			await page.keyboard.press('Escape');
			await expect(overview).toHaveCount(0);
			expect(await currentNumber(page)).toBe(5 + columns);
			await expect(page).toHaveURL(new RegExp(`#${5 + columns}$`));
			// Enter chooses too; End goes to the last.
			await page.keyboard.press('o');
			await page.keyboard.press('End');
			await page.keyboard.press('Enter');
			await expect(overview).toHaveCount(0);
			expect(await currentNumber(page)).toBe(await page.locator('.slide').count());
		});

		test('every slide is drawn on a canvas that fills the screen, in type a room can read, whole', async ({
			page
		}) => {
			await openDeck(page);
			const stage = (await page.locator('.stage').boundingBox())!;
			const canvas = (await page.locator('.canvas').boundingBox())!;
			// The canvas fills the room above the footer in one dimension: letterboxed at 16:9 on a
			// wide screen, as tall as the room on a 4:3 projector (no wider than 4:3 is tall).
			const shape = canvas.width / canvas.height;
			if (stage.width / stage.height >= 16 / 9) expect(shape).toBeCloseTo(16 / 9, 2);
			else expect(shape).toBeGreaterThanOrEqual(4 / 3 - 0.01);
			expect(
				Math.min(Math.abs(canvas.width - stage.width), Math.abs(canvas.height - stage.height))
			).toBeLessThan(1);
			// Type in proportion to the screen, as on a 1080p one: a 4:3 projector's width is the limit.
			const scale = Math.min(width / 1920, height / 1080);
			// Every slide of the deck, and of the tour whose slides hold the most themes.
			const decks = ['/present', '/present?theme=climate'];
			for (const deck of decks) {
				await page.goto(deck);
				await page.waitForLoadState('networkidle');
				const count = await page.locator('.slide').count();
				for (let number = 1; number <= count; number++) {
					await page.goto(`${deck}#${number}`);
					const slide = page.locator('.slide.current');
					await expect(slide).toHaveAttribute('id', `slide-${number}`);
					const measures = await slide.evaluate((element) => {
						const size = (selector: string) => {
							const found = element.querySelector(selector);
							return found ? parseFloat(getComputedStyle(found).fontSize) : undefined;
						};
						const quote = element.querySelector('blockquote p');
						let longestLine = 0;
						if (quote) {
							// Characters per line: the quote's length over the lines it takes.
							const range = document.createRange();
							range.selectNodeContents(quote);
							// A line is a top in one column: a long quote may be set in two.
							const middle = quote.getBoundingClientRect().left + quote.clientWidth / 2;
							const lines = new Set(
								[...range.getClientRects()].map(
									(box) => `${Math.round(box.top)} ${box.left < middle ? 'left' : 'right'}`
								)
							);
							longestLine = Math.ceil(quote.textContent!.length / lines.size);
						}
						const cite = element.querySelector('figcaption cite');
						return {
							// "…in some areas., Spark": a title's own stop, then the citation's comma.
							doubledStop:
								!!cite &&
								/[.?!]$/.test(cite.textContent!) &&
								!!cite.nextSibling?.textContent?.trim().startsWith(','),
							overflow: element.scrollHeight - element.clientHeight,
							quote: size('blockquote'),
							year: size('.strip .year'),
							source: size('figcaption'),
							longestLine
						};
					});
					expect(measures.overflow, `${deck}#${number} runs off the canvas`).toBeLessThanOrEqual(1);
					expect(measures.doubledStop, `slide ${number}'s source line`).toBe(false);
					if (measures.year !== undefined)
						expect(measures.year, `slide ${number}'s years on the strip`).toBeGreaterThanOrEqual(
							24 * scale
						);
					if (measures.quote === undefined) continue;
					expect(measures.quote, `slide ${number}'s quote`).toBeGreaterThanOrEqual(28 * scale);
					expect(measures.source!, `slide ${number}'s source line`).toBeGreaterThanOrEqual(
						24 * scale
					);
					expect(measures.longestLine, `slide ${number}'s line length`).toBeLessThanOrEqual(75);
				}
			}
		});

		test('the keys panel is compact, over the slide, and closes with Escape', async ({ page }) => {
			await openDeck(page);
			await page.keyboard.press('?');
			const help = page.getByRole('dialog', { name: 'Keys' });
			const box = (await help.boundingBox())!;
			expect(box.width).toBeLessThan(width * 0.75);
			expect(box.height).toBeLessThan(height * 0.95);
			// Every line whole: none runs past the panel's edge or out of its own box.
			const cut = await help.evaluate((panel) => {
				const edge = panel.getBoundingClientRect().right;
				return [...panel.querySelectorAll('dt, dd, p')]
					.filter(
						(line) =>
							line.getBoundingClientRect().right > edge + 0.5 ||
							line.scrollWidth > line.clientWidth + 1
					)
					.map((line) => line.textContent);
			});
			expect(cut).toEqual([]);
			// A blanked screen comes back with the clicker's next key, on the same slide.
			await expect(help).toContainText('Blank the screen; a next key shows it');
			await expect(help.getByRole('button', { name: 'Close' })).toBeInViewport();
			await page.keyboard.press('Escape');
			await expect(help).toHaveCount(0);
		});

		test('a theme tour singles out its theme on every event slide, in view, and ends on its thread', async ({
			page
		}) => {
			await openDeck(page, '/present?theme=climate');
			const count = await page.locator('.slide').count();
			for (let number = 2; number < count; number++) {
				await page.goto(`/present?theme=climate#${number}`);
				const themes = page.locator('.slide.current .themes li');
				await expect(themes.first(), `slide ${number}`).toHaveClass(/toured/);
				await expect(themes.first()).toHaveText('Climate change');
				await expect(themes.first()).toBeInViewport();
			}
			await page.goto(`/present?theme=climate#${count}`);
			await expect(page.locator('.slide.current .thread')).toBeInViewport();
		});
	});

test('the slide is in the hash: a reload lands on it, and Back leaves the presentation', async ({
	page
}) => {
	await page.goto('/themes/climate');
	await openDeck(page, '/present#5');
	expect(await currentNumber(page)).toBe(5);
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/#6$/);
	await page.reload();
	await page.waitForLoadState('networkidle');
	expect(await currentNumber(page)).toBe(6);
	for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/#9$/);
	// Each slide replaces the last in the history, as reveal.js does: one Back, and the class is
	// where it came from.
	await page.goBack();
	await expect(page).toHaveURL(/\/themes\/climate$/);
	await page.goForward();
	await expect.poll(() => currentNumber(page)).toBe(9);
	// Typing another slide into the address goes there.
	await page.evaluate(() => (location.hash = '#3'));
	await expect.poll(() => currentNumber(page)).toBe(3);
	await openDeck(page, '/present#bangkok-talks');
	await expect(page.locator('.slide.current h2')).toContainText('Bangkok');
});

test('a reload shows, before the scripts have run, the room’s colours and no slide but the asked-for one', async ({
	page
}) => {
	// The page's scripts held back: what the first paints show.
	const release = await holdScripts(page);
	await page.emulateMedia({ colorScheme: 'light' });
	// Dark on a projector from the first paint, also on a laptop set to light.
	await page.goto('/present', { waitUntil: 'domcontentloaded' });
	expect(await page.evaluate(() => document.documentElement.dataset.scheme)).toBe('dark');
	await expect(page.locator('#slide-1')).toBeVisible();
	// A reload on slide 5 in the light scheme: light at once, and not the title slide meanwhile.
	await page.goto('/present?scheme=light#5', { waitUntil: 'domcontentloaded' });
	expect(await page.evaluate(() => document.documentElement.dataset.scheme)).toBe('light');
	await expect(page.locator('#slide-1')).toBeHidden();
	release();
	await expect(page.locator('.slide.current')).toHaveAttribute('id', 'slide-5');
	await expect(page.locator('#slide-5')).toBeVisible();
});

test('only the current slide can be reached, and a change announces just its title and date', async ({
	page
}) => {
	await openDeck(page);
	const total = await page.locator('.slide').count();
	await expect(page.locator('.slide[inert]')).toHaveCount(total - 1);
	await page.keyboard.press('ArrowRight');
	const live = page.locator('.deck > [aria-live="polite"]');
	await expect(live).toHaveText(/^Slide 2 of \d+: Biden–Xi phone call, 10 February 2021$/);
});

test('a theme tour holds exactly that theme’s events', async ({ page }) => {
	const { events } = await exported(page);
	await openDeck(page, '/present?theme=climate');
	const titles = await page.locator('.slide .event-slide h2').allTextContents();
	expect(titles).toEqual(
		events.filter((event) => event.themes.includes('climate')).map((event) => event.title)
	);
	await expect(page.locator('.slide').first()).toContainText('Theme tour');
	// Each slide singles out the toured theme: first, in full; the others step back.
	const themes = page.locator('#slide-2 .themes li');
	await expect(themes.first()).toHaveText('Climate change');
	await expect(themes.first()).toHaveClass(/toured/);
	const [toured, other] = await Promise.all(
		[themes.first(), themes.nth(1)].map((item) => item.evaluate((li) => getComputedStyle(li).color))
	);
	expect(other).not.toBe(toured);
	// It ends on the theme's thread: its events in order, a line each, numbered as their slides.
	const last = page.locator('.slide').last();
	await expect(last.locator('h3', { hasText: 'The thread' })).toHaveCount(1);
	await expect(last.locator('.thread')).toHaveAttribute('start', '2');
	await expect(last.locator('.thread li')).toHaveText(
		events
			.filter((event) => event.themes.includes('climate'))
			.map((event) => new RegExp(`${event.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))
	);
	await page.goto('/themes/climate');
	await expect(page.getByRole('link', { name: 'worksheet' })).toHaveAttribute(
		'href',
		/\/present\/worksheet\?theme=/
	);
	await expect(page.getByRole('link', { name: 'handout' })).toHaveAttribute(
		'href',
		/\/present\/handout\?theme=/
	);
	await expect(page.getByRole('link', { name: 'present it as a theme tour' })).toHaveAttribute(
		'href',
		/present\?theme=climate$/
	);
});

test.describe('on a 1920×1080 projector', () => {
	test.use({ viewport: { width: 1920, height: 1080 } });

	test('excerpts are at least 28 px and headings at least 48 px', async ({ page }) => {
		await openDeck(page, '/present#2');
		const size = (selector: string) =>
			page
				.locator(`.slide.current ${selector}`)
				.first()
				.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
		expect(await size('blockquote')).toBeGreaterThanOrEqual(28);
		expect(await size('.summary')).toBeGreaterThanOrEqual(28);
		expect(await size('h2')).toBeGreaterThanOrEqual(48);
	});
});

test('printing gives a handout with every event and no controls', async ({ page }) => {
	const { events } = await exported(page);
	await openDeck(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.controls')).toBeHidden();
	await expect(page.locator('.slide').first()).toBeHidden();
	await expect(page.locator('.handout h2')).toHaveText(events.map((event) => event.title));
	await expect(page.locator('.handout .qr')).toHaveCount(events.length);
	await expect(page.locator('.handout footer').first()).toContainText(
		'https://timeline.example.org/sources/'
	);
	// A quote that ends on a quotation of its own, and a source title that ends on a full stop:
	// no mark or stop doubled ("helpful.”” ", "areas.,”").
	const text = (await page.locator('.handout').textContent())!;
	expect(text).toContain('‘Although the opening remarks');
	expect(text).not.toMatch(/””|““|[.?!],”/);
});

test('a theme tour’s handout quotes what its slides quote', async ({ page }) => {
	// Taiwan's events quote first, on their pages, sentences that are not about Taiwan.
	await openDeck(page, '/present?theme=taiwan');
	const slides = await page
		.locator('.slide .event-slide')
		.evaluateAll((slides) =>
			slides.map((slide) => slide.querySelector('blockquote')?.textContent?.trim() ?? '')
		);
	await page.emulateMedia({ media: 'print' });
	const handout = await page
		.locator('.handout .entry')
		.evaluateAll((entries) =>
			entries.map((entry) => entry.querySelector('.quote')?.textContent?.trim() ?? '')
		);
	// The handout sets the quote in quotation marks (a quotation inside it in single ones).
	const words = (quote: string) => quote.replace(/[“”‘’"']/g, '');
	expect(handout.map(words)).toEqual(slides.map(words));
	expect(slides.filter(Boolean).length).toBeGreaterThan(2);
});

test('the QR codes decode to the right addresses', async ({ page }) => {
	await page.goto('/present/handout');
	const SIZE = 300;
	const decode = async (selector: string) => {
		// The pixels travel as base64: as a JSON array of numbers they took seconds on a busy machine.
		const pixels = await page.locator(selector).evaluate(async (svg, size) => {
			const image = new Image();
			image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
			await image.decode();
			const canvas = document.createElement('canvas');
			canvas.width = canvas.height = size;
			const context = canvas.getContext('2d')!;
			context.drawImage(image, 0, 0, size, size);
			const bytes = context.getImageData(0, 0, size, size).data;
			let binary = '';
			for (let start = 0; start < bytes.length; start += 0x8000)
				binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
			return btoa(binary);
		}, SIZE);
		return jsQR(new Uint8ClampedArray(Buffer.from(pixels, 'base64')), SIZE, SIZE)?.data;
	};
	expect(await decode('[data-url$="/events/anchorage-dialogue"]')).toBe(
		'https://timeline.example.org/events/anchorage-dialogue'
	);
	expect(await decode('[data-url$="/events/bangkok-talks"]')).toBe(
		'https://timeline.example.org/events/bangkok-talks'
	);
	await openDeck(page, '/present#end');
	expect(await decode('.slide.current .qr')).toBe('https://timeline.example.org/');
});

for (const [setting, options, textSize] of [
	['a 1280×720 projector at 150 % display scale', { width: 853, height: 480 }, undefined],
	['a 1280×720 projector with text at 150 %', { width: 1280, height: 720 }, '24px']
] as const)
	test.describe(`on ${setting}`, () => {
		test.use({ viewport: options, deviceScaleFactor: textSize ? 1 : 1.5 });

		test('every slide fits whole, its editor’s note on screen, in type set smaller only as far as it must', async ({
			page
		}) => {
			if (textSize)
				await page.addInitScript((size) => {
					document.addEventListener('DOMContentLoaded', () => {
						document.documentElement.style.fontSize = size;
					});
				}, textSize);
			await openDeck(page);
			const count = await page.locator('.slide').count();
			let smallest = Infinity;
			for (let number = 1; number <= count; number++) {
				await page.goto(`/present#${number}`);
				const slide = page.locator('.slide.current');
				await expect(slide).toHaveAttribute('id', `slide-${number}`);
				const measures = await slide.evaluate((element) => {
					const box = element.getBoundingClientRect();
					const notes = [...element.querySelectorAll('.editor-note')].map((note) => {
						const noteBox = note.getBoundingClientRect();
						return note.checkVisibility() && noteBox.bottom <= box.bottom + 1 && noteBox.height > 0;
					});
					return {
						overflow: element.scrollHeight - element.clientHeight,
						notes,
						size: parseFloat(getComputedStyle(element).fontSize)
					};
				});
				expect(measures.overflow, `slide ${number} runs off the canvas`).toBeLessThanOrEqual(1);
				expect(measures.notes, `slide ${number}'s editor's notes`).not.toContain(false);
				smallest = Math.min(smallest, measures.size);
			}
			// Set smaller step by step, never to a size a room cannot read (a 1080p canvas's type is
			// 36 px; this canvas is about 0.4 of its width).
			expect(smallest).toBeGreaterThanOrEqual(12);
		});
	});

test.describe('on a touch screen', () => {
	test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });

	test('a finger swiped to the left advances, to the right goes back, and the deck stays', async ({
		page
	}) => {
		await openDeck(page);
		await swipeAcross(page, 300, 800, 200);
		await expect.poll(() => currentNumber(page)).toBe(2);
		await swipeAcross(page, 300, 200, 800);
		await expect.poll(() => currentNumber(page)).toBe(1);
		// The browser's own swipe (back a page) never takes the gesture.
		await swipeAcross(page, 300, 10, 900);
		await expect(page).toHaveURL(/\/present/);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('a slide scrolled to its foot comes back at its top', async ({ page }) => {
		await openDeck(page, '/present#20');
		const slide = page.locator('#slide-20');
		await slide.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
		expect(await slide.evaluate((element) => element.scrollTop)).toBeGreaterThan(100);
		await page.keyboard.press('PageDown');
		await page.keyboard.press('PageUp');
		expect(await currentNumber(page)).toBe(20);
		expect(await slide.evaluate((element) => element.scrollTop)).toBe(0);
		await expect(slide.getByRole('heading', { level: 2 })).toBeInViewport();
	});

	test('the keys panel fits, every line whole, and Tab stays inside it', async ({ page }) => {
		await openDeck(page);
		await page.keyboard.press('?');
		const help = page.getByRole('dialog', { name: 'Keys' });
		const fits = await help.evaluate((panel) => ({
			sideways: panel.scrollWidth > panel.clientWidth + 1,
			cut: [...panel.querySelectorAll('dt, dd, p')].filter(
				(line) => line.scrollWidth > line.clientWidth + 1
			).length
		}));
		expect(fits).toEqual({ sideways: false, cut: 0 });
		const close = help.getByRole('button', { name: 'Close' });
		await expect(close).toBeFocused();
		// Focused without scrolling: the panel opens at its title.
		expect(await help.evaluate((panel) => panel.scrollTop)).toBe(0);
		await expect(help.getByRole('heading', { name: 'Keys' })).toBeInViewport();
		for (let step = 0; step < 4; step++) {
			await page.keyboard.press('Tab');
			expect(await help.evaluate((panel) => panel.contains(document.activeElement))).toBe(true);
		}
		await page.keyboard.press('Shift+Tab');
		expect(await help.evaluate((panel) => panel.contains(document.activeElement))).toBe(true);
	});

	test('a slide longer than the screen shows at its foot that more follows', async ({ page }) => {
		await openDeck(page);
		await page.keyboard.press('End');
		for (let step = 0; step < 40; step++) {
			const slide = page.locator('.slide.current');
			if (await slide.evaluate((s) => s.scrollHeight > s.clientHeight + 50)) break;
			await page.keyboard.press('ArrowLeft');
		}
		const slide = page.locator('.slide.current');
		expect(await slide.evaluate((s) => s.scrollHeight > s.clientHeight + 50)).toBe(true);
		// A shadow along the foot that stays, under a cover that scrolls with the slide's end.
		const background = await slide.evaluate((s) => {
			const style = getComputedStyle(s);
			return { image: style.backgroundImage, attachment: style.backgroundAttachment };
		});
		expect(background.image).toMatch(/^linear-gradient.*radial-gradient/);
		expect(background.attachment).toMatch(/^local, scroll/);
	});
});

test.describe('on a phone in the hand (360 × 740, touch)', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	test('the title slide says to tap, and an event slide keeps its whole quote in one column, scrolling', async ({
		page
	}) => {
		await openDeck(page);
		const current = page.locator('.slide.current');
		await expect(current.getByText('Tap → below to begin.')).toBeVisible();
		await expect(current.getByText(/^Press → or Space/)).toBeHidden();
		await page.getByRole('button', { name: /Next slide/ }).click();
		await page.getByRole('button', { name: /Next slide/ }).click();
		await expect(current.locator('h2')).toHaveText('High-level strategic dialogue in Anchorage');
		// Fitted as on a projector, the quote went into two columns of about 150 px and the
		// summary was left out, in a slide that scrolls anyway.
		const slide = await current.evaluate((node) => ({
			fit: node.dataset.fit,
			columns: getComputedStyle(node.querySelector('blockquote')!).columnCount,
			summary: !!node.querySelector('.summary')?.checkVisibility(),
			scrolls: node.scrollHeight > node.clientHeight
		}));
		expect(slide).toEqual({ fit: '0', columns: 'auto', summary: true, scrolls: true });
	});
});
