// The timeline on a phone: vertical, time running down the page, a row per event with its date, shape
// and whole title; gaps that read as time, broken where a silence is long; zoom buttons, keys and a
// pinch that change the density around the event being read; a sticky year; a tap that opens the
// bottom sheet; the view in the address; and, for a long record, only the rows near the view drawn.
import type { Page } from '@playwright/test';
import { LARGE_PORT } from '../../playwright.config';
import { expect, test } from './fixtures';
import { pinch } from './pinch';
import { gapAbove } from './rows';

async function openRows(page: Page, query = '', base = '') {
	await page.goto(`${base}/${query}`);
	const timeline = page.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveClass(/rows-live/);
	await expect(timeline).toHaveAttribute('data-from', /^\d{4}-\d{2}-\d{2}$/);
	return timeline;
}

/** Rows on the screen, and how many show their whole title inside the page's width. */
async function rowsOnScreen(page: Page) {
	return page.evaluate(() => {
		const rows = [...document.querySelectorAll<HTMLElement>('.rows .entry')].filter((row) => {
			const box = row.getBoundingClientRect();
			return box.bottom > 0 && box.top < innerHeight;
		});
		const whole = rows.filter((row) => {
			const title = row.querySelector<HTMLElement>('.title')!;
			const box = title.getBoundingClientRect();
			return title.scrollWidth <= title.clientWidth + 1 && box.right <= innerWidth;
		});
		const boxes = rows.map((row) => row.getBoundingClientRect());
		const overlaps = boxes.filter(
			(box, index) => index > 0 && box.top < boxes[index - 1]!.bottom - 0.5
		);
		return {
			ids: rows.map((row) => row.dataset.eventId!),
			whole: whole.length,
			overlaps: overlaps.length
		};
	});
}

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`at 390 × 844, ${scheme}`, () => {
		test.use({
			viewport: { width: 390, height: 844 },
			colorScheme: scheme,
			hasTouch: true,
			isMobile: true
		});

		test('the timeline starts on the first screen, a row per event with its date, shape and whole title', async ({
			page
		}) => {
			const timeline = await openRows(page);
			await expect(timeline.locator('.surface')).toBeHidden();
			const first = timeline.locator('.rows .entry').first();
			expect((await first.boundingBox())!.y).toBeLessThan(844 - 60);
			await expect(first.locator('.when')).toHaveText('10 Feb');
			await expect(first.locator('.node svg')).toBeVisible();
			// Named by what it shows, in that order, for a reader who speaks to the phone.
			await expect(first).toHaveAccessibleName(
				'10 Feb Biden–Xi phone call, 10 February 2021 (date from the public record), Phone or video call'
			);
			expect(await first.innerText()).toMatch(/^10 Feb\s+Biden–Xi phone call$/);
			// An event of several days says all of them, as the list and its page do.
			await expect(timeline.locator('.entry[data-event-id="anchorage-dialogue"] .when')).toHaveText(
				'18–19 Mar'
			);
			const screen = await rowsOnScreen(page);
			expect(screen.ids.length).toBeGreaterThan(0);
			expect(screen.whole).toBe(screen.ids.length);
			expect(screen.overlaps).toBe(0);
			// The long silence after March 2021 is drawn broken, saying how long it was and that no
			// collected document covers it.
			await expect(
				timeline
					.locator('.row', { has: page.locator('[data-event-id="bali-summit"]') })
					.locator('.break')
			).toHaveText('20 months later No collected document covers April 2021 – October 2022', {
				useInnerText: true
			});
		});

		test('the spine runs under every event’s shape, after a break too: the shape is what a tap finds', async ({
			page
		}) => {
			await openRows(page);
			const covered = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('.rows .entry')].flatMap((entry) => {
					entry.scrollIntoView({ block: 'center' });
					const node = entry.querySelector('.node')!.getBoundingClientRect();
					const found = document.elementFromPoint(
						node.left + node.width / 2,
						node.top + node.height / 2
					);
					return found?.closest('.entry') === entry ? [] : [entry.dataset.eventId];
				})
			);
			expect(covered).toEqual([]);
		});

		test('zooming changes the density around the event being read, recorded in the address', async ({
			page
		}) => {
			const timeline = await openRows(page);
			const before = await gapAbove(timeline, 'burns-beijing-visit');
			const zoomIn = page.getByRole('button', { name: 'Zoom in' });
			await timeline
				.locator('.rows [data-event-id="sullivan-wang-yi-vienna"]')
				.scrollIntoViewIfNeeded();
			await expect(zoomIn).toBeInViewport();
			const { ids } = await rowsOnScreen(page);
			const anchor = timeline.locator(`.rows [data-event-id="${ids[(ids.length - 1) >> 1]}"]`);
			const anchorTop = (await anchor.boundingBox())!.y;
			await zoomIn.click();
			await zoomIn.click();
			await expect
				.poll(() => gapAbove(timeline, 'burns-beijing-visit'))
				.toBeGreaterThan(before * 1.9);
			await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=/);
			// The row in the middle of the screen stayed where it was.
			expect(Math.abs((await anchor.boundingBox())!.y - anchorTop)).toBeLessThan(2);
			await page.getByRole('button', { name: 'Show all' }).click();
			await expect.poll(() => gapAbove(timeline, 'burns-beijing-visit')).toBeCloseTo(before, 0);
			await expect(page).not.toHaveURL(/from=/);
		});

		test('tapping + again and again finds the button where it was while the frame’s top is on the screen', async ({
			page
		}) => {
			const timeline = await openRows(page);
			const zoomIn = page.getByRole('button', { name: 'Zoom in' });
			const before = await gapAbove(timeline, 'burns-beijing-visit');
			for (const scrolled of [0, 120]) {
				await page.evaluate((y) => scrollTo(0, y), scrolled);
				const box = (await zoomIn.boundingBox())!;
				expect(box.y).toBeGreaterThanOrEqual(0);
				for (let tap = 0; tap < 2; tap++)
					await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
				// The rows grew from their top, under the button, which stayed under the finger.
				await expect
					.poll(() => gapAbove(timeline, 'burns-beijing-visit'))
					.toBeGreaterThan(before * 1.9);
				expect(await page.evaluate(() => scrollY)).toBe(scrolled);
				expect((await zoomIn.boundingBox())!.y).toBeCloseTo(box.y, 0);
				await page.getByRole('button', { name: 'Show all' }).click();
				await expect.poll(() => gapAbove(timeline, 'burns-beijing-visit')).toBeCloseTo(before, 0);
			}
		});

		test('a pinch spreads the rows apart', async ({ page }) => {
			const timeline = await openRows(page);
			const row = timeline.locator('.rows [data-event-id="blinken-trip-postponed"]');
			await row.scrollIntoViewIfNeeded();
			const before = await gapAbove(timeline, 'burns-beijing-visit');
			const box = (await row.boundingBox())!;
			await pinch(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, 'y', 20, 120);
			await expect
				.poll(() => gapAbove(timeline, 'burns-beijing-visit'))
				.toBeGreaterThan(before * 2);
			// The row under the fingers is still under them (to within a few pixels: a fingertip is
			// about 40 px, and a loaded machine may draw the last frame of the gesture a step late).
			expect(Math.abs((await row.boundingBox())!.y - box.y)).toBeLessThan(4);
		});

		test('an address with dates opens on them: the first of them at the top, the year on it', async ({
			page
		}) => {
			const timeline = await openRows(page, '?from=2023-05-01&to=2023-07-01');
			// The first event from 1 May 2023 (Burns's visit, known to the month) at the top, under the year.
			const burns = timeline.locator('.rows [data-event-id="burns-beijing-visit"]');
			await expect(burns).toBeInViewport();
			expect((await burns.boundingBox())!.y).toBeLessThan(120);
			await expect(
				timeline.locator('.rows [data-event-id="sullivan-wang-yi-vienna"]')
			).toBeInViewport();
			await expect(timeline).toHaveAttribute('data-from', /^2023-0[45]-/);
			// The sticky year says where the reader is.
			const year = timeline.locator('.year-heading', { hasText: '2023' });
			expect((await year.boundingBox())!.y).toBeLessThanOrEqual(1);
		});

		test('tapping an event opens the bottom sheet, recorded in the address', async ({ page }) => {
			const timeline = await openRows(page);
			await timeline.locator('.rows [data-event-id="anchorage-dialogue"]').tap();
			const panel = page.locator('#event-panel');
			await expect(panel).toBeVisible();
			await expect(page).toHaveURL(/event=anchorage-dialogue/);
			const box = (await panel.boundingBox())!;
			expect(box.y + box.height).toBeGreaterThan(780);
			await expect(timeline.locator('.rows [data-event-id="anchorage-dialogue"]')).toHaveAttribute(
				'aria-current',
				'true'
			);
		});

		test('the event open in the sheet stays in sight above it: tapped, and after Next', async ({
			page
		}) => {
			const timeline = await openRows(page);
			const sheet = page.locator('.panel-slot');
			/** The open event's row lies wholly between the top of the screen and the sheet. */
			const inSight = async (id: string) => {
				const row = (await timeline.locator(`.rows [data-event-id="${id}"]`).boundingBox())!;
				const top = (await sheet.boundingBox())!.y;
				return row.y >= 0 && row.y + row.height <= top + 1;
			};
			// A row low on the screen, where the sheet comes up.
			const bali = timeline.locator('.rows [data-event-id="bali-summit"]');
			await bali.scrollIntoViewIfNeeded();
			await page.evaluate((y) => scrollBy(0, y - innerHeight + 120), (await bali.boundingBox())!.y);
			await bali.tap();
			await expect(page.locator('#event-panel')).toBeVisible();
			await expect.poll(() => inSight('bali-summit')).toBe(true);
			for (const id of ['balloon-incident', 'blinken-trip-postponed', 'burns-beijing-visit']) {
				await page.getByRole('button', { name: 'Next event' }).tap();
				await expect(page).toHaveURL(new RegExp(`event=${id}`));
				await expect.poll(() => inSight(id), id).toBe(true);
			}
			// An address that opens an event: its row, far down the page, is brought above the sheet.
			await openRows(page, '?event=counter-narcotics-working-group');
			await expect(page.locator('#event-panel')).toBeVisible();
			await expect.poll(() => inSight('counter-narcotics-working-group')).toBe(true);
		});

		test('the keyboard model: one Tab stop, arrows through time, Home and End, + to zoom, Enter and Escape', async ({
			page
		}) => {
			const timeline = await openRows(page);
			const rows = timeline.locator('.rows .entry');
			await expect(rows.and(page.locator('[tabindex="0"]'))).toHaveCount(1);
			await rows.first().focus();
			await page.keyboard.press('ArrowDown');
			await expect(rows.nth(1)).toBeFocused();
			await page.keyboard.press('End');
			await expect(
				page.locator('.rows [data-event-id="counter-narcotics-working-group"]')
			).toBeFocused();
			await expect(
				page.locator('.rows [data-event-id="counter-narcotics-working-group"]')
			).toBeInViewport();
			await page.keyboard.press('Home');
			await expect(rows.first()).toBeFocused();
			const before = await gapAbove(timeline, 'anchorage-dialogue');
			await page.keyboard.press('ArrowDown');
			await page.keyboard.press('+');
			await expect
				.poll(() => gapAbove(timeline, 'anchorage-dialogue'))
				.toBeGreaterThan(before * 1.5);
			await expect(rows.nth(1)).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(page.locator('#event-panel')).toBeVisible();
			await page.keyboard.press('Escape');
			await expect(page.locator('#event-panel')).toHaveCount(0);
			await expect(rows.nth(1)).toBeFocused();
		});

		test('a voice filter keeps only the rows of the events quoting it', async ({ page }) => {
			const timeline = await openRows(page);
			const data = await (await page.request.get('/data/timeline.json')).json();
			const quotingUs: string[] = data.events
				.filter((event: { excerpts: { voice: string }[] }) =>
					event.excerpts.some((excerpt) => excerpt.voice === 'us-government')
				)
				.map((event: { id: string }) => event.id);
			// Scrolled into the rows first, so that the rows on the screen change under the reader.
			await page.evaluate(() => window.scrollBy(0, 900));
			await page
				.getByRole('group', { name: 'Show only events quoting' })
				.getByRole('button', { name: /^US government/ })
				.click();
			await expect(page).toHaveURL(/voices=us-government/);
			const rows = timeline.locator('.rows .entry');
			await expect(rows).toHaveCount(quotingUs.length);
			expect(await rows.evaluateAll((links) => links.map((link) => link.dataset.eventId))).toEqual(
				quotingUs
			);
			await rows.last().scrollIntoViewIfNeeded();
			await expect(timeline).toHaveAttribute('data-to', /^\d{4}-\d{2}-\d{2}$/);
			// A gap that says what it holds (a break, a stretch no document covers) says how many
			// events the filter leaves out of it: a long one is not a silence of the record.
			const all: string[] = data.events.map((event: { id: string }) => event.id);
			let said = 0;
			for (const [index, id] of quotingUs.entries()) {
				const left = index ? all.indexOf(id) - all.indexOf(quotingUs[index - 1]!) - 1 : 0;
				const row = timeline.locator('.rows .row', {
					has: page.locator(`[data-event-id="${id}"]`)
				});
				const saying = row.locator('.break').getByText(/the filter leaves out$/);
				if (left && (await row.locator('.break').count())) {
					await expect(saying, id).toHaveText(
						`${left} event${left === 1 ? '' : 's'} the filter leaves out`
					);
					said++;
				} else await expect(saying, id).toHaveCount(0);
			}
			expect(said, 'gaps that say it').toBeGreaterThan(0);
		});

		test('highlighting a theme threads its events down the gutter and steps the others back', async ({
			page
		}) => {
			const timeline = await openRows(page, '?themes=taiwan');
			const data = await (await page.request.get('/data/timeline.json')).json();
			const taiwan = new Set(
				data.events
					.filter((event: { themes: string[] }) => event.themes.includes('taiwan'))
					.map((event: { id: string }) => event.id)
			);
			const states = await timeline
				.locator('.rows .entry')
				.evaluateAll((rows) =>
					rows.map((row) => [row.dataset.eventId!, row.classList.contains('dimmed')] as const)
				);
			for (const [id, dimmed] of states) expect(dimmed, id).toBe(!taiwan.has(id));
			await expect(timeline.locator('.rows .thread.on')).toHaveCount(taiwan.size);
		});
	});
}

