// The zoomable timeline: zoom, pan, keyboard, selection, themes and shareable URLs, as a reader uses them.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { followTimelineLinkFromAbout } from './insideSite';
import { pinch, swipeAlong } from './pinch';

const DAY = 86_400_000;

async function visibleDays(timeline: Locator): Promise<number> {
	// Both dates read at one instant: read apart, a move under way changes the second.
	return timeline.evaluate(
		(frame, day) =>
			(Date.parse(frame.getAttribute('data-to')!) - Date.parse(frame.getAttribute('data-from')!)) /
			day,
		DAY
	);
}

async function eventIdsInOrder(page: Page): Promise<string[]> {
	const response = await page.request.get('/data/timeline.json');
	return (await response.json()).events.map((event: { id: string }) => event.id);
}

async function openTimeline(page: Page, query = '') {
	await page.goto(`/${query}`);
	const timeline = page.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', /^\d{4}-\d{2}-\d{2}$/);
	// Dates in the address show a frame after the browser has taken over (everything until then).
	const params = new URLSearchParams(query);
	const asked = (Date.parse(params.get('to')!) - Date.parse(params.get('from')!)) / DAY;
	if (asked > 0) {
		await expect.poll(async () => Math.abs((await visibleDays(timeline)) - asked)).toBeLessThan(2);
	}
	return timeline;
}

test('the whole range shows at first, February 2021 to January 2024', async ({ page }) => {
	const timeline = await openTimeline(page);
	expect(await timeline.getAttribute('data-from')).toMatch(/^(2020-12|2021-01)-/);
	expect(await timeline.getAttribute('data-to')).toMatch(/^2024-0[34]-/);
	await expect(
		timeline.getByRole('link', { name: /^High-level strategic dialogue in Anchorage/ })
	).toBeVisible();
});

test('on a 1280 × 800 laptop screen the whole timeline, its years included, is on the first screen', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	const timeline = await openTimeline(page);
	const frame = (await timeline.locator('.surface').boundingBox())!;
	expect(frame.y + frame.height).toBeLessThanOrEqual(800);
	for (const year of ['2021', '2022', '2023', '2024'])
		await expect(timeline.locator('.surface').getByText(year, { exact: true })).toBeInViewport({
			ratio: 1
		});
});

test('wheel zoom narrows the visible range around the pointer', async ({ page }) => {
	const timeline = await openTimeline(page);
	const before = await visibleDays(timeline);
	const box = (await timeline.locator('.surface').boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.25, box.y + box.height / 2);
	for (let step = 0; step < 4; step++) await page.mouse.wheel(0, -300);
	await expect.poll(() => visibleDays(timeline)).toBeLessThan(before / 2);
	// Zooming around a point a quarter in keeps that point a quarter in: the start moves much less than the end.
	const from = Date.parse((await timeline.getAttribute('data-from'))!);
	expect(from).toBeGreaterThan(Date.parse('2021-01-01'));
});

test('double-click zooms in around the pointer, shift-double-click zooms out', async ({ page }) => {
	const timeline = await openTimeline(page, '?from=2022-01-01&to=2023-01-01');
	const before = await visibleDays(timeline);
	const box = (await timeline.locator('.surface').boundingBox())!;
	await page.mouse.dblclick(box.x + box.width / 2, box.y + 12);
	await expect.poll(() => visibleDays(timeline)).toBeLessThan(before * 0.6);
	await page.keyboard.down('Shift');
	await page.mouse.dblclick(box.x + box.width / 2, box.y + 12);
	await page.keyboard.up('Shift');
	await expect.poll(() => visibleDays(timeline)).toBeGreaterThan(before * 0.9);
});

/** A change of the visible range, and the animation frame (counted from when watching began) it showed in. */
interface RangeStep {
	from: string;
	to: string;
	frame: number;
}

/** Every range the timeline shows, frame by frame, while one zoom (`zoom`) settles. */
async function rangesDuringZoom(page: Page, zoom: () => Promise<void>): Promise<RangeStep[]> {
	const timeline = await openTimeline(page);
	await timeline.evaluate((element) => {
		const steps: RangeStep[] = [];
		let frame = 0;
		const count = () => {
			frame++;
			requestAnimationFrame(count);
		};
		requestAnimationFrame(count);
		new MutationObserver(() => {
			const from = element.getAttribute('data-from')!;
			const to = element.getAttribute('data-to')!;
			const last = steps.at(-1);
			if (!last || last.from !== from || last.to !== to) steps.push({ from, to, frame });
		}).observe(element, { attributeFilter: ['data-from', 'data-to'] });
		(window as unknown as { steps: RangeStep[] }).steps = steps;
	});
	await zoom();
	await page.waitForTimeout(800);
	return page.evaluate(() => (window as unknown as { steps: RangeStep[] }).steps);
}

