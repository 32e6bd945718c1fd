// Reflow and text resizing (WCAG 1.4.10, 1.4.4): at 320 px wide, and with text at 200% on a desktop, no page scrolls sideways
// and every control stays within reach.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { forgiveExpectedError, PAGE_STATES } from './pageStates';

interface Overflow {
	scrollWidth: number;
	clientWidth: number;
	/** Controls that stick out of the page sideways, outside any box that scrolls or clips on purpose. */
	outside: string[];
	/** How many controls were looked at (the handout has none). */
	controls: number;
}

/** Runs in the page. */
function measureOverflow(): Overflow {
	const root = document.documentElement;
	const width = root.clientWidth;
	// A box that scrolls sideways (a wide table, a slide) may hold content past the edge: the reader
	// scrolls it. A box that clips must hold its controls, except the timeline, which pans.
	const reachable = (element: Element, box: DOMRect) => {
		for (let node = element.parentElement; node && node !== root; node = node.parentElement) {
			const overflow = getComputedStyle(node).overflowX;
			if (overflow === 'visible') continue;
			if (overflow === 'auto' || overflow === 'scroll') return 'scrolls';
			if (node.matches('[role="group"][aria-label="Timeline"] *')) return 'pans';
			const clip = node.getBoundingClientRect();
			if (box.left < clip.left - 0.5 || box.right > clip.right + 0.5) return 'clipped';
		}
		return 'in the page';
	};
	const outside: string[] = [];
	let controls = 0;
	for (const element of document.querySelectorAll(
		'a[href], button, input, select, textarea, summary'
	)) {
		if (!element.checkVisibility({ visibilityProperty: true })) continue;
		if (element.closest('[inert], .visually-hidden, .visually-hidden-focusable:not(:focus)'))
			continue;
		const box = element.getBoundingClientRect();
		if (box.width === 0 || box.height === 0) continue;
		const where = reachable(element, box);
		if (where === 'scrolls' || where === 'pans') continue;
		controls++;
		if (where === 'clipped' || box.left < -0.5 || box.right > width + 0.5)
			outside.push(
				`<${element.tagName.toLowerCase()}> ${(element.textContent ?? '').trim().slice(0, 40)} spans ${box.left.toFixed(0)}–${box.right.toFixed(0)} px of ${width}${where === 'clipped' ? ', cut off by its box' : ''}`
			);
	}
	return { scrollWidth: root.scrollWidth, clientWidth: width, outside, controls };
}

/**
 * The font size of the first visible paragraph, px, outside the timeline's lanes (whose words grow
 * only as far as a lane holds them; TimelineMarks.svelte). Runs in the page.
 */
function readingSize(): number {
	const paragraph = [...document.querySelectorAll('p')].find(
		(element) =>
			element.checkVisibility({ visibilityProperty: true }) &&
			!element.closest('.visually-hidden, .surface') &&
			(element.textContent ?? '').trim().length > 0
	);
	return paragraph ? parseFloat(getComputedStyle(paragraph).fontSize) : NaN;
}

async function expectNoSidewaysScroll(page: Page) {
	// Let a layout that follows the width (the timeline) settle.
	await page.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
	);
	const overflow = await page.evaluate(measureOverflow);
	expect(overflow.outside, 'controls outside the page').toEqual([]);
	expect(overflow.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(
		overflow.clientWidth
	);
}

test.describe('at 320 × 640', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	for (const state of PAGE_STATES.filter((state) => !state.widerThanPhone)) {
		test(`${state.name} reflows`, async ({ page, pageErrors }) => {
			await state.open(page, 'light');
			forgiveExpectedError(state, pageErrors);
			await expectNoSidewaysScroll(page);
		});
	}
});

