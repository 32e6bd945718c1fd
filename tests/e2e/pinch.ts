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

/**
 * One finger drawn along `axis` at `at` (the other coordinate), from `from` to `to` px, as a touch
 * screen sends it.
 */
export async function swipeAlong(
	page: Page,
	axis: 'x' | 'y',
	at: number,
	from: number,
	to: number
): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	const point = (along: number) => [
		axis === 'x' ? { x: along, y: at, id: 1 } : { x: at, y: along, id: 1 }
	];
	const step = from < to ? 20 : -20;
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
	for (let along = from + step; step > 0 ? along <= to : along >= to; along += step)
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(along) });
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await cdp.detach();
}

/** One finger drawn across the screen at height `y`, from x `from` to x `to` px. */
export const swipeAcross = (page: Page, y: number, from: number, to: number) =>
	swipeAlong(page, 'x', y, from, to);
