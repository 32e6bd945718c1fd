// A journalist's round trip: the embed builder's snippet, copied as it is into an article on another
// origin served by a plain static server (no special headers), from the site served by `npm start`
// and by a host that sends no headers at all. The timeline draws, sizes itself, opens an event with
// nothing scrolling inside it, names its highlighted theme, and every link leaves the frame.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { ARTICLE_DIR, ARTICLE_PORT, PLAIN_PORT, PORT } from '../../playwright.config';
import { expect, test } from './fixtures';

/** An article page around what was pasted, as a newsroom's template would put it. */
const article = (pasted: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Three years of talks</title>
<link rel="icon" href="data:,">
<style>body { margin: 0 auto; max-width: 44rem; padding: 1rem; font-family: Georgia, serif; }</style>
</head>
<body>
<article>
<h1>Three years of talks</h1>
<p>From Anchorage to Bangkok, the two governments kept talking. The timeline below follows them.</p>
${pasted}
<p>Text after the embed.</p>
</article>
</body>
</html>
`;

/** Builds a snippet in the builder, as a journalist does, and pastes it into a new article. */
async function pasteFromBuilder(
	page: Page,
	site: string,
	name: string,
	edit = (snippet: string) => snippet
): Promise<string> {
	await page.goto(`${site}/embed/builder`);
	await page.getByRole('checkbox', { name: 'The Taiwan question' }).check();
	// The builder gives the address it is served from once its script runs (the build has only a
	// placeholder): a journalist copies the snippet then.
	const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	await expect(page.locator('#snippet')).toHaveValue(literally(`src="${site}/embed?`));
	await expect(page.locator('#script')).toHaveValue(literally(`src="${site}/embed-resize.js"`));
	const snippet = await page.locator('#snippet').inputValue();
	const script = await page.locator('#script').inputValue();
	writeFileSync(join(ARTICLE_DIR, name), article(`${edit(snippet)}\n${script}`));
	return `http://127.0.0.1:${ARTICLE_PORT}/${name}`;
}

async function embedIn(page: Page): Promise<Frame> {
	const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
	await expect(frame.getByRole('group', { name: 'Timeline' })).toHaveAttribute(
		'data-from',
		/\d{4}-\d{2}-\d{2}/
	);
	return frame;
}

const frameHeight = (page: Page) =>
	page.locator('iframe').evaluate((frame) => frame.getBoundingClientRect().height);

/** How far the frame's own page could scroll, and the elements inside it that scroll on their own. */
const scrolling = (frame: Frame) =>
	frame.evaluate(() => ({
		page: document.documentElement.scrollHeight - innerHeight,
		boxes: [...document.querySelectorAll('.embed *')]
			.filter((element) => {
				const style = getComputedStyle(element);
				return (
					/(auto|scroll)/.test(style.overflowY) && element.scrollHeight > element.clientHeight + 1
				);
			})
			.map((element) => element.className)
	}));

for (const { width, height, server, site } of [
	{ width: 375, height: 812, server: "npm start's server", site: `http://127.0.0.1:${PORT}` },
	{
		width: 1280,
		height: 900,
		server: 'a host with no headers',
		site: `http://127.0.0.1:${PLAIN_PORT}`
	}
]) {
	test.describe(`at ${width} px, the site on ${server}`, () => {
		test.use({ viewport: { width, height } });

		test('the pasted snippet draws the timeline, sizes itself, opens an event with nothing scrolling inside, and names its theme', async ({
			page
		}) => {
			const articleUrl = await pasteFromBuilder(page, site, `sizes-${width}.html`);
			await page.goto(articleUrl);
			const frame = await embedIn(page);
			await expect(frame.locator('[data-event-id]').first()).toBeVisible();
			// The folded legend, or the chips, say which theme is highlighted.
			await expect(
				frame
					.getByText(/Highlight themes:\s*The Taiwan question/)
					.or(frame.getByRole('button', { name: /The Taiwan question/, pressed: true }))
			).toBeVisible();
			await expect.poll(async () => (await scrolling(frame)).page).toBeLessThanOrEqual(1);

			const before = await frameHeight(page);
			await frame.locator('[data-event-id="anchorage-dialogue"]').first().click();
			const panel = frame.getByRole('region', {
				name: 'High-level strategic dialogue in Anchorage'
			});
			await expect(panel).toBeVisible();
			await panel.getByRole('button', { name: /^Show all \d+ quotes$/ }).click();
			await expect.poll(() => frameHeight(page)).toBeGreaterThan(before + 300);
			// The frame follows the panel: its page never taller than it, no box scrolling inside.
			await expect.poll(async () => (await scrolling(frame)).page).toBeLessThanOrEqual(1);
			expect((await scrolling(frame)).boxes).toEqual([]);
		});

		test('every link in the embed opens in a new tab: the frame stays where it is, the article’s history too', async ({
			page
		}) => {
			const articleUrl = await pasteFromBuilder(page, site, `links-${width}.html`);
			await page.goto(articleUrl);
			const frame = await embedIn(page);
			const frameUrl = frame.url();
			const historyLength = await page.evaluate(() => history.length);
			await frame.locator('[data-event-id="anchorage-dialogue"]').first().click();
			await expect(
				frame.getByRole('region', { name: 'High-level strategic dialogue in Anchorage' })
			).toBeVisible();

			// Each kind of link: every one the embed shows but its marks and clusters (a source, the full
			// timeline…), and an event's own page by a modified click on a mark (a plain one opens
			// the panel).
			const links = frame.locator('.embed a[href]:not(.mark):visible');
			const count = await links.count();
			expect(count).toBeGreaterThan(1);
			const targets = [
				...Array.from({ length: count }, (_, index) => ({ link: links.nth(index), mark: false })),
				{ link: frame.locator('a.mark[data-event-id]:visible').first(), mark: true }
			];
			const opened = new Set<string>();
			for (const { link, mark } of targets) {
				const popup = page.context().waitForEvent('page', { timeout: 5000 });
				await link.click({ modifiers: mark ? ['ControlOrMeta'] : [] });
				const tab = await popup;
				await tab.waitForLoadState('domcontentloaded');
				opened.add(new URL(tab.url()).pathname.split('/')[1] ?? '');
				await expect(tab.locator('h1').first()).toBeVisible();
				await tab.close();
				expect(frame.url()).toBe(frameUrl);
				expect(await page.evaluate(() => history.length)).toBe(historyLength);
			}
			// Sources, events and the full timeline were among them.
			expect([...opened]).toEqual(expect.arrayContaining(['sources', 'events', '']));
		});
	});
}

test('a snippet pasted before its sandbox had allow-same-origin still fits its frame to the timeline', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	// Such a frame's origin is opaque ("null"): the resize script knows it by its address.
	const articleUrl = await pasteFromBuilder(
		page,
		`http://127.0.0.1:${PORT}`,
		'opaque-origin.html',
		(snippet) => snippet.replace('allow-same-origin ', '')
	);
	await page.goto(articleUrl);
	expect(await page.locator('iframe').getAttribute('sandbox')).not.toContain('allow-same-origin');
	const frame = await embedIn(page);
	await expect.poll(() => frameHeight(page)).not.toBe(640);
	await expect.poll(async () => (await scrolling(frame)).page).toBeLessThanOrEqual(1);
});
