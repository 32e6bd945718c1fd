// A reader with only a keyboard: from the home page to an event, its source, a theme filter and the presentation,
// with a visible focus indicator at every step, in both schemes.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectVisibleFocus, expectVisibleFocusOrEnd } from './focusIndicator';
import { forgiveExpectedError, PAGE_STATES } from './pageStates';

/** How many Tab stops of each page the sweep checks: the chrome, the controls and the first of the content. */
const TAB_STOPS = 40;

/** Presses Tab (or Shift+Tab) until `reached` holds, checking the focus indicator at every stop. */
async function tabUntil(
	page: Page,
	what: string,
	reached: () => Promise<boolean>,
	{ backwards = false, limit = 60 } = {}
) {
	for (let presses = 1; presses <= limit; presses++) {
		await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
		await expectVisibleFocus(page, `Tab ${presses} towards ${what}`);
		if (await reached()) return;
	}
	throw new Error(`${what} not reached in ${limit} presses of ${backwards ? 'Shift+' : ''}Tab`);
}

const focusedEventId = (page: Page) =>
	page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);

const focusedName = (page: Page) =>
	page.evaluate(() => {
		const element = document.activeElement;
		return (element?.getAttribute('aria-label') ?? element?.textContent ?? '')
			.replace(/\s+/g, ' ')
			.trim();
	});

for (const scheme of ['light', 'dark'] as const) {
	test(`keyboard only, ${scheme} scheme: timeline, event, source, back, theme filter, presentation`, async ({
		page
	}) => {
		test.setTimeout(90_000);
		await page.emulateMedia({ colorScheme: scheme });
		const order: string[] = (
			await (await page.request.get('/data/timeline.json')).json()
		).events.map((event: { id: string }) => event.id);
		await page.goto('/');
		const timeline = page.getByRole('group', { name: 'Timeline' });
		await expect(timeline).toHaveAttribute('data-from', /^\d{4}-/);

		// The timeline is one Tab stop, reached from the top of the page.
		await tabUntil(page, 'the timeline', async () => (await focusedEventId(page)) !== null);
		await expect(timeline.locator('[data-event-id]:focus')).toHaveCount(1);
		await expect(timeline.locator('[tabindex="0"]')).toHaveCount(1);
		expect(await focusedEventId(page)).toBe(order[0]);

		// Arrow keys walk the events in time order, up to Anchorage.
		const anchorage = order.indexOf('anchorage-dialogue');
		expect(anchorage).toBeGreaterThan(0);
		for (let index = 1; index <= anchorage; index++) {
			await page.keyboard.press('ArrowRight');
			await expect.poll(() => focusedEventId(page)).toBe(order[index]);
			await expectVisibleFocus(page, `ArrowRight to ${order[index]}`);
		}

		// Enter opens it.
		await page.keyboard.press('Enter');
		const panel = page.getByRole('region', { name: 'High-level strategic dialogue in Anchorage' });
		await expect(panel).toBeVisible();
		await expect(page).toHaveURL(/\?event=anchorage-dialogue$/);
		await expectVisibleFocus(page, 'Enter on Anchorage');

		// An excerpt's link leads to its place in the source.
		await tabUntil(page, 'the first excerpt’s source link', async () =>
			/^Read it in the full source/.test(await focusedName(page))
		);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/sources\/spark-anchorage-digest#anchorage-dialogue-quote-1$/);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.keyboard.press('Tab');
		await expectVisibleFocus(page, 'first Tab on the source page');

		// Back, as the browser's Alt+Left does: that key belongs to the browser's own chrome, which
		// headless Chromium does not have, so the test asks the browser directly.
		await page.goBack();
		await expect(page).toHaveURL(/\?event=anchorage-dialogue$/);
		await expect(panel).toBeVisible();

		// The legend filters by theme (its button, not the panel's link to the theme's page).
		await tabUntil(
			page,
			'the Taiwan theme in the legend',
			async () =>
				/^The Taiwan question/.test(await focusedName(page)) &&
				(await page.evaluate(() => document.activeElement?.tagName === 'BUTTON'))
		);
		await page.keyboard.press('Space');
		await expect(page).toHaveURL(/themes=taiwan/);
		await expect(
			page.getByRole('button', { name: /^The Taiwan question/, pressed: true })
		).toBeFocused();
		await expectVisibleFocus(page, 'the Taiwan theme, pressed');

		// The presentation is linked from the header.
		await tabUntil(
			page,
			'the header’s Present link',
			async () => (await focusedName(page)) === 'Present',
			{ backwards: true }
		);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/present$/);
		await expect(page.locator('#slide-1.current')).toHaveCount(1);
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('#slide-2.current')).toHaveCount(1);
		await tabUntil(page, 'the Next slide button', async () =>
			/Next slide/.test(await focusedName(page))
		);
	});
}