// Small phones: with the whole introduction above it the timeline began at 631 px, under the
// first screen of a 375 × 667 iPhone SE or a 360 × 640 Android; on a phone what follows its first
// paragraph (how the record is checked) is drawn after the timeline.
for (const { width, height } of [
	{ width: 360, height: 640 },
	{ width: 375, height: 667 }
])
	test(`at ${width} × ${height} the first screen holds the title, what the timeline covers and its first rows`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		const timeline = await openRows(page);
		const onScreen = await timeline
			.locator('.rows .entry')
			.evaluateAll(
				(rows, screen) => rows.filter((row) => row.getBoundingClientRect().bottom <= screen).length,
				height
			);
		expect(onScreen).toBeGreaterThanOrEqual(2);
		await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
		const rest = page.getByText(/^Every event is backed by verbatim excerpts/);
		const [frame, restBox] = [(await timeline.boundingBox())!, (await rest.boundingBox())!];
		expect(restBox.y).toBeGreaterThan(frame.y + frame.height);
	});

test.describe('a long record on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('draws the rows near the view only, and reaches every event', async ({ page }) => {
		const base = `http://127.0.0.1:${LARGE_PORT}`;
		const timeline = await openRows(page, '', base);
		const count = Number(
			(await page.getByRole('heading', { name: /^All [\d,]+ events/ }).textContent())!
				.match(/[\d,]+/)![0]
				.replace(',', '')
		);
		const drawn = await timeline.locator('.rows .entry').count();
		expect(drawn).toBeGreaterThan(20);
		expect(drawn).toBeLessThan(300);
		await timeline.locator('.rows .entry').first().focus();
		await page.keyboard.press('End');
		const last = timeline.locator(`.rows .entry[data-row="${count - 1}"]`);
		await expect(last).toBeFocused();
		await expect(last).toBeInViewport();
		// Scrolling back up through the estimate draws the rows there.
		await page.evaluate(() =>
			window.scrollTo(
				0,
				document.querySelector('.rows')!.getBoundingClientRect().top + scrollY + 2000
			)
		);
		await expect.poll(async () => (await rowsOnScreen(page)).ids.length).toBeGreaterThan(3);
		expect(count).toBeGreaterThan(300);
		// The focused last row left the window: focus is on a row on the screen, not lost to the page.
		const focused = timeline.locator('.rows .entry:focus');
		await expect(focused).toHaveCount(1);
		await expect(focused).toBeInViewport();
		const row = Number(await focused.getAttribute('data-row'));
		await page.keyboard.press('ArrowDown');
		await expect(timeline.locator(`.rows .entry[data-row="${row + 1}"]`)).toBeFocused();
	});

	test('opens on the dates in the address once its events have loaded, and keeps them there', async ({
		page
	}) => {
		const base = `http://127.0.0.1:${LARGE_PORT}`;
		const timeline = await openRows(page, '?from=2022-06-01&to=2022-07-01', base);
		await expect(timeline).toHaveAttribute('data-from', '2022-06-01');
		await page.waitForTimeout(600);
		await expect(page).toHaveURL(/from=2022-06-01&to=2022-07-01/);
		const onScreen = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('.rows .entry')]
				.filter((row) => {
					const box = row.getBoundingClientRect();
					return box.bottom > 0 && box.top < innerHeight;
				})
				.map((row) => row.getAttribute('aria-label')!)
		);
		expect(onScreen.length).toBeGreaterThan(2);
		expect(
			onScreen.some((name) => /^\d{1,2} Jun .*, \d{1,2} June 2022/.test(name)),
			onScreen.join('; ')
		).toBe(true);
	});
});
