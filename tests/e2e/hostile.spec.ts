// Untrusted text is never HTML: a dataset whose text is markup and script shows it as text on every page, and runs none of it.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { HOSTILE_PORT } from '../../playwright.config';
import { EARLY_EMBED_SCRIPT } from '../../src/lib/embed/earlyOptions.js';
import { EARLY_DECK_SCRIPT } from '../../src/lib/present/earlyDeck.js';
import { EARLY_EVENT_SCRIPT } from '../../src/lib/timeline/earlyEvent.js';
import { expect, test } from './fixtures';

const ORIGIN = `http://127.0.0.1:${HOSTILE_PORT}`;
const SITE = 'build-hostile';

// Text from tests/fixtures/data/hostile, exactly as a reader must see it.
const TITLE_ONE = '<script>alert(1)</script> talks in "Anchorage"';
const TITLE_TWO = 'javascript:alert(1)';
const QUOTE_ONE =
	'The sides said “<b onmouseover=alert(1)>candid</b>” talks on <script>alert(1)</script> were held.';
const QUOTE_TWO = `The talks were "constructive" </p><script>alert(1)</script> and '><svg onload=alert(1)>.`;
const SUMMARY_ONE =
	'Officials met. <img src=x onerror=alert(1)> Read more at javascript:alert(1) or <a href="javascript:alert(1)">here</a>.';
const PERSON = 'Person <img src=x onerror=alert(1)>';
const THEME = '<img src=x onerror=alert(1)>';

/** Every page of the hostile build, as a path. */
function allPages(): string[] {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.html'))
				pages.push(`/${relative(SITE, path).replace(/(index)?\.html$/, '')}`);
		}
	};
	walk(SITE);
	return pages.sort();
}

/** Counts every dialog (an `alert(1)` that ran) and dismisses it. */
function dialogs(page: Page): string[] {
	const opened: string[] = [];
	page.on('dialog', async (dialog) => {
		opened.push(`${dialog.type()}: ${dialog.message()} on ${page.url()}`);
		await dialog.dismiss();
	});
	return opened;
}

/** The scripts of our own in a page's head (their hashes are in its Content-Security-Policy). */
const OURS = [EARLY_EMBED_SCRIPT, EARLY_DECK_SCRIPT, EARLY_EVENT_SCRIPT];

/**
 * Elements that only exist if data became markup: any `on…` handler attribute, a `javascript:`
 * link or source, the fixture's `<img src=x>`, `<svg>`s with handlers, frames, and scripts other
 * than SvelteKit's hashed start-up script, the embed's, the home page's and the presentation's own (earlyOptions.js, earlyEvent.js,
 * earlyDeck.js) and the JSON-LD block.
 */
async function injected(frame: Page | Frame): Promise<string[]> {
	return frame.evaluate((ours) => {
		const found: string[] = [];
		for (const element of document.querySelectorAll('*')) {
			for (const attribute of element.attributes) {
				const value = attribute.value.trim().toLowerCase();
				if (attribute.name.startsWith('on')) found.push(`${element.tagName} ${attribute.name}`);
				if (['href', 'src', 'action', 'formaction'].includes(attribute.name))
					if (value.startsWith('javascript:') || value === 'x')
						found.push(`${element.tagName} ${attribute.name}="${attribute.value}"`);
			}
		}
		for (const script of document.querySelectorAll('script')) {
			if (script.type === 'application/ld+json') continue;
			if (!script.src && script.textContent?.includes('__sveltekit_')) continue;
			if (!script.src && ours.includes(script.textContent ?? '')) continue;
			found.push(`SCRIPT ${script.src || script.textContent?.slice(0, 80)}`);
		}
		for (const frame of document.querySelectorAll('iframe'))
			if (!frame.src.includes('/embed')) found.push(`IFRAME ${frame.src}`);
		return found;
	}, OURS);
}

test('every page of the hostile dataset renders its text without running or inserting any of it', async ({
	page
}) => {
	test.setTimeout(90_000);
	const opened = dialogs(page);
	const pages = allPages();
	expect(pages).toEqual(expect.arrayContaining(['/', '/events/one', '/sources/sample']));
	for (const path of pages) {
		await page.goto(`${ORIGIN}${path}`);
		await page.waitForLoadState('networkidle');
		expect(await injected(page), path).toEqual([]);
	}
	expect(opened).toEqual([]);
});