const zooms: [string, (page: Page) => Promise<void>][] = [
	[
		'the Zoom in button',
		(page) => page.getByRole('button', { name: 'Zoom in', exact: true }).click()
	],
	[
		'the + key',
		async (page) => {
			await page.locator('[data-event-id]').first().focus();
			await page.keyboard.press('+');
		}
	]
];

for (const [how, zoom] of zooms) {
	test(`zooming with ${how} is animated, unless the reader prefers reduced motion`, async ({
		page
	}) => {
		const animated = await rangesDuringZoom(page, () => zoom(page));
		// Moving: the range passes through intermediate values, each in a frame of its own (a loaded
		// machine may draw the 350 ms animation in as few as three frames).
		expect(animated.length, JSON.stringify(animated)).toBeGreaterThan(2);
		expect(animated.at(-1)!.frame - animated[0]!.frame).toBeGreaterThanOrEqual(2);

		await page.emulateMedia({ reducedMotion: 'reduce' });
		const still = await rangesDuringZoom(page, () => zoom(page));
		// Reduced motion: both ends jump to the final range together, in one frame, with nothing between.
		expect(still, JSON.stringify(still)).toHaveLength(1);
		expect(still[0]!.from).toBe(animated.at(-1)!.from);
		expect(still[0]!.to).toBe(animated.at(-1)!.to);
	});
}

test('hovering or focusing an event shows its date and title', async ({ page }) => {
	const timeline = await openTimeline(page);
	const bali = timeline.locator('[data-event-id="bali-summit"]');
	await bali.hover();
	const tooltip = timeline.locator('.tooltip');
	await expect(tooltip).toContainText('14 November 2022');
	await expect(tooltip).toContainText('Biden–Xi meeting in Bali');
	await page.mouse.move(0, 0);
	await expect(tooltip).toBeHidden();
	await bali.focus();
	await expect(tooltip).toContainText('14 November 2022');
});

test('Escape puts a tooltip away, before it closes an open event; the next mark shows its own (WCAG 1.4.13)', async ({
	page
}) => {
	const timeline = await openTimeline(page);
	const tooltip = timeline.locator('.tooltip');
	const bali = timeline.locator('[data-event-id="bali-summit"]');
	await bali.hover();
	await expect(tooltip).toContainText('Biden–Xi meeting in Bali');
	await page.keyboard.press('Escape');
	await expect(tooltip).toHaveCount(0);
	// Nor does the keyboard's focus on the same mark bring it back; another mark's does.
	await page.mouse.move(0, 0);
	await bali.focus();
	await expect(tooltip).toHaveCount(0);
	await page.keyboard.press('ArrowRight');
	await expect(tooltip).toHaveCount(1);
	await expect(tooltip).not.toContainText('Biden–Xi meeting in Bali');
	// With an event open, the first Escape puts away the tooltip, the second closes the event.
	await page.keyboard.press('Enter');
	const panel = page.locator('#event-panel');
	await expect(panel).toBeVisible();
	await bali.hover();
	await expect(tooltip).toContainText('Biden–Xi meeting in Bali');
	await page.keyboard.press('Escape');
	await expect(tooltip).toHaveCount(0);
	await expect(panel).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
});

test('a click that opens the panel beside the timeline leaves no other event’s tooltip under the pointer', async ({
	page
}) => {
	const timeline = await openTimeline(page);
	// Early marks: the panel narrows the frame, the marks move left, and another comes under the
	// pointer, which has not moved (these three each did).
	for (const id of ['anchorage-press-conference', 'lavrov-visits-china', 'blinken-nato-brussels']) {
		await page.goto('/');
		await expect(timeline).toHaveAttribute('data-from', /\d/);
		const node = (await timeline.locator(`[data-event-id="${id}"] .node`).boundingBox())!;
		await page.mouse.move(node.x + node.width / 2, node.y + node.height / 2);
		await page.mouse.down();
		await page.mouse.up();
		await expect(page.locator('#event-panel')).toBeVisible();
		await page.waitForTimeout(300);
		await expect(timeline.locator('.tooltip'), id).toHaveCount(0);
		// Moving the pointer shows the tooltip of what is under it, as any hover does.
		await page.mouse.move(node.x + node.width / 2 + 1, node.y + node.height / 2);
		const under = await page.evaluate(
			([x, y]) =>
				(document.elementFromPoint(x!, y!)?.closest('a.mark') as HTMLElement | null)?.dataset
					.eventId,
			[node.x + node.width / 2 + 1, node.y + node.height / 2]
		);
		if (under) await expect(timeline.locator('.tooltip')).toHaveCount(1);
	}
});

