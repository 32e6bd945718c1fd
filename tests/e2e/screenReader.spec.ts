// What a screen-reader user gets from the timeline: how to use it, what was selected, and a way to the plain event list.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function openTimeline(page: Page) {
	await page.goto('/');
	const timeline = page.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', /^\d{4}-/);
	return timeline;
}

test('the timeline says how to use it with the keyboard', async ({ page }) => {
	const timeline = await openTimeline(page);
	await expect(timeline).toHaveAccessibleDescription(/arrow keys/i);
	await expect(timeline).toHaveAccessibleDescription(/Enter to open/i);
	await expect(timeline).toHaveAccessibleDescription(/Home and End/i);
	await expect(timeline).toHaveAccessibleDescription(/zoom/i);
	// The range in words: all the events' at first, then the view's once zoomed.
	await expect(timeline).toHaveAccessibleDescription(
		/^Events from 10 February 2021 to 30 January 2024\./
	);
	await page.goto('/?from=2022-01-01&to=2022-12-31');
	await expect(timeline).toHaveAccessibleDescription(
		/^Showing 1 January 2022 to 31 December 2022\./
	);
});

test('every mark is named with its title, date and kind, and where its date comes from the public record, so', async ({
	page
}) => {
	const timeline = await openTimeline(page);
	// The documents date the briefing; the dialogue's days come from the public record.
	await expect(
		timeline.locator('[data-event-id="anchorage-press-conference"]')
	).toHaveAccessibleName(
		'Foreign ministry briefing on the Anchorage dialogue, 22 March 2021, Press briefing'
	);
	await expect(timeline.locator('[data-event-id="anchorage-dialogue"]')).toHaveAccessibleName(
		'High-level strategic dialogue in Anchorage, 18–19 March 2021 (date from the public record), Strategic dialogue'
	);
	await timeline.locator('[data-event-id="anchorage-dialogue"]').hover();
	await expect(page.locator('.timeline-tooltip')).toHaveText(
		/^\s*18–19 March 2021 \(date from the public record\)\s*High-level strategic dialogue/
	);
});

test('selecting, stepping through and closing events are announced in a live region', async ({
	page
}) => {
	const timeline = await openTimeline(page);
	// The live region is in the page, empty, before anything happens: only changes are announced.
	const live = page.locator('.explorer [aria-live="polite"]');
	await expect(live).toHaveCount(1);
	await expect(live).toHaveText('');

	await timeline.locator('[data-event-id]').first().focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Enter');
	await expect(live).toHaveText(
		/^Selected: High-level strategic dialogue in Anchorage, 18–19 March 2021/
	);

	const panel = page.getByRole('region', { name: 'High-level strategic dialogue in Anchorage' });
	await panel.getByRole('button', { name: 'Next event' }).click();
	await expect(live).toHaveText(/^Selected: Foreign ministry briefing on the Anchorage dialogue/);

	await page.keyboard.press('Escape');
	await expect(live).toHaveText('Event details closed');
});

test('the list of every event stays reachable: a landmark, a heading and a skip link past the timeline', async ({
	page
}) => {
	await openTimeline(page);
	const list = page.getByRole('region', { name: /events, in order/ });
	await expect(list).toBeVisible();
	await expect(list.getByRole('heading', { level: 2, name: /events, in order/ })).toBeVisible();
	await expect(list.getByRole('list', { name: /events, in order/ })).toBeVisible();

	const skip = page.getByRole('link', { name: 'Skip the timeline to the list of events' });
	await page.getByRole('heading', { level: 1 }).click();
	for (
		let presses = 0;
		presses < 5 && !(await skip.evaluate((link) => link === document.activeElement));
		presses++
	)
		await page.keyboard.press('Tab');
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	// Shown over the zoom buttons, not pushing them and the timeline down.
	const blurred = await page.evaluate(() => {
		(document.activeElement as HTMLElement).blur();
		return document.querySelector('.surface')!.getBoundingClientRect().top;
	});
	await skip.focus();
	expect(
		await page.locator('.surface').evaluate((surface) => surface.getBoundingClientRect().top)
	).toBe(blurred);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#all-events$/);
	// The next Tab goes into the list, past the timeline, its legend and any open panel.
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => !!document.activeElement?.closest('#all-events'))).toBe(true);
});

test('a filter chip says its count of events in the singular for one', async ({ page }) => {
	const { events } = (await (await page.request.get('/data/timeline.json')).json()) as {
		events: { themes: string[] }[];
	};
	const count = events.filter((event) => event.themes.includes('diplomatic-operations')).length;
	await openTimeline(page);
	await page.getByText('Highlight themes').first().click();
	await expect(
		page.getByRole('button', { name: /^Diplomats, missions and media/ })
	).toHaveAccessibleName(
		`Diplomats, missions and media ${count} ${count === 1 ? 'event' : 'events'}`
	);
	expect(count).toBe(1);
});