test('the home page shows the hostile titles, summary and names as text, also in the timeline', async ({
	page
}) => {
	const opened = dialogs(page);
	await page.goto(`${ORIGIN}/`);
	await expect(page.getByRole('group', { name: 'Timeline' })).toHaveAttribute('data-from', /\d/);
	const list = page.getByRole('list', { name: /events, in order/i });
	await expect(list.getByRole('heading', { level: 3 })).toHaveText([TITLE_ONE, TITLE_TWO]);
	await expect(list.getByText(SUMMARY_ONE)).toBeVisible();
	await expect(list.getByText(QUOTE_ONE)).toBeVisible();
	await expect(list.getByText(PERSON).first()).toBeVisible();
	await expect(page.getByRole('button', { name: THEME }).first()).toBeVisible();

	const mark = page
		.getByRole('group', { name: 'Timeline' })
		.getByRole('link', { name: new RegExp(`^${escape(TITLE_ONE)}`) });
	await mark.hover();
	await expect(page.locator('.tooltip')).toContainText(TITLE_ONE);
	expect(await injected(page)).toEqual([]);
	await mark.click();
	const panel = page.getByRole('region', { name: TITLE_ONE });
	await expect(panel.getByText(QUOTE_ONE)).toBeVisible();
	expect(await injected(page)).toEqual([]);
	expect(opened).toEqual([]);
});

test('event and source pages show the quotes, places and people as text', async ({ page }) => {
	const opened = dialogs(page);
	await page.goto(`${ORIGIN}/events/one`);
	await expect(page).toHaveTitle(new RegExp(escape(TITLE_ONE)));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_ONE);
	await expect(page.getByText(SUMMARY_ONE)).toBeVisible();
	await expect(page.getByText(QUOTE_ONE).first()).toBeVisible();
	await expect(page.getByText("'><svg onload=alert(1)>").first()).toBeVisible();
	const jsonLd = JSON.parse(
		(await page.locator('script[type="application/ld+json"]').textContent())!
	);
	expect(jsonLd.name).toBe(TITLE_ONE);

	await page.goto(`${ORIGIN}/events/two`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_TWO);
	await expect(page.getByText(QUOTE_TWO).first()).toBeVisible();

	await page.goto(`${ORIGIN}/sources/sample`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(
		'<script>alert(1)</script> readout'
	);
	// The source text marks the passage, split where a descriptor or a "quoted in" link sits.
	const marked = await page.locator('mark[data-excerpts~="one-quote-1"]').allTextContents();
	expect(marked.join('')).toBe(QUOTE_ONE);
	await expect(page.getByText(QUOTE_TWO).first()).toBeVisible();
	expect(await injected(page)).toEqual([]);
	expect(opened).toEqual([]);
});

test('search finds hostile text and shows it as text', async ({ page }) => {
	const opened = dialogs(page);
	await page.goto(`${ORIGIN}/search`);
	await page.waitForLoadState('networkidle');
	const box = page.getByRole('main').getByRole('searchbox', { name: /Search events/ });
	const results = page.getByRole('main').getByRole('region').getByRole('link');
	for (const query of ['script alert', 'Anchorage', 'onerror']) {
		await box.fill(query);
		await expect(results.first()).toBeVisible();
		expect(await injected(page), query).toEqual([]);
	}
	await box.fill('Anchorage');
	await expect(results.filter({ hasText: TITLE_ONE }).first()).toBeVisible();
	expect(opened).toEqual([]);
});

test('the embed and the presentation show hostile text as text', async ({ page }) => {
	const opened = dialogs(page);
	await page.goto(`${ORIGIN}/embed?event=one`);
	await expect(page.getByRole('region', { name: TITLE_ONE })).toBeVisible();
	await expect(page.getByText(QUOTE_ONE).first()).toBeVisible();
	expect(await injected(page)).toEqual([]);

	await page.goto(`${ORIGIN}/present#one`);
	await page.waitForLoadState('networkidle');
	await expect(page.locator('.slide.current')).toContainText(TITLE_ONE);
	await expect(page.locator('.slide.current')).toContainText(QUOTE_ONE);
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('.slide.current')).toContainText(TITLE_TWO);
	await page.keyboard.press('o');
	await expect(page.getByRole('dialog', { name: 'All slides' })).toContainText(TITLE_ONE);
	expect(await injected(page)).toEqual([]);

	await page.goto(`${ORIGIN}/present/notes`);
	await page.waitForLoadState('networkidle');
	expect(await injected(page)).toEqual([]);
	expect(opened).toEqual([]);
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