test('every mark’s tooltip shows whole inside the frame, in the top lanes too', async ({
	page
}) => {
	for (const viewport of [
		{ width: 1920, height: 1080 },
		{ width: 1280, height: 800 }
	]) {
		await page.setViewportSize(viewport);
		const timeline = await openTimeline(page);
		const frame = (await timeline.locator('.surface').boundingBox())!;
		// Events, not clusters: a cluster's count and range are on its badge and label.
		const marks = timeline.locator('a.mark[data-event-id]');
		let lanes = 0;
		for (let index = 0; index < (await marks.count()); index++) {
			const mark = marks.nth(index);
			const node = (await mark.locator('.node').boundingBox())!;
			await page.mouse.move(0, 0);
			await page.mouse.move(node.x + node.width / 2, node.y + node.height / 2);
			const tooltip = (await timeline.locator('.tooltip').boundingBox())!;
			const name = `${await mark.getAttribute('data-event-id')} at ${viewport.width} px`;
			expect(tooltip.y, name).toBeGreaterThanOrEqual(frame.y);
			expect(tooltip.y + tooltip.height, name).toBeLessThanOrEqual(frame.y + frame.height);
			expect(tooltip.x, name).toBeGreaterThanOrEqual(frame.x);
			expect(tooltip.x + tooltip.width, name).toBeLessThanOrEqual(frame.x + frame.width);
			// The tooltip does not cover its own mark.
			const covers =
				tooltip.y < node.y + node.height &&
				tooltip.y + tooltip.height > node.y &&
				tooltip.x < node.x + node.width &&
				tooltip.x + tooltip.width > node.x;
			expect(covers, name).toBe(false);
			lanes = Math.max(lanes, frame.y + frame.height - node.y);
		}
		expect(lanes, 'marks reach the upper lanes').toBeGreaterThan(frame.height / 2);
	}
});

test('a mark that a drag brings under the pointer shows no tooltip', async ({ page }) => {
	const timeline = await openTimeline(page, '?from=2023-01-01&to=2023-07-01');
	const vienna = (await timeline
		.locator('[data-event-id="sullivan-wang-yi-vienna"] .node')
		.boundingBox())!;
	const y = vienna.y + vienna.height / 2;
	const x = vienna.x + vienna.width / 2;
	// A drag of 150 px to the right from a point of Vienna's lane 150 px before it: the view
	// follows the pointer, and the marks laid out anew as it moves end with one under it (checked).
	await page.mouse.move(x - 150, y);
	await page.mouse.down();
	await page.mouse.move(x, y, { steps: 10 });
	await page.mouse.up();
	const under = await page.evaluate(
		([px, py]) =>
			document.elementFromPoint(px!, py!)?.closest('a.mark')?.getAttribute('data-event-id'),
		[x, y]
	);
	expect(under, 'a mark is under the pointer after the drag').toBeTruthy();
	await expect(timeline.locator('.tooltip')).toBeHidden();
	// Moving onto it afresh shows its tooltip, as any hover does.
	await page.mouse.move(0, 0);
	await timeline.locator(`[data-event-id="${under}"]`).hover();
	await expect(timeline.locator('.tooltip')).toBeVisible();
});

test('a reader scrolling the page past the timeline is not caught by it; a turn of the wheel over it, the page still, zooms', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	const timeline = await openTimeline(page);
	const from = await timeline.getAttribute('data-from');
	const frame = (await timeline.locator('.surface').boundingBox())!;
	const x = frame.x + frame.width / 2;
	// Down the page and back up, the pointer where the timeline is at the top of the page: going
	// down it leaves, coming back up it passes under the pointer again.
	await page.mouse.move(x, frame.y + frame.height / 2);
	// One turn after another, as fast as the browser takes them (well within 400 ms).
	for (let step = 0; step < 8; step++) await page.mouse.wheel(0, 150);
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(600);
	for (let step = 0; step < 14; step++) await page.mouse.wheel(0, -150);
	await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
	await expect(timeline).toHaveAttribute('data-from', from!);
	// The page still, the wheel over the timeline zooms it.
	await page.waitForTimeout(500);
	await page.mouse.move(x, frame.y + frame.height / 2);
	await page.mouse.wheel(0, -300);
	await expect(timeline).not.toHaveAttribute('data-from', from!);
	expect(await page.evaluate(() => scrollY)).toBe(0);
});

test('dragging pans the view', async ({ page }) => {
	const timeline = await openTimeline(page, '?from=2022-01-01&to=2022-07-01');
	await expect(timeline).toHaveAttribute('data-from', '2022-01-01');
	const box = (await timeline.locator('.surface').boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.7, box.y + 20);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.3, box.y + 20, { steps: 8 });
	await page.mouse.up();
	await expect
		.poll(async () => (await timeline.getAttribute('data-from'))! > '2022-02-01')
		.toBe(true);
	expect(Math.round(await visibleDays(timeline))).toBe(181);
});

