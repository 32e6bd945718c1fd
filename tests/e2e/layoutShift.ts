// The Layout Instability API, as a page's reader meets it: how far things moved that the reader did
// not move (shifts right after an input are the reader's own and not counted).
import type { Page } from '@playwright/test';

/** Watches the next page `page` opens; call before `goto`. */
export async function watchLayoutShifts(page: Page) {
	await page.addInitScript(() => {
		(window as unknown as { layoutShift: number }).layoutShift = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
			})[])
				if (!entry.hadRecentInput)
					(window as unknown as { layoutShift: number }).layoutShift += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** The page's cumulative layout shift so far. */
export function cumulativeLayoutShift(page: Page): Promise<number> {
	return page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
}