test.describe('at 320 × 640, a theme whose name has a long word', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	test('its heading wraps rather than push the page sideways', async ({ page }) => {
		await page.goto('/themes/military-communication');
		await expectNoSidewaysScroll(page);
	});

	test("every theme's heading keeps each word on one line", async ({ page }) => {
		await page.goto('/themes');
		const paths = await page
			.locator('main a[href^="/themes/"]')
			.evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')!))]);
		expect(paths.length).toBeGreaterThan(3);
		for (const path of paths) {
			await page.goto(path);
			// A word broken inside itself has one box per line it takes (a break after a hyphen is a
			// word's own).
			const broken = await page.locator('h1').evaluate((heading) => {
				const text = [...heading.childNodes].find(
					(node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()
				)!;
				const words: string[] = [];
				for (const match of text.textContent!.matchAll(/[^\s-]+/g)) {
					const range = document.createRange();
					range.setStart(text, match.index);
					range.setEnd(text, match.index + match[0].length);
					if (new Set([...range.getClientRects()].map((box) => Math.round(box.top))).size > 1)
						words.push(match[0]);
				}
				return words;
			});
			expect(broken, `${path}: words broken inside themselves`).toEqual([]);
		}
	});
});

// An article's column of 360 px or less: the frame is about 328 px wide, and a long theme's name
// in the folded legend, or its chip, held it wider, cutting "Show all" and the tone strip's button.
for (const width of [320, 328, 360])
	test(`an embed ${width} px wide highlighting a theme with a long name wraps within its frame`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 640 });
		await page.goto('/embed?themes=taiwan,military-communication');
		const legend = page.locator('summary').filter({ hasText: 'Highlight themes' });
		await expect(legend).toContainText('Military encounters and communication');
		await expectNoSidewaysScroll(page);
		await legend.click();
		await expect(page.getByRole('button', { name: /^Military encounters/ })).toBeVisible();
		await expectNoSidewaysScroll(page);
		// The marker stays beside the first line of its name, never alone at the end of a line.
		const apart = await legend.locator('.chosen').evaluateAll(
			(names) =>
				names.filter((name) => {
					const marker = name.querySelector('.marker')!.getBoundingClientRect();
					const first = name.getClientRects()[0]!;
					const middle = (marker.top + marker.bottom) / 2;
					return middle < first.top || middle > first.bottom || marker.right > first.left + 20;
				}).length
		);
		expect(apart).toBe(0);
	});

// A phone's reader who sets large text: pages with columns and a header of controls.
test.describe('text at 200% on a 390 × 844 phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	for (const path of ['/', '/events/anchorage-dialogue', '/themes/military-communication']) {
		test(`${path} reflows, its header a name and two buttons`, async ({ page }) => {
			await page.goto(path);
			await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
			await expectNoSidewaysScroll(page);
			// The site's name keeps whole words on its lines: where the buttons leave it too little
			// room beside them, they move under it.
			const name = (await page.locator('.site-name').boundingBox())!;
			expect(name.width).toBeGreaterThan(200);
			expect((await page.locator('header.site-header').boundingBox())!.height).toBeLessThan(
				844 / 3
			);
			// The skip link waits above the page, however many lines it takes, until it has focus.
			const skip = page.getByRole('link', { name: 'Skip to content' });
			expect(
				(await skip.boundingBox())!.y + (await skip.boundingBox())!.height
			).toBeLessThanOrEqual(0);
			await page.keyboard.press('Tab');
			await expect(skip).toBeFocused();
			await expect(skip).toBeInViewport({ ratio: 1 });
		});
	}

	test('a source’s details put each value under its name, across the column', async ({ page }) => {
		await page.goto('/sources/spark-anchorage-digest');
		await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
		await expectNoSidewaysScroll(page);
		const column = (await page.locator('article.source').boundingBox())!;
		for (const value of await page.locator('.meta dd').all())
			expect((await value.boundingBox())!.width).toBeGreaterThan(column.width * 0.9);
	});
});

test.describe('text at 200% on a 320 × 640 phone', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	test('the home page, its timeline and filters reflow', async ({ page }) => {
		await page.goto('/');
		await page.waitForLoadState('networkidle');
		await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
		await expectNoSidewaysScroll(page);
	});

	// Each was wider than the phone: a theme's bold name (388 px), the embed's least width in rem
	// (560 px), the builder's fieldsets and select (334 px), the worksheet's chooser (572 px).
	for (const path of ['/themes', '/embed', '/embed/builder', '/present/worksheet'])
		test(`${path} reflows`, async ({ page }) => {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
			if (path === '/present/worksheet')
				await page.getByText(/^Choose the questions to print/).click();
			await expectNoSidewaysScroll(page);
		});
});

