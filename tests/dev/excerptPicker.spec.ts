// On a source page of `npm run dev`, selecting a passage offers the excerpt to paste: source, exact quote, occurrence.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';

const SOURCE = 'mfa-press-conference-2021-03-22';
const TEXT = readFileSync(`data/sources/${SOURCE}.txt`, 'utf8');

/** Selects the `nth` (1-based) occurrence of `quote` in the page's source text, as a reader's drag would. */
async function select(page: Page, quote: string, nth: number) {
	await page.evaluate(
		([quote, nth]) => {
			// The text nodes of the source's paragraphs, without the "quoted in" links between them.
			const nodes: { node: Text; from: number }[] = [];
			let text = '';
			for (const p of document.querySelectorAll('.text > p')) {
				const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					if (node.parentElement?.closest('a')) continue;
					nodes.push({ node: node as Text, from: text.length });
					text += node.textContent;
				}
			}
			let at = -1;
			for (let count = 0; count < Number(nth); count++) at = text.indexOf(String(quote), at + 1);
			const locate = (offset: number, end: boolean) => {
				const found = nodes.findLast(({ from }) => (end ? from < offset : from <= offset))!;
				return [found.node, offset - found.from] as const;
			};
			const range = document.createRange();
			range.setStart(...locate(at, false));
			range.setEnd(...locate(at + String(quote).length, true));
			document.getSelection()!.removeAllRanges();
			document.getSelection()!.addRange(range);
		},
		[quote, nth] as const
	);
}

test('selecting a passage gives its excerpt, with its occurrence when it occurs twice, and copies it', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(`/sources/${SOURCE}`);
	const picker = page.getByRole('region', { name: 'Excerpt to paste' });
	// The picker is loaded once the page has started; until then a selection has nothing to show it.
	await expect(async () => {
		await select(page, "each other's core interests", 2);
		await expect(picker).toBeVisible({ timeout: 1000 });
	}).toPass({ timeout: 30_000 });

	await expect(picker).toContainText('(occurrence 2 of 2 in this source)');
	await picker.getByRole('button', { name: 'Copy' }).click();
	await expect(picker.getByRole('status')).toHaveText('Copied');
	const pasted = await page.evaluate(() => navigator.clipboard.readText());
	expect(pasted).toBe(await picker.locator('pre').textContent());
	const [excerpt] = parse(`excerpts:\n${pasted}`).excerpts;
	expect(excerpt).toEqual({
		source: SOURCE,
		voice: 'chinese-government',
		quote: "each other's core interests",
		occurrence: 2
	});
	// The validator takes occurrence 2 as the second place the quote starts: the one selected.
	const second = TEXT.indexOf(excerpt.quote, TEXT.indexOf(excerpt.quote) + 1);
	expect(second).toBeGreaterThan(TEXT.indexOf(excerpt.quote));

	// A passage found once has no occurrence.
	const once = 'How do you evaluate the outcome of the dialogue?';
	expect(TEXT.split(once)).toHaveLength(2);
	await select(page, once, 1);
	await expect(picker.locator('pre')).toContainText(once);
	await expect(picker).not.toContainText('occurrence');

	await picker.getByRole('button', { name: 'Close' }).click();
	await expect(picker).toBeHidden();
});
