// Sites built from the four TimelineJS files (scripts/buildImported.js): each works, shows its events
// as having no source excerpt, and never turns the files' markup into HTML.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { IMPORTED_PORT } from '../../playwright.config';
import { crawlSite } from './crawl';
import { EARLY_EVENT_SCRIPT } from '../../src/lib/timeline/earlyEvent.js';
import { expect, test } from './fixtures';

interface ImportedSite {
	name: string;
	/** The site's name, from the file's title slide (markup stripped) or its file name. */
	title: string;
	/** An event, and text of it that the file wrote with markup. */
	event: { id: string; title: string; text: string };
	/** A word to search for, that finds that event. */
	search: string;
}

const SITES: ImportedSite[] = [
	{
		name: 'contrib_women_in_computing',
		title: 'Women in Computing',
		event: {
			id: 'the-first-computer',
			title: 'The First Computer',
			text: 'Timeline can easily embed Google Maps'
		},
		search: 'ENIAC'
	},
	{
		name: 'houston_timeline3',
		title: 'Whitney Houston 1963 - 2012',
		event: {
			id: 'the-early-years',
			title: 'The Early Years',
			text: 'a song which she later remade for the Bodyguard soundtrack'
		},
		search: 'Bodyguard'
	},
	{
		name: 'republican_timeline3',
		title: 'The Republican Run-Up',
		event: {
			id: 'new-hampshire',
			title: 'New Hampshire',
			text: '“In the last few days, we have seen some desperate Republicans join forces with him,” Romney said.'
		},
		search: 'Huntsman'
	},
	{
		name: 'twain_marktwain',
		title: 'Twain marktwain',
		event: {
			id: 'florida-missouri',
			title: 'Florida, Missouri',
			text: 'Born in Florida, Missouri. Halley’s comet visible from earth.'
		},
		search: 'Hannibal'
	}
];

