// The event panel leads on: its title, themes and people lead to their pages, and a long run of
// quotes opens on three with the rest a press away, in one scrolling panel (a sheet on the phone).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cumulativeLayoutShift, watchLayoutShifts } from './layoutShift';

async function openEvent(page: Page, id: string) {
	await page.goto(`/?event=${id}`);
	await expect(page.getByRole('group', { name: 'Timeline' })).toHaveAttribute(
		'data-from',
		/^\d{4}/
	);
	const panel = page.locator('#event-panel');
	await expect(panel).toBeVisible();
	return panel;
}

async function excerptCount(page: Page, id: string): Promise<number> {
	const event = await (await page.request.get(`/data/events/${id}.json`)).json();
	return event.excerpts.length;
}

for (const { width, height, scheme } of [
	{ width: 1440, height: 900, scheme: 'light' as const },
	{ width: 390, height: 844, scheme: 'dark' as const }
]) {
	test.describe(`at ${width} × ${height}, ${scheme}`, () => {
		test.use({ viewport: { width, height }, colorScheme: scheme });

		test('scrolled to its end, the panel keeps Close in view and the page behind stays put', async ({
			page
		}) => {
			const panel = await openEvent(page, 'anchorage-dialogue');
			const slot = page.locator('.panel-slot');
			const before = await page.evaluate(() => scrollY);
			const box = (await slot.boundingBox())!;
			await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, 844 - box.y) / 2);
			for (let step = 0; step < 30; step++) await page.mouse.wheel(0, 400);
			await expect
				.poll(() => slot.evaluate((node) => node.scrollHeight - node.clientHeight - node.scrollTop))
				.toBeLessThan(2);
			await page.waitForTimeout(300);
			expect(await page.evaluate(() => scrollY)).toBe(before);
			const close = panel.getByRole('button', { name: 'Close event details' });
			await expect(close).toBeInViewport({ ratio: 1 });
			// Nothing of the text shows through the bar it passes under.
			const bar = (await panel.locator('.panel-bar').boundingBox())!;
			expect(bar.y).toBeGreaterThanOrEqual(box.y - 1);
			await close.click();
			await expect(panel).toHaveCount(0);
		});

		test('the title, theme chips and people link to their pages', async ({ page }) => {
			const panel = await openEvent(page, 'anchorage-dialogue');
			const title = panel.getByRole('heading', { level: 2 }).getByRole('link');
			await expect(title).toHaveText('High-level strategic dialogue in Anchorage');
			await expect(title).toHaveAttribute('href', '/events/anchorage-dialogue');
			const themeLinks = panel.locator('a[href^="/themes/"]');
			expect(await themeLinks.count()).toBeGreaterThan(0);
			const people = panel.locator('.participants a[href^="/people/"]');
			await expect(people.filter({ hasText: 'Antony Blinken' })).toHaveAttribute(
				'href',
				'/people/antony-blinken'
			);

			await themeLinks.first().click();
			await expect(page).toHaveURL(/\/themes\/[a-z-]+$/);
			await page.goBack();
			await expect(page.locator('#event-panel')).toBeVisible();
		});

		test('many quotes open on three; "Show all" brings the rest, in the panel’s own scroll', async ({
			page
		}) => {
			const total = await excerptCount(page, 'anchorage-dialogue');
			expect(total).toBeGreaterThan(4);
			const panel = await openEvent(page, 'anchorage-dialogue');
			const quotes = panel.locator('blockquote:visible');
			await expect(quotes).toHaveCount(3);
			const showAll = panel.getByRole('button', { name: `Show all ${total} quotes` });
			await expect(showAll).toHaveAttribute('aria-expanded', 'false');
			await showAll.focus();
			await page.keyboard.press('Enter');
			await expect(quotes).toHaveCount(total);
			// Focus stays on the button, and the quotes it brought follow it, as a disclosure's do.
			const showFewer = panel.getByRole('button', { name: 'Show only the first 3 quotes' });
			await expect(showFewer).toBeFocused();
			await expect(showFewer).toHaveAttribute('aria-expanded', 'true');
			const fourthFollows = await showFewer.evaluate(
				(button) => button.nextElementSibling?.matches('blockquote, figure, .excerpt') ?? false
			);
			expect(fourthFollows).toBe(true);
			// No scroll box inside the panel: only the panel (or the sheet) scrolls.
			const innerScrollers = await panel.evaluate(
				(root) =>
					[...root.querySelectorAll('*')].filter((element) => {
						const style = getComputedStyle(element);
						return (
							/(auto|scroll)/.test(style.overflowY) &&
							element.scrollHeight > element.clientHeight + 1
						);
					}).length
			);
			expect(innerScrollers).toBe(0);

			// The next event opens folded again.
			await panel.getByRole('button', { name: 'Next event' }).click();
			await expect(page).toHaveURL(/\?event=anchorage-press-conference$/);
			const next = await excerptCount(page, 'anchorage-press-conference');
			await expect(quotes).toHaveCount(next > 4 ? 3 : next);
		});

		test('stepping through events keeps the panel and the focus on Next while an event loads', async ({
			page
		}) => {
			const order = (await (await page.request.get('/data/events.json')).json()) as {
				id: string;
				title: string;
			}[];
			const from = order.findIndex((event) => event.id === 'anchorage-dialogue');
			// Every event arrives late, so the second step outruns what the first fetched ahead.
			await page.route('**/data/events/*.json', async (route) => {
				await new Promise((done) => setTimeout(done, 500));
				await route.continue();
			});
			const panel = await openEvent(page, 'anchorage-dialogue');
			const next = panel.getByRole('button', { name: 'Next event' });
			await next.focus();
			await page.keyboard.press('Enter');
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(new RegExp(`\\?event=${order[from + 2]!.id}$`));
			await expect(panel).toBeVisible();
			await expect(next).toBeFocused();
			await expect(panel.getByRole('heading', { level: 2 })).toHaveText(order[from + 2]!.title);
			await expect(next).toBeFocused();
		});
	});
}

