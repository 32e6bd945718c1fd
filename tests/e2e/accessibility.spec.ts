// WCAG 2.2 AA as axe-core checks it: every route and state of the site, in the light and the dark scheme.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { contrastOnBackgrounds, parseCssColour, type Rgba } from '../helpers/colour';
import { expect, test } from './fixtures';
import { forgiveExpectedError, PAGE_STATES } from './pageStates';

// Every level A and AA tag up to WCAG 2.2: wcag21a holds Label in Name (label-content-name-mismatch).
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
	id: string;
	impact?: string | null;
	help: string;
	nodes: { target: unknown[]; failureSummary?: string }[];
}

/** One readable paragraph per violation: rule, impact, what it asks, and each failing element. */
function describeViolations(violations: Violation[]): string {
	return violations
		.map((violation) =>
			[
				`${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}`,
				...violation.nodes.map(
					(node) =>
						`  - ${node.target.join(' ')}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`
				)
			].join('\n')
		)
		.join('\n\n');
}

async function expectNoViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	expect(results.violations.length, describeViolations(results.violations)).toBe(0);
}

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} scheme`, () => {
		for (const state of PAGE_STATES) {
			test(`${state.name} has no WCAG 2.2 AA violations`, async ({ page, pageErrors }) => {
				await page.emulateMedia({ colorScheme: scheme });
				await state.open(page, scheme);
				forgiveExpectedError(state, pageErrors);
				await expectNoViolations(page);
			});
		}
	});
}

// Beyond WCAG's tags: a screen reader's landmarks list reaches all of the frame in an article and of
// the deck (the site's other pages have a header, a main and a footer from their layout).
test('the embed and the presentation hold all their content in landmarks, one of them the main', async ({
	page
}) => {
	for (const path of ['/embed', '/present']) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const results = await new AxeBuilder({ page })
			.withRules(['region', 'landmark-one-main'])
			.analyze();
		expect(results.violations.length, `${path}\n${describeViolations(results.violations)}`).toBe(0);
	}
});

function layer(colour: string, opacity: number): Rgba {
	const parsed = parseCssColour(colour);
	if (!parsed) throw new Error(`cannot read the colour "${colour}"`);
	return { ...parsed, a: parsed.a * opacity };
}

// axe leaves the timeline's labels unchecked ("incomplete": each mark holds an SVG shape), so their
// contrast is measured here, for highlighted and dimmed events alike.
for (const scheme of ['light', 'dark'] as const) {
	test(`timeline labels keep 4.5:1 with a theme filter on, ${scheme} scheme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/?themes=taiwan');
		const timeline = page.getByRole('group', { name: 'Timeline' });
		await expect(timeline).toHaveAttribute('data-from', /^\d{4}-/);
		await expect(timeline.locator('.mark.dimmed .label').first()).toBeVisible();
		// Each label's colour and the backgrounds behind it, nearest first, with the opacity of each
		// element and its ancestors.
		const labels = await timeline.locator('.mark .label').evaluateAll((nodes) => {
			const opacity = (node: Element | null): number =>
				node ? Number(getComputedStyle(node).opacity) * opacity(node.parentElement) : 1;
			return nodes.map((element) => {
				const backgrounds: { colour: string; opacity: number }[] = [];
				for (let node: Element | null = element; node; node = node.parentElement)
					backgrounds.push({
						colour: getComputedStyle(node).backgroundColor,
						opacity: opacity(node)
					});
				return {
					text: (element.textContent ?? '').trim().slice(0, 40),
					colour: getComputedStyle(element).color,
					opacity: opacity(element),
					backgrounds
				};
			});
		});
		expect(labels.length).toBeGreaterThan(5);
		const canvas = scheme === 'dark' ? '#121212' : '#ffffff';
		for (const label of labels) {
			const ratio = contrastOnBackgrounds(layer(label.colour, label.opacity), [
				...label.backgrounds.map((background) => layer(background.colour, background.opacity)),
				layer(canvas, 1)
			]);
			expect(ratio, `"${label.text}" (${label.colour})`).toBeGreaterThanOrEqual(4.5);
		}
	});
}
