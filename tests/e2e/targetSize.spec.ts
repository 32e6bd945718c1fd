// Pointer targets of at least 24 × 24 CSS px, or spaced so a 24 px circle around each touches no other (WCAG 2.2, 2.5.8),
// and the timeline's marks answer a click anywhere in their hit area.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const MINIMUM = 24;

interface Target {
	name: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * Every visible pointer target on the page, in page coordinates. Runs in the page.
 *
 * The rule, following WCAG's exceptions:
 * - a target is a link, button, form field, summary, or anything with a tabindex or a widget role;
 * - a link inside running text is exempt ("Inline": its size is set by the line of text): it is
 *   laid out inline and the block it sits in has text of its own beside the link;
 * - a form field inside its label counts as the label (clicking the label is clicking the field);
 * - targets hidden (also visually hidden until focused, like a skip link), inert or outside
 *   their clipping box are not targets.
 */
function findTargets(): Target[] {
	const SELECTOR = [
		'a[href]',
		'button',
		'input:not([type="hidden"])',
		'select',
		'textarea',
		'summary',
		// tabindex="-1" only lets a script focus it (the skip link's <main>): not a pointer target.
		'[tabindex]:not([tabindex="-1"])',
		'[role="button"]',
		'[role="link"]',
		'[role="option"]',
		'[role="checkbox"]',
		'[role="radio"]',
		'[role="tab"]',
		'[role="switch"]'
	].join(',');
	const isInlineInText = (element: Element) => {
		if (getComputedStyle(element).display !== 'inline') return false;
		let block = element.parentElement;
		while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
		if (!block) return false;
		// The block's own words, with every link and button taken out.
		const copy = block.cloneNode(true) as Element;
		copy.querySelectorAll(SELECTOR).forEach((node) => node.remove());
		return /[\p{L}\p{N}]{2,}/u.test(copy.textContent ?? '');
	};
	const clippedAway = (element: Element, box: DOMRect) => {
		const centreX = box.left + box.width / 2;
		const centreY = box.top + box.height / 2;
		for (let node = element.parentElement; node; node = node.parentElement) {
			const style = getComputedStyle(node);
			if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
			const clip = node.getBoundingClientRect();
			if (
				centreX < clip.left ||
				centreX > clip.right ||
				centreY < clip.top ||
				centreY > clip.bottom
			)
				return true;
		}
		return false;
	};
	const targets: Target[] = [];
	const seen = new Set<Element>();
	for (const found of document.querySelectorAll(SELECTOR)) {
		// Hidden from sight (inert, or the site's visually-hidden pattern until focused).
		if (
			found.closest(
				'[inert], [aria-hidden="true"], .visually-hidden, .visually-hidden-focusable:not(:focus)'
			)
		)
			continue;
		// A field wrapped in its label: the label is what a pointer aims at.
		const element = (found.matches('input, select, textarea') && found.closest('label')) || found;
		if (seen.has(element)) continue;
		seen.add(element);
		if (!element.checkVisibility({ visibilityProperty: true })) continue;
		if (getComputedStyle(element).pointerEvents === 'none') continue;
		const box = element.getBoundingClientRect();
		if (box.width === 0 || box.height === 0) continue;
		if (element.matches('a') && isInlineInText(element)) continue;
		if (clippedAway(element, box)) continue;
		targets.push({
			name: `<${element.tagName.toLowerCase()}> ${(element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)}`,
			x: box.left + scrollX,
			y: box.top + scrollY,
			width: box.width,
			height: box.height
		});
	}
	return targets;
}

/** How far a point lies from a box (0 inside it). */
function distanceToBox(px: number, py: number, box: Target): number {
	const dx = Math.max(box.x - px, 0, px - (box.x + box.width));
	const dy = Math.max(box.y - py, 0, py - (box.y + box.height));
	return Math.hypot(dx, dy);
}

/**
 * Targets that are too small and too crowded: smaller than 24 × 24, and a 24 px circle centred on
 * them reaches another target's box or another small target's circle. Sub-pixel rounding is allowed.
 */
function crowdedSmallTargets(targets: readonly Target[]): string[] {
	const small = (target: Target) => target.width < MINIMUM - 0.5 || target.height < MINIMUM - 0.5;
	const centre = (target: Target) => [target.x + target.width / 2, target.y + target.height / 2];
	const problems: string[] = [];
	for (const target of targets.filter(small)) {
		const [cx, cy] = centre(target);
		const crowding = targets.find((other) => {
			if (other === target) return false;
			if (distanceToBox(cx!, cy!, other) < MINIMUM / 2 - 0.5) return true;
			const [ox, oy] = centre(other);
			return small(other) && Math.hypot(cx! - ox!, cy! - oy!) < MINIMUM - 0.5;
		});
		if (crowding)
			problems.push(
				`${target.name} is ${target.width.toFixed(1)} × ${target.height.toFixed(1)} px, too close to ${crowding.name}`
			);
	}
	return problems;
}

async function expectTargetsLargeOrSpaced(page: Page) {
	const targets = await page.evaluate(findTargets);
	expect(targets.length).toBeGreaterThan(3);
	expect(crowdedSmallTargets(targets), 'targets smaller than 24 × 24 px and too close').toEqual([]);
}

async function timelineReady(page: Page) {
	await expect(page.getByRole('group', { name: 'Timeline' })).toHaveAttribute(
		'data-from',
		/^\d{4}-/
	);
}

const PAGES: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
	{ name: 'home', path: '/', ready: timelineReady },
	{ name: 'home with an event open', path: '/?event=anchorage-dialogue', ready: timelineReady },
	{
		name: 'an event page',
		path: '/events/anchorage-dialogue',
		ready: (page) => page.waitForLoadState('networkidle')
	},
	{ name: 'the embed', path: '/embed', ready: timelineReady },
	{
		name: 'the presentation',
		path: '/present#3',
		ready: (page) => expect(page.locator('#slide-3.current')).toHaveCount(1)
	}
];

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 375, height: 812 }
]) {
	test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
		test.use({ viewport });
		for (const { name, path, ready } of PAGES) {
			test(`${name}: every pointer target is 24 × 24 px or spaced apart`, async ({ page }) => {
				await page.goto(path);
				await ready(page);
				// Entries of the list off screen are not laid out (content-visibility: auto) until a
				// reader scrolls to them; lay them all out so that each target is measured where it is.
				await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
				await expectTargetsLargeOrSpaced(page);
			});
		}
	});
}