for (const width of [1440, 800]) {
	test(`at ${width} px, a reader who opens an event from the keyboard tabs straight to its panel`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/');
		const timeline = page.getByRole('group', { name: 'Timeline' });
		await expect(timeline).toHaveAttribute('data-from', /^\d{4}/);
		await timeline.locator('[data-event-id="bali-summit"]').focus();
		await page.keyboard.press('Enter');
		const panel = page.locator('#event-panel');
		await expect(panel).toBeVisible();
		await expect(timeline.locator('[data-event-id="bali-summit"]')).toBeFocused();
		await page.keyboard.press('Tab');
		// The panel's first control, before the filters under the timeline.
		await expect(panel.getByRole('button', { name: /Previous/ })).toBeFocused();
		// The panel is beside the timeline on a wide screen, under it on a narrower one, and the
		// filters follow the timeline in either case.
		// Read at one moment: the page may be scrolling the panel's top onto the screen.
		const [frame, box, filters] = await page.evaluate(() =>
			['[role="group"][aria-label="Timeline"]', '#event-panel', '.filters fieldset'].map(
				(selector) => document.querySelector(selector)!.getBoundingClientRect().toJSON()
			)
		);
		if (width >= 1024) expect(box.x).toBeGreaterThan(frame.x + frame.width);
		else expect(box.y).toBeGreaterThan(frame.y + frame.height);
		expect(filters.y).toBeGreaterThan(frame.y + frame.height - 1);
	});
}

for (const width of [1280, 1920])
	test(`at ${width} px an address that opens an event draws the timeline beside the panel from the first paint`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 900 });
		await watchLayoutShifts(page);
		await page.goto('/?event=bali-summit');
		const panel = page.getByRole('region', { name: 'Biden–Xi meeting in Bali' });
		await expect(panel).toBeVisible();
		const timeline = (await page.getByRole('group', { name: 'Timeline' }).boundingBox())!;
		expect(timeline.x + timeline.width).toBeLessThanOrEqual((await panel.boundingBox())!.x);
		await page.waitForTimeout(300);
		expect(await cumulativeLayoutShift(page)).toBeLessThan(0.01);
	});

test('Next to an event outside a zoomed view pans the timeline to it, at the same zoom', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/?from=2023-05-01&to=2023-07-01&event=blinken-beijing-visit');
	const timeline = page.getByRole('group', { name: 'Timeline' });
	// The address's dates hold with the event it opens.
	await expect(timeline).toHaveAttribute('data-from', '2023-05-01');
	await expect(page.locator('#event-panel')).toBeVisible();
	// Both dates read at one instant: read apart, a pan still under way moves the second.
	const days = () =>
		timeline.evaluate(
			(frame) =>
				(Date.parse(frame.getAttribute('data-to')!) -
					Date.parse(frame.getAttribute('data-from')!)) /
				86_400_000
		);
	const span = await days();
	for (const id of ['san-francisco-summit', 'bangkok-talks']) {
		await page.getByRole('button', { name: 'Next event' }).click();
		await expect(page).toHaveURL(new RegExp(`event=${id}`));
		const frame = (await timeline.locator('.surface').boundingBox())!;
		await expect
			.poll(async () => {
				const node = await timeline.locator(`[data-event-id="${id}"] .node`).boundingBox();
				return !!node && node.x >= frame.x && node.x + node.width <= frame.x + frame.width;
			}, id)
			.toBe(true);
		expect(Math.abs((await days()) - span)).toBeLessThanOrEqual(1);
	}
});

test('an address naming no event keeps the timeline across the page, from the first paint', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await watchLayoutShifts(page);
	await page.goto('/?event=not-a-real-event');
	const timeline = page.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', /\d/);
	await page.waitForTimeout(300);
	expect((await timeline.boundingBox())!.width).toBeGreaterThan(1920 * 0.8);
	expect(await cumulativeLayoutShift(page)).toBeLessThan(0.01);
});