test('a sideways swipe on a touchpad pans the view, and leaves its span alone', async ({
	page
}) => {
	const timeline = await openTimeline(page, '?from=2022-01-01&to=2022-07-01');
	await expect(timeline).toHaveAttribute('data-from', '2022-01-01');
	const box = (await timeline.locator('.surface').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + 20);
	const pageScroll = await page.evaluate(() => window.scrollY);
	for (let step = 0; step < 4; step++) await page.mouse.wheel(120, 0);
	await expect
		.poll(async () => (await timeline.getAttribute('data-from'))! > '2022-01-15')
		.toBe(true);
	expect(Math.round(await visibleDays(timeline))).toBe(181);
	for (let step = 0; step < 4; step++) await page.mouse.wheel(-120, 0);
	await expect(timeline).toHaveAttribute('data-from', '2022-01-01');
	expect(await page.evaluate(() => window.scrollY)).toBe(pageScroll);
});

test('the zoom buttons zoom in, out and back to everything', async ({ page }) => {
	const timeline = await openTimeline(page);
	const all = await visibleDays(timeline);
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await expect.poll(() => visibleDays(timeline)).toBeLessThan(all * 0.6);
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await expect.poll(() => visibleDays(timeline)).toBeLessThan(all * 0.3);
	await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
	await expect.poll(() => visibleDays(timeline)).toBeGreaterThan(all * 0.4);
	await page.getByRole('button', { name: 'Show all', exact: true }).click();
	await expect.poll(() => visibleDays(timeline)).toBeCloseTo(all, 0);
});

test('the timeline is one Tab stop and arrow keys walk the events in time order', async ({
	page
}) => {
	await openTimeline(page);
	const order = await eventIdsInOrder(page);
	await page.getByRole('button', { name: 'Zoom in', exact: true }).focus();
	await page.keyboard.press('Tab');
	const focusedId = () =>
		page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
	await expect.poll(focusedId).toBe(order[0]);
	for (const id of order.slice(1, 6)) {
		await page.keyboard.press('ArrowRight');
		await expect.poll(focusedId).toBe(id);
	}
	await page.keyboard.press('ArrowLeft');
	await expect.poll(focusedId).toBe(order[4]);
	await page.keyboard.press('End');
	await expect.poll(focusedId).toBe(order.at(-1));
	await page.keyboard.press('Home');
	await expect.poll(focusedId).toBe(order[0]);
	// Leaving the timeline takes one Tab, whichever event had focus.
	await page.keyboard.press('Tab');
	expect(await focusedId()).toBeNull();
	expect(
		await page.evaluate(() => document.activeElement?.closest('[aria-label="Timeline"]'))
	).toBeNull();
});

test('a Tab right after a key that moves to another event leaves the timeline, also on a slow machine', async ({
	page
}) => {
	const timeline = await openTimeline(page, '?from=2022-06-01&to=2022-12-31');
	const order = await eventIdsInOrder(page);
	await timeline.locator('[data-event-id]').first().focus();
	// A busy machine: each frame comes a quarter of a second late, so the move to the last event
	// (off screen) is still being drawn when the reader tabs on.
	await page.evaluate(() => {
		const next = window.requestAnimationFrame.bind(window);
		window.requestAnimationFrame = (callback) =>
			next((time) => setTimeout(() => callback(time), 250));
	});
	await page.keyboard.press('End');
	await page.keyboard.press('Tab');
	await page.waitForTimeout(1_000);
	const focused = await page.evaluate(() => ({
		id: document.activeElement?.getAttribute('data-event-id'),
		inTimeline: !!document.activeElement?.closest('[aria-label="Timeline"]')
	}));
	expect(focused).toEqual({ id: null, inTimeline: false });
	// The last event is still the one the timeline comes back to.
	await page.keyboard.press('Shift+Tab');
	await expect
		.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id')))
		.toBe(order.at(-1));
});

test('plus and minus zoom only while the timeline has focus', async ({ page }) => {
	const timeline = await openTimeline(page);
	const all = await visibleDays(timeline);
	await page.keyboard.press('+');
	expect(await visibleDays(timeline)).toBeCloseTo(all, 0);
	await timeline.locator('[data-event-id]').first().focus();
	await page.keyboard.press('+');
	await page.keyboard.press('+');
	await expect.poll(() => visibleDays(timeline)).toBeLessThan(all * 0.3);
	await page.keyboard.press('-');
	await expect.poll(() => visibleDays(timeline)).toBeGreaterThan(all * 0.4);
});

