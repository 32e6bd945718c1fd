// WCAG 2.2 AA as axe-core checks it: every route and state of the site, in the light and the dark scheme.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { forgiveExpectedError, PAGE_STATES } from './pageStates';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

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
