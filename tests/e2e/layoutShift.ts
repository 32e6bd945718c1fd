// The Layout Instability API, as a page's reader meets it: how far things moved that the reader did
// not move (shifts right after an input are the reader's own and not counted), and what moved.
import type { Page } from '@playwright/test';

export interface LayoutShift {
	value: number;
	/** Milliseconds after the page started loading. */
	at: number;
	/** Each element that moved, with its box before and after. */
	moved: string[];
}

/** Watches the next page `page` opens; call before `goto`. */
export async function watchLayoutShifts(page: Page) {
	await page.addInitScript(() => {
		const shifts: LayoutShift[] = [];
		(window as unknown as { layoutShifts: LayoutShift[] }).layoutShifts = shifts;
		const describe = (node: Node | null) =>
			node instanceof Element
				? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}`
				: (node?.nodeName ?? 'a removed node');
		type Entry = PerformanceEntry & {
			value: number;
			hadRecentInput: boolean;
			sources?: {
				node: Node | null;
				previousRect: DOMRectReadOnly;
				currentRect: DOMRectReadOnly;
			}[];
		};
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as Entry[])
				if (!entry.hadRecentInput)
					shifts.push({
						value: entry.value,
						at: Math.round(entry.startTime),
						moved: (entry.sources ?? []).map(
							({ node, previousRect: from, currentRect: to }) =>
								`${describe(node)} from ${from.x},${from.y} ${from.width}×${from.height} to ${to.x},${to.y} ${to.width}×${to.height}`
						)
					});
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** The shifts seen so far. */
export function layoutShifts(page: Page): Promise<LayoutShift[]> {
	return page.evaluate(() => (window as unknown as { layoutShifts: LayoutShift[] }).layoutShifts);
}

/** The page's cumulative layout shift so far. */
export async function cumulativeLayoutShift(page: Page): Promise<number> {
	return (await layoutShifts(page)).reduce((sum, shift) => sum + shift.value, 0);
}