test('selecting an event shows its quotes and puts it in the URL; Escape closes and returns focus', async ({
	page
}) => {
	const timeline = await openTimeline(page);
	const anchorage = timeline.getByRole('link', {
		name: /^High-level strategic dialogue in Anchorage/
	});
	await anchorage.click();
	const panel = page.getByRole('region', { name: 'High-level strategic dialogue in Anchorage' });
	await expect(panel).toBeVisible();
	await expect(panel.locator('blockquote').first()).toContainText('quite gunpowder');
	await expect(
		panel.getByRole('link', { name: /Read it in the full source/ }).first()
	).toHaveAttribute('href', /\/sources\/spark-anchorage-digest#anchorage-dialogue-quote-1$/);
	await expect(page).toHaveURL(/\?event=anchorage-dialogue$/);
	await expect(
		page.getByText('Selected: High-level strategic dialogue in Anchorage')
	).toBeAttached();

	await panel.getByRole('button', { name: 'Next event' }).click();
	await expect(page).toHaveURL(/\?event=anchorage-press-conference$/);
	await page.goBack();
	await expect(page).toHaveURL(/\?event=anchorage-dialogue$/);
	await expect(
		page.getByRole('region', { name: 'High-level strategic dialogue in Anchorage' })
	).toBeVisible();

	await anchorage.focus();
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(page).not.toHaveURL(/event=/);
	await expect(anchorage).toBeFocused();
});

test('Enter on a focused event opens it', async ({ page }) => {
	const timeline = await openTimeline(page);
	await timeline.locator('[data-event-id]').first().focus();
	await page.keyboard.press('ArrowRight');
	await expect(timeline.locator('[data-event-id="anchorage-dialogue"]')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('region', { name: 'High-level strategic dialogue in Anchorage' })
	).toBeVisible();
});

test('the open event is underlined under every word its label shows, those a wider frame adds too', async ({
	page
}) => {
	// Beside the panel of a 1280 px page the frame is wider than its layout: the balloon's label,
	// cut there, shows words the layout width had no room for.
	await page.setViewportSize({ width: 1280, height: 800 });
	const timeline = await openTimeline(page, '?event=balloon-incident');
	const mark = timeline.locator('[data-event-id="balloon-incident"][aria-current="true"]');
	await expect(mark).toBeVisible();
	const shown = await mark.locator('.label, .label .more').evaluateAll((parts) =>
		parts
			.filter((part) => part.getBoundingClientRect().width > 0)
			.map((part) => ({
				words: part.classList.contains('more'),
				line: getComputedStyle(part).textDecorationLine
			}))
	);
	expect(shown.filter((part) => part.words).length).toBeGreaterThan(0);
	for (const part of shown) expect(part.line).toBe('underline');
});

test('a shared URL restores the event, the themes and the range', async ({ page }) => {
	const timeline = await openTimeline(
		page,
		'?event=bangkok-talks&themes=taiwan,climate&from=2023-06-01&to=2024-01-31'
	);
	await expect(timeline).toHaveAttribute('data-from', '2023-06-01');
	await expect(timeline).toHaveAttribute('data-to', '2024-01-31');
	await expect(page.getByRole('region', { name: /Bangkok/ })).toBeVisible();
	await expect(
		page.getByRole('button', { name: /^The Taiwan question/, pressed: true })
	).toBeVisible();
	await expect(page.getByRole('button', { name: /^Climate change/, pressed: true })).toBeVisible();
	await expect(
		page.getByRole('button', { name: /^Economy and trade/, pressed: false })
	).toBeVisible();
});

test('unknown and malformed URL values are ignored', async ({ page }) => {
	const timeline = await openTimeline(
		page,
		'?event=nope&themes=%3Cscript%3E,taiwan&from=2023-02-30&to=yesterday'
	);
	expect(await timeline.getAttribute('data-from')).toMatch(/^(2020-12|2021-01)-/);
	await expect(
		page
			.getByRole('region', { name: /./ })
			.filter({ has: page.getByRole('button', { name: 'Close event details' }) })
	).toHaveCount(0);
	await expect(
		page.getByRole('button', { name: /^The Taiwan question/, pressed: true })
	).toBeVisible();
});

test('choosing a theme highlights exactly its events and records it in the URL', async ({
	page
}) => {
	const timeline = await openTimeline(page);
	const data = await (await page.request.get('/data/timeline.json')).json();
	const taiwan = new Set(
		data.events
			.filter((event: { themes: string[] }) => event.themes.includes('taiwan'))
			.map((event: { id: string }) => event.id)
	);
	await page.getByRole('button', { name: /^The Taiwan question/ }).click();
	await expect(page).toHaveURL(/themes=taiwan/);
	await expect(page.getByRole('button', { name: /^The Taiwan question/ })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	const marks = timeline.locator('[data-event-id]');
	const states = await marks.evaluateAll((nodes) =>
		nodes.map(
			(node) => [node.getAttribute('data-event-id'), node.classList.contains('dimmed')] as const
		)
	);
	expect(states.length).toBeGreaterThan(0);
	for (const [id, dimmed] of states) expect(dimmed, id!).toBe(!taiwan.has(id!));
	await expect(timeline.locator('polyline')).toHaveCount(1);
});

test('activating a cluster zooms in to show its events apart', async ({ page }) => {
	const timeline = await openTimeline(page);
	const cluster = timeline.locator('[data-cluster]').first();
	test.skip((await cluster.count()) === 0, 'no cluster at this width');
	const [first, last] = (await cluster.getAttribute('data-cluster'))!.split(' ');
	expect(last).toBeTruthy();
	await cluster.click();
	for (const id of [first, last])
		await expect(timeline.locator(`[data-event-id="${id}"]`)).toBeVisible();
});

test('Enter on a cluster takes the focus to its first event, which stays in view all the way there', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	const timeline = await openTimeline(page);
	const clusters = await timeline.locator('[data-cluster]').count();
	expect(clusters).toBeGreaterThan(0);
	for (let index = 0; index < clusters; index++) {
		if (index) await openTimeline(page);
		const cluster = timeline.locator('[data-cluster]').nth(index);
		const [first] = (await cluster.getAttribute('data-cluster'))!.split(' ');
		await cluster.focus();
		// Every frame of the zoom shows the first event, alone or in a cluster.
		await page.evaluate((id) => {
			const seen: boolean[] = [];
			(window as unknown as { seen: boolean[] }).seen = seen;
			const frame = () => {
				seen.push(
					[...document.querySelectorAll('[aria-label="Timeline"] .mark')].some((mark) => {
						if (mark.getAttribute('data-event-id') !== id && !mark.getAttribute('data-cluster'))
							return false;
						const box = mark.getBoundingClientRect();
						return box.right > 0 && box.left < innerWidth;
					})
				);
				if (seen.length < 40) requestAnimationFrame(frame);
			};
			requestAnimationFrame(frame);
		}, first!);
		await page.keyboard.press('Enter');
		await expect(timeline.locator(`[data-event-id="${first}"]`)).toBeFocused();
		await page.waitForTimeout(700);
		await expect(timeline.locator(`[data-event-id="${first}"]`), `cluster ${index}`).toBeFocused();
		expect(
			await page.evaluate(() => (window as unknown as { seen: boolean[] }).seen)
		).not.toContain(false);
	}
});

/** The home page reached from /about by the sections' link (its history behind it), drawn live. */
async function openTimelineFromInside(page: Page) {
	await followTimelineLinkFromAbout(page);
	const timeline = page.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', /^\d{4}-\d{2}-\d{2}$/);
	return timeline;
}

test('closing an event just opened goes back that step: Back then leaves, rather than opening it again', async ({
	page
}) => {
	const timeline = await openTimelineFromInside(page);
	const panel = page.getByRole('region', { name: 'High-level strategic dialogue in Anchorage' });
	for (const close of ['button', 'Escape'] as const) {
		await timeline
			.getByRole('link', { name: /^High-level strategic dialogue in Anchorage/ })
			.click();
		await expect(panel).toBeVisible();
		await expect(page).toHaveURL(/\?event=anchorage-dialogue$/);
		if (close === 'button') await panel.getByRole('button', { name: /^Close/ }).click();
		else await page.keyboard.press('Escape');
		await expect(panel).toBeHidden();
		await expect(page).toHaveURL(/\/$/);
		await expect(page.getByText('Event details closed')).toBeAttached();
	}
	await page.goBack();
	await expect(page).toHaveURL(/\/about$/);
	// An event stepped to from another is closed as a step of its own: Back returns to it.
	await page.goForward();
	// The home page is drawn anew: its timeline taken over by the browser before a reader's click.
	await expect(timeline).toHaveAttribute('data-from', /^\d{4}-\d{2}-\d{2}$/);
	await page.waitForLoadState('networkidle');
	// And its dates at rest (the address records them 300 ms after they settle).
	await page.waitForTimeout(500);
	await timeline.getByRole('link', { name: /^High-level strategic dialogue in Anchorage/ }).click();
	await panel.getByRole('button', { name: 'Next event' }).click();
	const next = page.getByRole('region', {
		name: 'Foreign ministry briefing on the Anchorage dialogue'
	});
	await next.getByRole('button', { name: /^Close/ }).click();
	await expect(page).toHaveURL(/\/$/);
	await page.goBack();
	await expect(page).toHaveURL(/\?event=anchorage-press-conference$/);
	await expect(next).toBeVisible();
	// Back to the first event by Previous is a step too: Close does not go back past it.
	await next.getByRole('button', { name: 'Previous event' }).click();
	await panel.getByRole('button', { name: /^Close/ }).click();
	await expect(page).toHaveURL(/\/$/);
	await page.goBack();
	await expect(panel).toBeVisible();
});

test('leaving the whole record is a step Back undoes; zooming on from there is not', async ({
	page
}) => {
	const timeline = await openTimelineFromInside(page);
	const all = await visibleDays(timeline);
	const cluster = timeline.locator('[data-cluster]').first();
	await cluster.click();
	await expect(page).toHaveURL(/\?from=\d{4}-\d{2}-\d{2}&to=/);
	// Zooming and panning on replace that step rather than add to it.
	await timeline.locator('[data-event-id]').first().focus();
	await page.keyboard.press('+');
	await expect.poll(() => visibleDays(timeline)).toBeLessThan(all * 0.1);
	await page.waitForTimeout(500);
	await page.goBack();
	await expect(page).toHaveURL(/\/$/);
	await expect.poll(() => visibleDays(timeline)).toBeCloseTo(all, 0);
	await page.goBack();
	await expect(page).toHaveURL(/\/about$/);
	// And Forward brings the zoomed view back, as the address last recorded it.
	await page.goForward();
	// The home page is drawn anew, its dates at rest, before the next step is taken (a reader's
	// pace: one taken at once met the page being drawn).
	await expect(timeline).toHaveAttribute('data-from', /^\d{4}-\d{2}-\d{2}$/);
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(500);
	await page.goForward();
	await expect(page).toHaveURL(/\?from=\d{4}-\d{2}-\d{2}&to=/);
	await expect.poll(() => visibleDays(timeline)).toBeLessThan(all * 0.1);
});

for (const width of [1280, 1440])
	test(`at ${width} px a cluster's bar runs from its first event to its last, so a year it holds does not look empty`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 900 });
		const timeline = await openTimeline(page);
		const { events } = (await (await page.request.get('/data/timeline.json')).json()) as {
			events: { id: string; start: string; end?: string | null }[];
		};
		const from = Date.parse((await timeline.getAttribute('data-from'))!);
		const to = Date.parse((await timeline.getAttribute('data-to'))!);
		const frame = (await timeline.locator('.surface').boundingBox())!;
		const xOf = (date: string) => frame.x + ((Date.parse(date) - from) / (to - from)) * frame.width;
		const clusters = await timeline.locator('[data-cluster]').all();
		expect(clusters.length, 'the opening view at this width has clusters').toBeGreaterThan(0);
		for (const cluster of clusters) {
			const [firstId, lastId] = (await cluster.getAttribute('data-cluster'))!.split(' ');
			const first = events.findIndex((event) => event.id === firstId);
			const last = events.findIndex((event) => event.id === lastId);
			const ends = events
				.slice(first, last + 1)
				.map((event) => Date.parse(event.end ?? event.start));
			const reach = new Date(Math.max(...ends)).toISOString().slice(0, 10);
			// The bar is the cluster's ::after: where its box starts and ends on the page.
			const bar = await cluster.evaluate((mark) => {
				const { left, width, content } = getComputedStyle(mark, '::after');
				return {
					x: mark.getBoundingClientRect().left + parseFloat(left),
					width: parseFloat(width),
					content
				};
			});
			expect(bar.content, `${firstId}…${lastId} has a bar`).not.toBe('none');
			expect(Math.abs(bar.x - xOf(events[first]!.start)), `${firstId} bar start`).toBeLessThan(3);
			expect(Math.abs(bar.x + bar.width - xOf(reach)), `${lastId} bar end`).toBeLessThan(3);
		}
	});