for (const { width, height } of [
	{ width: 1280, height: 800 },
	{ width: 1920, height: 1080 }
])
	test(`at ${width} × ${height} an open panel takes the height of the timeline and filters beside it: the page under them stays put`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await page.goto('/');
		const timeline = page.getByRole('group', { name: 'Timeline' });
		await expect(timeline).toHaveAttribute('data-from', /^\d{4}/);
		// The room between the filters' end and the list's heading: no band opens in it.
		const heading = page.getByRole('heading', { name: /events, in order/ });
		const filters = page.locator('.explorer > .filters');
		const bandUnderFilters = async () => {
			const box = (await filters.boundingBox())!;
			return (await heading.boundingBox())!.y - (box.y + box.height);
		};
		const before = await bandUnderFilters();
		await timeline.locator('[data-event-id="anchorage-dialogue"]').click();
		const panel = page.locator('#event-panel');
		await expect(panel).toBeVisible();
		await page.waitForTimeout(300);
		expect(await bandUnderFilters()).toBeCloseTo(before, 0);
		// The box ends with the filters, its edge drawn, and what does not fit scrolls inside it.
		const slot = page.locator('.panel-slot');
		const box = (await slot.boundingBox())!;
		const under = (await filters.boundingBox())!;
		expect(box.y + box.height).toBeLessThanOrEqual(under.y + under.height + 1);
		expect(await slot.evaluate((node) => getComputedStyle(node).borderBottomWidth)).toBe('1px');
		expect(await slot.evaluate((node) => node.scrollHeight > node.clientHeight)).toBe(true);
	});

test('an event the chosen voices hide keeps a way on: Previous and Next lead to the shown events either side of it', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	// Bali quotes no US official; Anchorage before it and Kritenbrink's talks after it do.
	const panel = await openEvent(page, 'bali-summit&voices=us-government');
	await expect(panel.getByRole('heading', { name: 'Biden–Xi meeting in Bali' })).toBeVisible();
	await expect(
		page.getByRole('group', { name: 'Timeline' }).locator('[data-event-id="bali-summit"]')
	).toHaveCount(0);
	await panel.getByRole('button', { name: 'Next event' }).click();
	await expect(page).toHaveURL(/event=kritenbrink-beijing/);
	await page.goBack();
	await expect(page).toHaveURL(/event=bali-summit/);
	await panel.getByRole('button', { name: 'Previous event' }).click();
	await expect(page).toHaveURL(/event=anchorage-dialogue/);
});

test.describe('a phone held sideways (844 × 390), where the panel comes under the timeline', () => {
	test.use({ viewport: { width: 844, height: 390 }, isMobile: true, hasTouch: true });
	test('tapping a mark brings the event’s details onto the screen', async ({ page }) => {
		await page.goto('/');
		const timeline = page.getByRole('group', { name: 'Timeline' });
		await expect(timeline).toHaveAttribute('data-from', /^\d{4}/);
		const mark = timeline.locator('[data-event-id="anchorage-dialogue"]');
		await mark.scrollIntoViewIfNeeded();
		await mark.tap();
		// It opened below the screen's foot, and the tap seemed to do nothing.
		const panel = page.locator('#event-panel');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
			'High-level strategic dialogue in Anchorage'
		);
		await expect(panel.getByRole('heading', { level: 2 })).toBeInViewport({ ratio: 1 });
	});
});

test.describe('a phone’s sheet at 150 % text (390 × 844)', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
	test('Previous, Next and Close keep to one row, as signs, named in words', async ({ page }) => {
		await page.goto('/?event=anchorage-dialogue');
		await page.addStyleTag({ content: 'html { font-size: 150% !important; }' });
		const panel = page.locator('#event-panel');
		const names = ['Previous event', 'Next event', 'Close event details'];
		const boxes = [];
		for (const name of names) {
			const button = panel.getByRole('button', { name, exact: true });
			await expect(button).toBeVisible();
			boxes.push((await button.boundingBox())!);
		}
		// In words they took two rows (150 px of a 590 px sheet), three at 320 px and 200 %; a
		// sign's button is about as wide as it is tall (the word "Close" took 122 px).
		expect(new Set(boxes.map((box) => Math.round(box.y))).size).toBe(1);
		for (const box of boxes) expect(box.width).toBeLessThan(box.height * 1.5);
	});
});

test.describe('a phone’s sheet (360 × 740)', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
	test('Next shows the next event from its top, not as far down as the last was read', async ({
		page
	}) => {
		const panel = await openEvent(page, 'anchorage-dialogue');
		const slot = page.locator('.panel-slot');
		await slot.evaluate((node) => node.scrollTo(0, 600));
		await expect.poll(() => slot.evaluate((node) => node.scrollTop)).toBeGreaterThan(300);
		await panel.getByRole('button', { name: 'Next event' }).click();
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
			'Foreign ministry briefing on the Anchorage dialogue'
		);
		await expect.poll(() => slot.evaluate((node) => node.scrollTop)).toBe(0);
		await expect(panel.locator('time').first()).toBeInViewport();
	});
});
