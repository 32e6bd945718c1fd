// Never lost: a view with no event in it says so and offers the nearest events either side, and
// zooming in never leaves a reader on an empty stretch without that. On a phone, where the timeline
// is a row per event, an empty stretch is a gap: asked for, it opens on the next event.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const DAY = 86_400_000;

async function openView(page: Page, from: string, to: string) {
	await page.goto(`/?from=${from}&to=${to}`);
	const timeline = page.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', from);
	return timeline;
}

async function visibleDays(timeline: Locator): Promise<number> {
	// Both dates read at one instant: read apart, a move under way changes the second.
	return timeline.evaluate(
		(frame, day) =>
			(Date.parse(frame.getAttribute('data-to')!) - Date.parse(frame.getAttribute('data-from')!)) /
			day,
		DAY
	);
}

/** Marks whose node is inside the frame. */
async function marksInView(timeline: Locator): Promise<number> {
	return timeline.locator('.surface').evaluate((surface) => {
		const frame = surface.getBoundingClientRect();
		return [...surface.querySelectorAll('a.mark .node')].filter((node) => {
			const box = node.getBoundingClientRect();
			const centre = box.left + box.width / 2;
			return box.width > 0 && centre >= frame.left && centre <= frame.right;
		}).length;
	});
}

for (const { width, height, scheme } of [
	{ width: 1440, height: 900, scheme: 'light' as const },
	{ width: 1440, height: 900, scheme: 'dark' as const }
]) {
	test.describe(`at ${width} × ${height}, ${scheme}`, () => {
		test.use({ viewport: { width, height }, colorScheme: scheme });

		test('an empty week says so and leads to the events before and after it', async ({ page }) => {
			const timeline = await openView(page, '2022-02-01', '2022-02-08');
			const empty = timeline.getByRole('status');
			await expect(empty).toContainText('No events in this view.');
			expect(await marksInView(timeline)).toBe(0);
			const before = empty.getByRole('button', { name: /Blinken at the NATO foreign ministers/ });
			const after = empty.getByRole('button', { name: /Biden–Xi meeting in Bali/ });
			await expect(before).toContainText('2021');
			await expect(after).toContainText('Nov 2022');

			// By keyboard: the next event comes into view at the same zoom, and the notice goes.
			const days = await visibleDays(timeline);
			await after.focus();
			await page.keyboard.press('Enter');
			await expect(timeline.locator('[data-event-id="bali-summit"] .node')).toBeInViewport();
			await expect(empty).toHaveCount(0);
			expect(await marksInView(timeline)).toBeGreaterThan(0);
			expect(Math.abs((await visibleDays(timeline)) - days)).toBeLessThanOrEqual(1);
			await expect(timeline).toHaveAttribute('data-from', /^2022-11-/);

			// And back.
			await page.goto('/?from=2022-02-01&to=2022-02-08');
			await timeline.getByRole('button', { name: /Blinken at the NATO/ }).click();
			await expect(timeline).toHaveAttribute('data-from', /^2021-0[34]-/);
			// The address follows the view as it moves; the marks are drawn once it has arrived.
			await expect.poll(() => marksInView(timeline)).toBeGreaterThan(0);
		});

		test('zooming in to the closest never leaves the view empty without saying so', async ({
			page
		}) => {
			// The Bali summit (14 November 2022) near the right edge; the zoom keeps the centre.
			const timeline = await openView(page, '2022-08-01', '2022-11-20');
			const zoomIn = page.getByRole('button', { name: 'Zoom in' });
			let sawEmpty = false;
			for (let step = 0; step < 12 && (await zoomIn.isEnabled()); step++) {
				await zoomIn.click();
				await expect(timeline).not.toHaveAttribute('data-from', '2022-08-01');
				await page.waitForTimeout(400);
				const shown = await marksInView(timeline);
				const notice = await timeline.getByRole('status').count();
				expect(shown > 0 || notice === 1, `step ${step}: ${shown} marks, notice ${notice}`).toBe(
					true
				);
				if (notice) sawEmpty = true;
			}
			expect(sawEmpty).toBe(true);
		});
	});
}

test('an event drawn at the frame’s edge is in view: no notice covers it', async ({ page }) => {
	// One zoom in on the Taiwan theme's page ends the view on 3 June 2023, where the warship
	// event's mark is drawn half in the frame, its label inside.
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/themes/taiwan');
	const timeline = page.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', /\d/);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect(timeline).toHaveAttribute('data-to', '2023-06-03');
	const touching = await timeline.locator('.surface').evaluate((surface) => {
		const frame = surface.getBoundingClientRect();
		return [...surface.querySelectorAll('a.mark .node')].filter((node) => {
			const box = node.getBoundingClientRect();
			return box.width > 0 && box.right > frame.left && box.left < frame.right;
		}).length;
	});
	expect(touching).toBeGreaterThan(0);
	await page.waitForTimeout(300);
	await expect(timeline.getByRole('status')).toHaveCount(0);
	await timeline
		.locator('[data-event-id="taiwan-strait-destroyer-encounter"]')
		.click({ trial: true });
});

test.describe('at 390 × 844, on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });

	/** Event rows on the screen. */
	const rowsOnScreen = (page: Page) =>
		page.evaluate(
			() =>
				[...document.querySelectorAll('.rows .entry')].filter((row) => {
					const box = row.getBoundingClientRect();
					return box.bottom > 0 && box.top < innerHeight;
				}).length
		);

	test('an empty week opens on the next event, the one before a scroll up', async ({ page }) => {
		const timeline = await openView(page, '2022-02-01', '2022-02-08');
		await expect(timeline.getByRole('status')).toHaveCount(0);
		await expect(timeline.locator('.rows [data-event-id="bali-summit"]')).toBeInViewport();
		await page.mouse.wheel(0, -400);
		await expect(
			timeline.locator('.rows [data-event-id="blinken-nato-brussels"]')
		).toBeInViewport();
	});

	test('zooming in to the closest always leaves an event on the screen', async ({ page }) => {
		await openView(page, '2022-08-01', '2022-11-20');
		const zoomIn = page.getByRole('button', { name: 'Zoom in' });
		let steps = 0;
		for (; steps < 12 && (await zoomIn.isEnabled()); steps++) {
			await zoomIn.click();
			await page.waitForTimeout(100);
			expect(await rowsOnScreen(page), `step ${steps}`).toBeGreaterThan(0);
		}
		expect(steps).toBeGreaterThan(2);
		await expect(zoomIn).toBeDisabled();
	});
});