// A phone's timeline is vertical (vertical.spec.ts); a tablet's is this one, pinched and tapped.
test.describe('on a touch screen', () => {
	test.use({ viewport: { width: 700, height: 900 }, hasTouch: true, isMobile: true });

	test('pinching zooms in', async ({ page }) => {
		const timeline = await openTimeline(page);
		const before = await visibleDays(timeline);
		await timeline.locator('.surface').scrollIntoViewIfNeeded();
		const box = (await timeline.locator('.surface').boundingBox())!;
		await pinch(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, 'x', 20, 150);
		await expect.poll(() => visibleDays(timeline)).toBeLessThan(before / 2);
	});

	test('a finger drawn up the timeline scrolls the page and leaves the timeline where it was', async ({
		page
	}) => {
		const timeline = await openTimeline(page, '?from=2023-01-01&to=2023-12-31');
		const surface = timeline.locator('.surface');
		const box = (await surface.boundingBox())!;
		const before = await timeline.getAttribute('data-from');
		const scrolled = await page.evaluate(() => scrollY);
		const x = box.x + box.width / 2;
		await swipeAlong(page, 'y', x, box.y + box.height - 20, box.y + 20);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrolled + 50);
		expect(await timeline.getAttribute('data-from')).toBe(before);
	});

	test('tapping an event opens it in a bottom sheet', async ({ page }) => {
		const timeline = await openTimeline(page);
		await timeline.locator('[data-event-id]').first().tap();
		const panel = page.locator('#event-panel');
		await expect(panel).toBeVisible();
		const box = (await panel.boundingBox())!;
		expect(box.width).toBeGreaterThan(600);
		expect(box.y + box.height).toBeGreaterThan(850);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			700
		);
	});

	test('tapping a cluster zooms into it and leaves no tooltip over the marks', async ({ page }) => {
		const timeline = await openTimeline(page);
		const before = await visibleDays(timeline);
		await timeline.locator('.mark.cluster').first().tap();
		await expect.poll(() => visibleDays(timeline)).toBeLessThan(before);
		// The focus went to one of its events, as the keyboard's does; a finger has no pointer to
		// move off a tooltip, which stayed over its neighbours until the next tap.
		await expect(timeline.locator('[data-event-id]:focus')).toHaveCount(1);
		await page.waitForTimeout(300);
		await expect(timeline.locator('.tooltip')).toHaveCount(0);
	});
});