/** Markup or character references showing as text would mean the import kept some. */
const MARKUP_AS_TEXT = /<\/?[a-z][a-z0-9]*[\s>/]|&(#\d+|#x[0-9a-f]+|[a-z]+);/i;

/**
 * No element a file could have smuggled in: media, frames, or scripts other than the site's own
 * (SvelteKit's, the JSON-LD, and the home page's early script, earlyEvent.js).
 */
async function expectNoInjectedMarkup(page: Page) {
	await expect(page.locator('img, iframe, video, audio, object, embed, frame')).toHaveCount(0);
	const scripts = await page.locator('script').evaluateAll((elements) =>
		elements.map((element) => ({
			type: element.getAttribute('type') ?? '',
			src: element.getAttribute('src') ?? '',
			text: element.textContent ?? ''
		}))
	);
	for (const script of scripts)
		expect(
			script.type === 'application/ld+json' ||
				script.src.includes('/_app/') ||
				script.text.includes('__sveltekit_') ||
				script.text === EARLY_EVENT_SCRIPT,
			JSON.stringify(script).slice(0, 200)
		).toBe(true);
	expect(await page.locator('main').innerText()).not.toMatch(MARKUP_AS_TEXT);
}

for (const [index, site] of SITES.entries()) {
	test.describe(site.name, () => {
		// One server per site, started once for the file's tests: the tests of a site run in one worker.
		test.describe.configure({ mode: 'serial' });
		const dir = `build-imported/${site.name}/site`;
		const port = IMPORTED_PORT + index;
		const origin = `http://127.0.0.1:${port}`;
		let server: ChildProcess | undefined;

		test.beforeAll(async () => {
			if (!existsSync(`${dir}/index.html`))
				throw new Error(`No site in ${dir}: run node scripts/buildImported.js (npm test does).`);
			server = spawn(process.execPath, ['scripts/serve.js', dir, '--port', String(port)], {
				stdio: ['ignore', 'pipe', 'inherit']
			});
			await new Promise<void>((resolve, reject) => {
				server!.stdout!.once('data', () => resolve());
				server!.once('exit', (code) => reject(new Error(`serve.js exited with ${code}`)));
			});
		});

		test.afterAll(() => {
			server?.kill();
		});

		test.beforeEach(({ page }) => {
			page.on('dialog', (dialog) => {
				throw new Error(`A dialog opened: ${dialog.message()}`);
			});
		});

		test('the home page: an interactive timeline, the events, and no source excerpt for any', async ({
			page
		}) => {
			await page.goto(`${origin}/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.title);
			const timeline = page.getByRole('group', { name: 'Timeline' });
			await expect(timeline).toHaveAttribute('data-from', /^\d{4}-\d{2}-\d{2}$/);
			const from = await timeline.getAttribute('data-from');
			await page.getByRole('button', { name: 'Zoom in' }).click();
			await expect(timeline).not.toHaveAttribute('data-from', from!);

			const list = page.getByRole('list', { name: /events, in order/i });
			const items = list.locator(':scope > li');
			await expect(items.first()).toBeVisible();
			await expect(list.locator('blockquote')).toHaveCount(0);
			await expect(list.getByText('No source excerpt.')).toHaveCount(await items.count());
			// A story without documents has gaps, not stretches no collected document covers.
			await expect(page.getByText(/No collected document covers/)).toHaveCount(0);
			await expectNoInjectedMarkup(page);
		});

		test('an event page shows the file’s text as text, its media as a link, and no source excerpt', async ({
			page
		}) => {
			await page.goto(`${origin}/events/${site.event.id}`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.event.title);
			await expect(page.locator('main')).toContainText(site.event.text);
			await expect(page.getByText('No source excerpt.')).toBeVisible();
			for (const link of await page.locator('main a[rel~="external"]').all())
				await expect(link).toHaveAttribute('href', /^https:\/\//);
			await expectNoInjectedMarkup(page);
		});

		test('the timeline opens the event in its panel, with no source excerpt', async ({ page }) => {
			await page.goto(`${origin}/?event=${site.event.id}`);
			const panel = page.getByRole('region', { name: site.event.title });
			await expect(panel).toBeVisible();
			await expect(panel.getByText('No source excerpt.')).toBeVisible();
			await expect(panel).toContainText(site.event.text);
		});

		test('search finds the event and says it has no source excerpt', async ({ page }) => {
			await page.goto(`${origin}/about`);
			await page.waitForLoadState('networkidle');
			await page.getByRole('combobox', { name: /Search events/ }).fill(site.search);
			const events = page
				.getByRole('listbox', { name: 'Search results' })
				.getByRole('group', { name: 'Events' });
			await expect(events.getByRole('option').first()).toContainText('no source excerpt');
		});

		test('every page is built and linked, and none carries the files’ markup', async ({
			request
		}) => {
			const pages = await crawlSite(request, origin);
			const exported = await (await request.get(`${origin}/data/timeline.json`)).json();
			for (const event of exported.events as {
				id: string;
				excerpts: unknown[];
				unsourced: string;
			}[]) {
				expect(pages.get(`/events/${event.id}`)?.status, event.id).toBe(200);
				expect(event.excerpts).toEqual([]);
				expect(event.unsourced).toMatch(/^Imported from the TimelineJS file /);
			}
			// Sections the dataset leaves empty are not linked from the menus, but are built and say so.
			for (const path of ['/themes', '/sources', '/people', '/commitments', '/vocabulary']) {
				const response = await request.get(`${origin}${path}`);
				expect(response.status(), path).toBe(200);
				expect(await response.text(), path).toMatch(/class="empty[\s"]/);
			}
			for (const path of ['/events', '/about', '/search', '/present'])
				expect(pages.get(path)?.status, path).toBe(200);
			const broken = [...pages.values()]
				.filter((crawled) => crawled.status !== 200)
				.map((crawled) => crawled.path);
			expect(broken).toEqual([]);
			// The embed builder's preview is an iframe of the site itself; nothing else embeds anything.
			for (const crawled of pages.values())
				expect(crawled.html, crawled.path).not.toMatch(
					crawled.path === '/embed/builder'
						? /<(img|video|audio|object|embed)\b|<iframe[^>]*src="(?!\.|\/[^/])/i
						: /<(img|iframe|video|audio|object|embed)\b/i
				);
		});
	});
}
