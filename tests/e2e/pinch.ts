// A two-finger pinch as a touch screen sends it (Chrome's DevTools protocol): the fingers start
// `from` px either side of a point and spread to `to` px, along one axis.
import type { Page } from '@playwright/test';

export async function pinch(
	page: Page,
	centre: { x: number; y: number },
	axis: 'x' | 'y',
	from: number,
	to: number
): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	const fingers = (spread: number) =>
		[-spread, spread].map((offset, index) => ({
			x: axis === 'x' ? centre.x + offset : centre.x,
			y: axis === 'y' ? centre.y + offset : centre.y,
			id: index + 1
		}));
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(from) });
	for (let spread = from + 10; spread <= to; spread += 10)
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(spread) });
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await cdp.detach();
}

/** One finger drawn across the screen at height `y`, from x `from` to x `to` px, as a touch screen sends it. */
export async function swipeAcross(page: Page, y: number, from: number, to: number): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	const step = from < to ? 20 : -20;
	await cdp.send('Input.dispatchTouchEvent', {
		type: 'touchStart',
		touchPoints: [{ x: from, y, id: 1 }]
	});
	for (let x = from + step; step > 0 ? x <= to : x >= to; x += step)
		await cdp.send('Input.dispatchTouchEvent', {
			type: 'touchMove',
			touchPoints: [{ x, y, id: 1 }]
		});
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await cdp.detach();
}
