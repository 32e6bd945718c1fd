// Reads the focused element's focus indicator from its computed style and checks it is visible: drawn, 3:1 against what is behind it, not hidden.
import type { Frame, Page } from '@playwright/test';
import { contrastOnBackgrounds, parseCssColour, type Rgba } from '../helpers/colour';
import { expect } from './fixtures';

interface RawIndicator {
	/** A short description of the focused element, for messages. */
	element: string;
	outlineStyle: string;
	outlineWidth: number;
	outlineOffset: number;
	outlineColor: string;
	boxShadow: string;
	/** Background colours behind the indicator, nearest first, ending with the root's. */
	backgrounds: string[];
	/** Whether the page is painted dark (what shows where every background is transparent). */
	dark: boolean;
	/** Whether some of the element is on screen and not covered by something else. */
	unobscured: boolean;
}

/**
 * What the page draws for its focused element. Runs in the page. `left`: focus has gone to the
 * browser (past the last Tab stop); `frame`: it is inside an embedded frame; undefined: the page
 * has focus but no element holds it (it fell to the body).
 */
function readIndicator(): RawIndicator | 'left' | 'frame' | undefined {
	const element = document.activeElement as HTMLElement | null;
	if (!element || element === document.body || element === document.documentElement)
		return document.hasFocus() ? undefined : 'left';
	if (element instanceof HTMLIFrameElement) return 'frame';
	const style = getComputedStyle(element);
	const outlineWidth = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
	const outlineOffset = parseFloat(style.outlineOffset) || 0;
	// An outline drawn outside the box, or an outer shadow, lies on the parent's background; an
	// inset one on the element's own.
	const inside = outlineWidth > 0 ? outlineOffset < 0 : style.boxShadow.includes('inset');
	const backgrounds: string[] = [];
	for (
		let node: Element | null = inside ? element : element.parentElement;
		node;
		node = node.parentElement
	)
		backgrounds.push(getComputedStyle(node).backgroundColor);
	// A link that wraps onto two lines has a box per line: sample each line's box.
	const points = [...element.getClientRects()].flatMap((box) =>
		[
			[0.5, 0.5],
			[0.2, 0.5],
			[0.8, 0.5],
			[0.5, 0.2],
			[0.5, 0.8]
		].map(([fx, fy]) => [box.left + box.width * fx!, box.top + box.height * fy!] as const)
	);
	const unobscured = points.some(([x, y]) => {
		const hit = document.elementFromPoint(x, y);
		return !!hit && (element === hit || element.contains(hit));
	});
	const label =
		element.getAttribute('aria-label') ?? element.textContent?.trim().replace(/\s+/g, ' ') ?? '';
	return {
		element: `<${element.tagName.toLowerCase()}${element.getAttribute('class') ? ` class="${element.getAttribute('class')}"` : ''}> ${label.slice(0, 60)}`,
		outlineStyle: style.outlineStyle,
		outlineWidth,
		outlineOffset,
		outlineColor: style.outlineColor,
		boxShadow: style.boxShadow,
		backgrounds,
		dark: document.documentElement.dataset.scheme
			? document.documentElement.dataset.scheme === 'dark'
			: matchMedia('(prefers-color-scheme: dark)').matches,
		unobscured
	};
}

/** The focused element's indicator, read in the frame that holds focus (an embed draws its own). */
async function readFocus(page: Page): Promise<RawIndicator | 'left' | undefined> {
	let frame: Frame = page.mainFrame();
	for (;;) {
		const read = await frame.evaluate(readIndicator);
		if (read !== 'frame') return read;
		let focused: Frame | undefined;
		for (const child of frame.childFrames())
			if (await child.evaluate(() => document.hasFocus())) focused = child;
		if (!focused) return undefined;
		frame = focused;
	}
}

function colour(value: string, what: string): Rgba {
	const parsed = parseCssColour(value);
	if (!parsed) throw new Error(`cannot read the ${what} colour "${value}"`);
	return parsed;
}

/** The first colour of a computed box-shadow, e.g. `rgb(1, 2, 3) 0px 0px 0px 3px`. */
function shadowColour(boxShadow: string): string | undefined {
	return /^(rgba?\([^)]*\)|color\([^)]*\))/.exec(boxShadow)?.[1];
}

/**
 * Asserts that the focused element shows a focus indicator: an outline (a style other than none,
 * wider than 0) or a box-shadow, in a colour with at least 3:1 contrast against the background
 * behind it, on an element not hidden under something else. `step` names the moment for messages.
 */
export async function expectVisibleFocus(page: Page, step: string) {
	expect(await expectVisibleFocusOrEnd(page, step), `${step}: focus is in the page`).toBe(true);
}

/**
 * As expectVisibleFocus, in one read of the page; returns false instead when focus has left the
 * page for the browser, as Tab does past the last stop. Focus that falls to the body fails.
 */
export async function expectVisibleFocusOrEnd(page: Page, step: string): Promise<boolean> {
	const raw = await readFocus(page);
	if (raw === 'left') return false;
	expect(raw, `${step}: something has focus`).toBeDefined();
	const indicator = raw!;
	const where = `${step}: ${indicator.element}`;
	const ringColour =
		indicator.outlineWidth > 0
			? indicator.outlineColor
			: indicator.boxShadow !== 'none'
				? shadowColour(indicator.boxShadow)
				: undefined;
	expect(
		ringColour,
		`${where} has no focus indicator (outline ${indicator.outlineStyle} ${indicator.outlineWidth}px, box-shadow ${indicator.boxShadow})`
	).toBeDefined();
	// Chromium's canvas behind an unpainted page.
	const canvas = indicator.dark ? { r: 18, g: 18, b: 18, a: 1 } : { r: 255, g: 255, b: 255, a: 1 };
	const backgrounds = [
		...indicator.backgrounds.map((value) => colour(value, 'background')),
		canvas
	];
	const ratio = contrastOnBackgrounds(colour(ringColour!, 'focus indicator'), backgrounds);
	expect(
		ratio,
		`${where}: focus indicator ${ringColour} against its background (${indicator.backgrounds.find((value) => colour(value, 'background').a > 0) ?? 'the page'})`
	).toBeGreaterThanOrEqual(3);
	expect(indicator.unobscured, `${where} is on screen and not covered`).toBe(true);
	return true;
}