test('filtering by voice keeps only events quoting it, in the URL, and the range stays put', async ({
	page
}) => {
	const timeline = await openTimeline(page);
	const data = await (await page.request.get('/data/timeline.json')).json();
	const quotingUs = data.events
		.filter((event: { excerpts: { voice: string }[] }) =>
			event.excerpts.some((excerpt) => excerpt.voice === 'us-government')
		)
		.map((event: { id: string }) => event.id);
	expect(quotingUs.length).toBeGreaterThan(1);
	const before = [await timeline.getAttribute('data-from'), await timeline.getAttribute('data-to')];

	const filter = page.getByRole('group', { name: 'Show only events quoting' });
	await filter.getByRole('button', { name: /^US government/ }).click();
	await expect(page).toHaveURL(/voices=us-government/);
	await expect(
		page.getByText(
			`Showing ${quotingUs.length} of ${data.events.length} events: those quoting US government.`
		)
	).toBeVisible();
	expect([
		await timeline.getAttribute('data-from'),
		await timeline.getAttribute('data-to')
	]).toEqual(before);
	// The list of all events below follows the filter, and its heading says so.
	const listed = page.locator('#all-events .event-list > li').filter({ visible: true });
	const listedIds = () =>
		listed.evaluateAll((items) => items.map((item) => item.id.replace(/^event-/, '')));
	const heading = page.getByRole('heading', { level: 2, name: /in order/ });
	await expect.poll(listedIds).toEqual(quotingUs);
	await expect(heading).toHaveAccessibleName(
		'The events quoting the voices chosen above, in order'
	);

	// Walking the timeline from the keyboard visits exactly the events that quote the US government.
	await page.getByRole('button', { name: 'Zoom in', exact: true }).focus();
	await page.keyboard.press('Tab');
	const focusedId = () =>
		page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
	await page.keyboard.press('Home');
	await expect.poll(focusedId).toBe(quotingUs[0]);
	for (const id of quotingUs.slice(1)) {
		await page.keyboard.press('ArrowRight');
		await expect.poll(focusedId).toBe(id);
	}

	// The view survives a reload from its URL, and clearing the filter brings every event back.
	await page.reload();
	await expect(
		page.getByText(`Showing ${quotingUs.length} of ${data.events.length} events:`)
	).toBeVisible();
	await expect.poll(listedIds).toEqual(quotingUs);
	await page.getByRole('button', { name: 'Show every event' }).click();
	// The button goes: the keyboard's focus is on the chip that was on, not lost to the page.
	await expect(filter.getByRole('button', { name: /^US government/ })).toBeFocused();
	await expect(page).not.toHaveURL(/voices=/);
	await expect(page.getByText(/^Showing \d+ of \d+ events:/)).toHaveCount(0);
	await expect(listed).toHaveCount(data.events.length);
	await expect(heading).toHaveAccessibleName(`All ${data.events.length} events, in order`);
});

test('a year pulled in to end at the right edge is not crossed by its own line', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	// 2022 begins a week before this view ends: too close to the edge for its label to follow it.
	const timeline = await openTimeline(page, '?from=2021-05-01&to=2022-01-08');
	const year = timeline.locator('.axis text.context', { hasText: '2022' });
	await expect(year).toBeVisible();
	const label = (await year.boundingBox())!;
	const lines = await timeline.locator('.axis line.period').evaluateAll((nodes) =>
		nodes.map((node) => {
			const box = node.getBoundingClientRect();
			return { x: box.x, bottom: box.bottom };
		})
	);
	const under = lines.filter((line) => line.x > label.x && line.x < label.x + label.width);
	// The year's own line stands where its digits are, and stops above them.
	expect(under.length).toBe(1);
	for (const line of under) expect(line.bottom).toBeLessThanOrEqual(label.y);
});