test('the check catches small crowded targets', async ({ page }) => {
	await page.goto('/about');
	await page.evaluate(() => {
		const bar = document.createElement('div');
		for (const label of ['a', 'b']) {
			const button = document.createElement('button');
			button.textContent = label;
			Object.assign(button.style, { width: '12px', height: '12px', padding: '0', margin: '0' });
			bar.append(button);
		}
		document.body.prepend(bar);
	});
	const targets = await page.evaluate(findTargets);
	expect(crowdedSmallTargets(targets).join('\n')).toMatch(/<button> a is 12.0 × 12.0 px/);
});

test('a timeline mark answers a click outside its drawn circle, within its hit area', async ({
	page
}) => {
	await page.goto('/');
	await timelineReady(page);
	const mark = page.locator('[data-event-id="anchorage-dialogue"]');
	await mark.scrollIntoViewIfNeeded();
	const node = (await mark.locator('.node').boundingBox())!;
	// Up and left of the circle's box: 1 px outside the button itself, inside its hit area.
	const buttonBox = (await mark.boundingBox())!;
	const x = buttonBox.x - 1;
	const y = buttonBox.y - 1;
	const fromCentre = Math.hypot(x - (node.x + node.width / 2), y - (node.y + node.height / 2));
	expect(fromCentre).toBeGreaterThan(node.width / 2 + 2);
	await page.mouse.click(x, y);
	await expect(
		page.getByRole('region', { name: 'High-level strategic dialogue in Anchorage' })
	).toBeVisible();
	await expect(page).toHaveURL(/\?event=anchorage-dialogue$/);
});