test.describe('text at 175% on a 320 × 640 phone, the timeline’s rows', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	test('break no word of a date or title inside itself', async ({ page }) => {
		await page.goto('/');
		await page.waitForLoadState('networkidle');
		await page.addStyleTag({ content: 'html { font-size: 175% !important; }' });
		await expect(page.locator('.rows .entry').first()).toBeVisible();
		// A word broken inside itself has one box per line it takes (a break after a dash is the
		// word's own). Beside an empty date column's gap, within 28 px margins, "surveillance",
		// "destroyer’s" and "Kritenbrink" broke.
		const broken = await page.locator('.rows .entry').evaluateAll((entries) =>
			entries.flatMap((entry) =>
				[...entry.querySelectorAll('.when, .title')].flatMap((part) => {
					const text = part.firstChild!;
					return [...text.textContent!.matchAll(/[^\s–-]+/g)].flatMap((match) => {
						const range = document.createRange();
						range.setStart(text, match.index);
						range.setEnd(text, match.index + match[0].length);
						const lines = new Set([...range.getClientRects()].map((box) => Math.round(box.top)));
						return lines.size > 1 ? [match[0]] : [];
					});
				})
			)
		);
		expect(broken).toEqual([]);
	});
});

test.describe('text at 200% on a 390 × 844 phone, the timeline’s rows', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	test('set each date above its title, titles whole across the row, buttons clear of the year', async ({
		page
	}) => {
		await page.goto('/');
		await page.waitForLoadState('networkidle');
		await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
		const rows = page.locator('.rows');
		await expect(rows.locator('.entry').first()).toBeVisible();
		const entries = await rows.locator('.entry').evaluateAll((links) =>
			links.slice(0, 6).map((link) => {
				const box = (selector: string) => link.querySelector(selector)!.getBoundingClientRect();
				return { when: box('.when'), title: box('.title'), row: link.getBoundingClientRect() };
			})
		);
		for (const { when, title, row } of entries) {
			expect(when.bottom, 'the date above its title').toBeLessThanOrEqual(title.top + 1);
			// Beside a date column the title had 60–75 px and broke inside its words.
			expect(title.width / row.width).toBeGreaterThan(0.6);
		}
		// The spine still runs through the middle of each event's shape.
		const offCentre = await rows.locator('.row').evaluateAll((rowElements) =>
			rowElements.slice(0, 6).map((row) => {
				const spine =
					row.getBoundingClientRect().left + parseFloat(getComputedStyle(row, '::before').left) + 1;
				const node = row.querySelector('.node')!.getBoundingClientRect();
				return Math.abs(spine - (node.left + node.width / 2));
			})
		);
		for (const distance of offCentre) expect(distance).toBeLessThan(1.5);
		const year = (await rows.locator('.year-heading').first().boundingBox())!;
		for (const button of await page.locator('.zoom-controls .button').all()) {
			const box = (await button.boundingBox())!;
			expect(box.y + box.height <= year.y + 1 || box.y >= year.y + year.height - 1).toBe(true);
		}
	});
});

test.describe('text at 200% on a 1280 × 800 screen', () => {
	test.use({ viewport: { width: 1280, height: 800 } });
	for (const state of PAGE_STATES) {
		test(`${state.name} keeps its controls in reach`, async ({ page, pageErrors }) => {
			await state.open(page, 'light');
			forgiveExpectedError(state, pageErrors);
			const before = await page.evaluate(readingSize);
			await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
			// The text really grows: sizes in viewport units alone would not (WCAG failure F94).
			expect((await page.evaluate(readingSize)) / before).toBeGreaterThanOrEqual(1.9);
			await expectNoSidewaysScroll(page);
		});
	}
});