test('opening and closing an event in a zoomed view keeps the focus on it', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	const timeline = page.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', /\d/);
	await page.waitForLoadState('networkidle');
	await timeline.locator('.mark').first().focus();
	// Zoomed in at the end, where the panel's narrower frame draws the marks anew.
	for (const key of ['+', '+']) {
		await page.keyboard.press(key);
		await page.waitForTimeout(500);
	}
	await page.keyboard.press('End');
	await expect.poll(() => focusedEventId(page)).toBe('counter-narcotics-working-group');
	await page.keyboard.press('ArrowLeft');
	await expect.poll(() => focusedEventId(page)).toBe('bangkok-talks');
	await page.waitForTimeout(500);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('region', { name: /Bangkok/ })).toBeVisible();
	await expect.poll(() => focusedEventId(page)).toBe('bangkok-talks');
	await expectVisibleFocus(page, 'the opened event');
	await page.keyboard.press('Escape');
	await expect(page.getByRole('region', { name: /Bangkok/ })).toHaveCount(0);
	await expect.poll(() => focusedEventId(page)).toBe('bangkok-talks');
});

test('closing an event folded into a cluster beside the panel gives the focus to that cluster', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/?event=south-china-sea-intercept');
	const timeline = page.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', /\d/);
	await page.waitForLoadState('networkidle');
	const panel = page.getByRole('region', { name: /intercept/i });
	await expect(panel).toBeVisible();
	// Open, the event is drawn alone; closed, the frame beside the panel folds it into a cluster.
	await panel.getByRole('button', { name: /Close/ }).focus();
	await page.keyboard.press('Enter');
	await expect(panel).toHaveCount(0);
	await expect
		.poll(() =>
			page.evaluate(() => {
				const focused = document.activeElement as HTMLElement;
				return focused.dataset.eventId ?? (focused.dataset.cluster ? 'a cluster' : focused.tagName);
			})
		)
		.toMatch(/^(south-china-sea-intercept|a cluster)$/);
	await expectVisibleFocus(page, 'the closed event’s mark or cluster');
});

test('the focus check fails on a missing or faint focus indicator', async ({ page }) => {
	await page.goto('/about');
	const link = page.getByRole('link', { name: 'Themes', exact: true }).first();
	await page.addStyleTag({ content: ':focus-visible { outline: none !important; }' });
	await link.focus();
	await expect(expectVisibleFocus(page, 'no outline')).rejects.toThrow(/no focus indicator/);
	await page.addStyleTag({
		content: ':focus-visible { outline: 3px solid #eeeeee !important; }'
	});
	await page.emulateMedia({ colorScheme: 'light' });
	await link.blur();
	await link.focus();
	await expect(expectVisibleFocus(page, 'faint outline')).rejects.toThrow(/against its background/);
});

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`every Tab stop shows where focus is, ${scheme} scheme`, () => {
		for (const state of PAGE_STATES) {
			test(state.name, async ({ page, pageErrors }) => {
				await page.emulateMedia({ colorScheme: scheme });
				await state.open(page, scheme);
				forgiveExpectedError(state, pageErrors);
				for (let stop = 1; stop <= TAB_STOPS; stop++) {
					await page.keyboard.press('Tab');
					// Past the last stop (or on a page with none, like the handout), focus leaves the
					// page for the browser: the sweep is done.
					if (!(await expectVisibleFocusOrEnd(page, `Tab stop ${stop}`))) break;
				}
			});
		}
	});
}

test('a button that can do no more hands the focus to its neighbour, not to the page', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	const timeline = page.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', /\d/);
	const zoomIn = page.getByRole('button', { name: 'Zoom in' });
	const zoomOut = page.getByRole('button', { name: 'Zoom out' });
	const showAll = page.getByRole('button', { name: 'Show all' });
	await expect(zoomOut).toBeDisabled();
	for (const last of [zoomOut, showAll]) {
		await zoomIn.focus();
		await page.keyboard.press('Enter');
		await expect(last).toBeEnabled();
		// Zoom out once and all is shown, Show all at once: the button is done and leaves the tab
		// order, and the focus goes to Zoom in, visibly.
		await last.focus();
		await page.keyboard.press('Enter');
		await expect(last).toBeDisabled();
		await expect(zoomIn).toBeFocused();
		await expectVisibleFocus(page, 'Zoom in, after the done button');
		// The next Tab leads on into the timeline, not back to the top of the page.
		await page.keyboard.press('Tab');
		await expect(timeline.locator('a.mark:focus')).toHaveCount(1);
	}
	// The event panel's Next, at the last event: Previous takes the focus.
	await page.goto('/?event=bangkok-talks');
	const next = page.getByRole('button', { name: 'Next event' });
	await next.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('region', { name: /counter-narcotics/i })).toBeVisible();
	await expect(next).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Previous event' })).toBeFocused();
});

test("the timeline's Tab stop is a mark in view, not one drawn left of the frame for its label", async ({
	page
}) => {
	await page.setViewportSize({ width: 720, height: 600 });
	// A range that starts after Bali: Bali's mark is drawn left of the frame, its label reaching in.
	await page.goto('/embed?from=2023-01-01&to=2023-12-31&controls=hide');
	const timeline = page.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', /^2023-01/);
	await tabUntil(page, 'the timeline', async () => (await focusedEventId(page)) !== null);
	const frame = (await timeline.locator('.surface').boundingBox())!;
	const mark = (await page.locator('a.mark:focus').boundingBox())!;
	const node = mark.x + (mark.width < 30 ? mark.width / 2 : 12);
	expect(node, `the focused mark (${await focusedName(page)})`).toBeGreaterThanOrEqual(frame.x);
	expect(node).toBeLessThanOrEqual(frame.x + frame.width);
	expect(await focusedName(page)).toMatch(/2023/);
});
