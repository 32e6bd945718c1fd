// The phone timeline's rows, as the end-to-end tests read them.
import type { Locator } from '@playwright/test';

/** The gap above an event's row: the time since the event before, at the view's density, px. */
export async function gapAbove(timeline: Locator, id: string): Promise<number> {
	return timeline
		.locator('.row', { has: timeline.page().locator(`[data-event-id="${id}"]`) })
		.evaluate((row) => parseFloat(getComputedStyle(row).paddingTop));
}
