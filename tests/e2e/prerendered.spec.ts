// The timeline is in the prerendered HTML: every mark a link, drawn without scripts at any width (on
// a phone, as rows down the page), taken over by the browser without moving anything, and printed as
// a figure.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { VERTICAL_BELOW } from '../../src/lib/timeline/geometry';
import { LAYOUT_WIDTHS } from '../../src/lib/timeline/layoutWidths';
import { expect, test } from './fixtures';
import { layoutShifts, watchLayoutShifts } from './layoutShift';
import { gapAbove } from './rows';

const events: { id: string; title: string; themes: string[] }[] = JSON.parse(
	readFileSync('build/data/timeline.json', 'utf8')
).events;

/** The attributes of every mark in a prerendered page, read from the file itself. */
function prerenderedMarks(file: string) {
	const html = readFileSync(file, 'utf8');
	return [...html.matchAll(/<a class="mark [^>]*>/g)].map(([tag]) => {
		const attribute = (name: string) =>
			tag.match(new RegExp(` ${name}="([^"]*)"`))?.[1]?.replaceAll('&amp;', '&');
		return {
			classes: attribute('class')!.split(' '),
			href: attribute('href'),
			eventId: attribute('data-event-id'),
			cluster: attribute('data-cluster')?.split(' '),
			name: attribute('aria-label')
		};
	});
}

// The home page's narrower frames draw rows instead (below).
for (const [file, fromWidth] of [
	['build/index.html', VERTICAL_BELOW],
	['build/embed.html', 0]
] as const) {
	test(`${file} holds the opening view at every width, each mark a link to its event or the list`, () => {
		const marks = prerenderedMarks(file);
		const order = new Map(events.map((event, index) => [event.id, index]));
		LAYOUT_WIDTHS.forEach((width, bucket) => {
			const drawn = marks.filter((mark) => mark.classes.includes(`b${bucket}`));
			if (width < fromWidth) return expect(drawn).toEqual([]);
			const covered: number[] = [];
			for (const mark of drawn) {
				if (mark.cluster) {
					const [first, last] = mark.cluster.map((id) => order.get(id)!);
					const count = Number(mark.name!.match(/^(\d+) events, /)![1]);
					expect(mark.href, `cluster at ${width} px`).toBe(`/events#event-${mark.cluster[0]}`);
					// Without scripts nothing zooms: the name says where the link goes.
					expect(mark.name).toMatch(/: see them in the list of all events$/);
					expect(last! - first! + 1).toBeGreaterThanOrEqual(count);
					for (let index = first!; index <= last!; index++) covered.push(index);
				} else {
					const event = events[order.get(mark.eventId!)!]!;
					expect(mark.href).toBe(`/events/${event.id}`);
					expect(mark.name!.startsWith(`${event.title}, `)).toBe(true);
					covered.push(order.get(event.id)!);
				}
			}
			expect(new Set(covered).size, `events drawn at ${width} px`).toBe(events.length);
		});
	});
}

test('a theme’s page holds a phone’s rows: its events once, in order, each a link, its thread beside them', () => {
	const html = readFileSync('build/themes/taiwan.html', 'utf8');
	const slot = html.slice(html.indexOf('<div class="rows-slot">'));
	const rows = [
		...slot.matchAll(/<a class="entry[^"]*"[^>]*href="([^"]*)"[^>]*data-event-id="([^"]*)"/g)
	];
	const taiwan = events.filter((event) => event.themes.includes('taiwan'));
	expect(rows.map(([, , id]) => id)).toEqual(taiwan.map((event) => event.id));
	for (const [, href, id] of rows) expect(href).toBe(`/events/${id}`);
	// One thread's mark at each of its events.
	expect(slot.match(/class="thread[^"]*\bon\b/g)).toHaveLength(taiwan.length);
});

test('build/index.html holds a phone’s rows: every event once, in order, a link to its page', () => {
	const html = readFileSync('build/index.html', 'utf8');
	const rows = [
		...html.matchAll(/<a class="entry[^"]*"[^>]*href="([^"]*)"[^>]*data-event-id="([^"]*)"/g)
	];
	expect(rows.map(([, , id]) => id)).toEqual(events.map((event) => event.id));
	for (const [, href, id] of rows) expect(href).toBe(`/events/${id}`);
});

interface Box {
	key: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Boxes of what the timeline draws (marks, labels, axis text, grid lines), relative to the page. */
function drawnBoxes(timeline: Locator): Promise<Box[]> {
	return timeline.evaluate((root) => {
		const boxes: Box[] = [];
		const nodes = root.querySelectorAll(
			'.mark, .mark .label, text, .grid line, polyline, .rows .entry, .rows .year-heading, .rows .break, .uncovered, .uncovered .wordings span'
		);
		for (const node of nodes) {
			const style = getComputedStyle(node);
			if (style.visibility === 'hidden' || style.display === 'none') continue;
			// A stretch's wordings that do not fit it have no height (UncoveredStretches.svelte).
			if (node.matches('.wordings span') && node.parentElement!.clientHeight === 0) continue;
			const box = node.getBoundingClientRect();
			if (box.width === 0 && box.height === 0) continue;
			const mark = node.closest('.mark');
			const key = node.matches('.rows .break')
				? `gap ${node.textContent}`
				: node.matches('.rows *')
					? `row ${node.getAttribute('data-event-id') ?? node.textContent}`
					: node.matches('.uncovered')
						? `stretch ${node.getAttribute('title')}`
						: node.matches('.uncovered *')
							? `stretch ${node.textContent} label`
							: mark
								? `${mark.getAttribute('data-event-id') ?? mark.getAttribute('data-cluster')}${node === mark ? '' : ' label'}`
								: `${node.tagName} ${node.textContent} ${node.getAttribute('x') ?? node.getAttribute('x1')}`;
			boxes.push({
				key,
				x: box.x + scrollX,
				y: box.y + scrollY,
				width: box.width,
				height: box.height
			});
		}
		return boxes;
	});
}

const overlap = (a: Box, b: Box) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const width of [320, 390])
		test(`the timeline is drawn as rows down the page, every title whole, each a link to its event, at ${width} px`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto('/');
			const timeline = page.getByRole('group', { name: 'Timeline' });
			await expect(timeline.locator('.surface')).toBeHidden();
			const rows = timeline.locator('.rows .entry');
			await expect(rows).toHaveCount(events.length);
			expect(await rows.evaluateAll((links) => links.map((link) => link.dataset.eventId))).toEqual(
				events.map((event) => event.id)
			);
			const boxes = await drawnBoxes(timeline);
			const entries = boxes.filter(
				(box) => box.key.startsWith('row ') && !/^row \d{4}$/.test(box.key)
			);
			for (const [index, box] of entries.entries()) {
				// In order down the page, one below the other, inside the page's width.
				if (index > 0)
					expect(box.y).toBeGreaterThanOrEqual(
						entries[index - 1]!.y + entries[index - 1]!.height - 0.5
					);
				expect(box.x + box.width).toBeLessThanOrEqual(width);
			}
			// Every title whole: none cut short.
			const cut = await timeline
				.locator('.rows .title')
				.evaluateAll(
					(titles) => titles.filter((title) => title.scrollWidth > title.clientWidth + 1).length
				);
			expect(cut).toBe(0);
			await expect(timeline.locator('.rows .year-heading')).toHaveText([
				'2021',
				'2022',
				'2023',
				'2024'
			]);

			const third = rows.nth(2);
			const id = await third.getAttribute('data-event-id');
			await third.click();
			await expect(page).toHaveURL(new RegExp(`/events/${id}$`));
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		});

	for (const width of [1280, 1920])
		test(`the timeline is drawn and legible, and its marks lead to the events, at ${width} px`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto('/');
			const timeline = page.getByRole('group', { name: 'Timeline' });
			const frame = (await timeline.locator('.surface').boundingBox())!;
			const boxes = await drawnBoxes(timeline);
			const marks = boxes.filter(
				(box) => !box.key.endsWith('label') && !/^(text|line|polyline|stretch) /.test(box.key)
			);
			expect(marks.length).toBeGreaterThan(5);
			// Nothing drawn outside the frame.
			for (const box of boxes.filter((box) => !box.key.startsWith('line')))
				expect(
					box.x >= frame.x - 0.5 && box.x + box.width <= frame.x + frame.width + 0.5,
					`${box.key} inside the frame`
				).toBe(true);
			// No two labels (of marks or of the axis) overlap, and no label covers another mark.
			const labels = boxes.filter((box) => box.key.endsWith('label') || box.key.startsWith('text'));
			for (const [index, label] of labels.entries())
				for (const other of labels.slice(index + 1))
					expect(overlap(label, other), `${label.key} / ${other.key}`).toBe(false);
			// The years are on the axis, the first and the last among them.
			const years = boxes.filter((box) => /^text (2021|2022|2023|2024) /.test(box.key));
			expect(years.map((box) => box.key.split(' ')[1])).toEqual(
				expect.arrayContaining(['2021', '2022', '2023', '2024'])
			);

			const single = timeline.locator('.mark[data-event-id]').filter({ visible: true }).first();
			const id = await single.getAttribute('data-event-id');
			await single.click();
			await expect(page).toHaveURL(new RegExp(`/events/${id}$`));
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		});

	test('a cluster leads to its first event in the list of all events', async ({ page }) => {
		await page.setViewportSize({ width: 700, height: 900 });
		await page.goto('/');
		const cluster = page.locator('.mark[data-cluster]').filter({ visible: true }).first();
		const [first] = (await cluster.getAttribute('data-cluster'))!.split(' ');
		await cluster.click();
		await expect(page).toHaveURL(new RegExp(`/events#event-${first}$`));
		await expect(page.locator(`#event-${first}`)).toBeInViewport();
	});

	for (const width of [320, 390])
		test(`a theme page on a phone draws its events as rows, every title and stretch whole, each a link, at ${width} px`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 844 });
			await page.goto('/themes/taiwan');
			const timeline = page.getByRole('group', { name: 'Timeline' });
			await expect(timeline.locator('.surface')).toBeHidden();
			const rows = timeline.locator('.rows .entry');
			const taiwan = events.filter((event) => event.themes.includes('taiwan'));
			expect(await rows.evaluateAll((links) => links.map((link) => link.dataset.eventId))).toEqual(
				taiwan.map((event) => event.id)
			);
			const cut = await timeline
				.locator('.rows .title')
				.evaluateAll(
					(titles) => titles.filter((title) => title.scrollWidth > title.clientWidth + 1).length
				);
			expect(cut).toBe(0);
			for (const box of await drawnBoxes(timeline))
				expect(box.x + box.width).toBeLessThanOrEqual(width);
			// A stretch's months inside the rows' box, beside the theme's thread.
			const edge = (await timeline.locator('.rows').boundingBox())!;
			for (const date of await timeline.locator('.rows .break .date').all()) {
				const box = (await date.boundingBox())!;
				expect(box.x + box.width, (await date.textContent()) ?? '').toBeLessThanOrEqual(
					edge.x + edge.width
				);
			}
			await rows.first().click();
			await expect(page).toHaveURL(new RegExp(`/events/${taiwan[0]!.id}$`));
		});

	test('a theme page draws the theme’s events over the whole period, threaded', async ({
		page
	}) => {
		await page.goto('/themes/taiwan');
		const timeline = page.getByRole('group', { name: 'Timeline' });
		const taiwan = events.filter((event) => event.themes.includes('taiwan'));
		const ids = await timeline
			.locator('.mark[data-event-id]')
			.filter({ visible: true })
			.evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-event-id')));
		expect(ids.length).toBeGreaterThan(0);
		for (const id of ids) expect(taiwan.map((event) => event.id)).toContain(id);
		await expect(timeline.locator('polyline').filter({ visible: true })).toHaveCount(1);
	});
});

test.describe('with text at twice its size', () => {
	const LARGE_TEXT = 'html { font-size: 200% !important; }';

	for (const scripts of [false, true])
		test(`on a 1280 px screen the timeline runs down the page as rows, whose text grows (scripts ${scripts ? 'on' : 'off'})`, async ({
			browser
		}) => {
			const context = await browser.newContext({
				viewport: { width: 1280, height: 800 },
				javaScriptEnabled: scripts
			});
			const page = await context.newPage();
			// As a reader's own text size would be: in force from the first paint, before any script
			// measures the frame.
			await page.route('/', async (route) => {
				const response = await route.fetch();
				const html = await response.text();
				const body = html.replace('</head>', `<style>${LARGE_TEXT}</style></head>`);
				await route.fulfill({ response, body });
			});
			await page.goto('/');
			if (scripts) await expect(page.locator('[aria-label="Timeline"][data-from]')).toBeAttached();
			const timeline = page.getByRole('group', { name: 'Timeline' });
			await expect(timeline.locator('.surface')).toBeHidden();
			const titles = timeline.locator('.rows .entry .title');
			await expect(titles.first()).toBeVisible();
			expect(
				await titles.first().evaluate((title) => parseFloat(getComputedStyle(title).fontSize))
			).toBeGreaterThanOrEqual(2 * 15);
			await context.close();
		});

	test('text enlarged with the page open turns the lanes into live rows, and back', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1000, height: 800 });
		await page.goto('/');
		const timeline = page.getByRole('group', { name: 'Timeline' });
		await expect(timeline).toHaveAttribute('data-from', /\d/);
		await expect(timeline.locator('.surface')).toBeVisible();
		// A browser's text-size setting changed in place: nothing on the page is resized.
		const larger = await page.addStyleTag({ content: LARGE_TEXT });
		await expect(timeline.locator('.surface')).toBeHidden();
		await expect(timeline).toHaveClass(/rows-live/);
		// The rows answer the zoom buttons, as they do when the page opens at that size.
		const before = await gapAbove(timeline, 'burns-beijing-visit');
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect
			.poll(() => gapAbove(timeline, 'burns-beijing-visit'))
			.toBeGreaterThan(before * 1.4);
		await larger.evaluate((style) => (style as HTMLStyleElement).remove());
		await expect(timeline.locator('.surface')).toBeVisible();
		await expect(timeline).not.toHaveClass(/rows-live/);
		await expect(timeline.locator('.mark').filter({ visible: true }).first()).toBeVisible();
	});

	test('on a 1920 px screen the lanes stay, their words as large as a lane holds and none over another', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1920, height: 1080 });
		await page.goto('/');
		await page.addStyleTag({ content: LARGE_TEXT });
		const timeline = page.getByRole('group', { name: 'Timeline' });
		await expect(timeline.locator('.surface')).toBeVisible();
		const label = timeline.locator('.mark .label').filter({ visible: true }).first();
		expect(await label.evaluate((node) => parseFloat(getComputedStyle(node).fontSize))).toBe(19.5);
		// The axis's labels grow too, as far as its two rows hold.
		const year = timeline.locator('.axis text.context').filter({ visible: true }).first();
		expect(await year.evaluate((node) => parseFloat(getComputedStyle(node).fontSize))).toBe(15);
		// Laid out again for the larger type: no word runs past its label's room.
		await expect.poll(() => overflowingLabels(timeline)).toEqual([]);
		const boxes = await drawnBoxes(timeline);
		const labels = boxes.filter((box) => box.key.endsWith('label') || box.key.startsWith('text'));
		expect(labels.length).toBeGreaterThan(10);
		for (const [index, one] of labels.entries())
			for (const other of labels.slice(index + 1))
				expect(overlap(one, other), `${one.key} / ${other.key}`).toBe(false);
		// A cluster's count stays inside its circle.
		const counts = await timeline.locator('.cluster .node').evaluateAll((nodes) =>
			nodes
				.filter((node) => node.getClientRects().length)
				.map((node) => {
					const circle = node.getBoundingClientRect();
					const text = node.querySelector('.count')!.getBoundingClientRect();
					return text.left >= circle.left + 2 && text.right <= circle.right - 2;
				})
		);
		expect(counts.length).toBeGreaterThan(0);
		expect(counts.every(Boolean)).toBe(true);
	});
});

for (const [width, address] of [
	[2560, '/?from=2021-03-23&to=2021-06-30'],
	[1600, '/?from=2023-06-10&to=2023-11-16']
] as const)
	test(`at twice the text size on a ${width} px screen, a label carried to the frame's left edge starts inside it (${address})`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 1000 });
		await page.route(
			(url) => url.pathname === '/',
			async (route) => {
				const response = await route.fetch();
				const html = (await response.text()).replace(
					'</head>',
					'<style>html { font-size: 200% !important; }</style></head>'
				);
				await route.fulfill({ response, body: html });
			}
		);
		await page.goto(address);
		const timeline = page.getByRole('group', { name: 'Timeline' });
		await expect(timeline).toHaveAttribute('data-from', address.slice(7, 17));
		const frame = (await timeline.locator('.surface').boundingBox())!;
		const starts = await timeline
			.locator('.mark .label')
			.evaluateAll((labels) =>
				labels
					.filter((label) => label.getClientRects().length)
					.map((label) => [label.textContent, label.getBoundingClientRect().left] as const)
			);
		// A label carried into the frame from a mark past its edge (a long event's, a cluster's).
		const carried = await timeline
			.locator('.mark')
			.evaluateAll(
				(marks, left) =>
					marks.filter(
						(mark) =>
							mark.querySelector('.label')?.getClientRects().length &&
							(mark as HTMLElement).style.getPropertyValue('--shift') &&
							mark.querySelector('.node')!.getBoundingClientRect().right < left
					).length,
				frame.x
			);
		expect(carried).toBeGreaterThan(0);
		for (const [text, left] of starts) expect(left, text!).toBeGreaterThanOrEqual(frame.x - 0.5);
	});

test.describe('the stretches no collected document covers', () => {
	const sentence = 'No collected document covers April 2021 – October 2022';

	for (const javaScriptEnabled of [false, true])
		test.describe(javaScriptEnabled ? 'drawn by the browser' : 'without JavaScript', () => {
			test.use({ javaScriptEnabled });

			test('are drawn across the timeline as such, between the events around them', async ({
				page
			}) => {
				await page.setViewportSize({ width: 1280, height: 900 });
				await page.goto('/');
				const timeline = page.getByRole('group', { name: 'Timeline' });
				if (javaScriptEnabled) await expect(timeline).toHaveAttribute('data-from', /\d/);
				const band = timeline.locator(`.uncovered[title="${sentence}"]`);
				await expect(band.locator('.wordings p').filter({ visible: true })).toHaveText(sentence);
				const box = (await band.boundingBox())!;
				const markOf = (id: string) =>
					timeline.locator(`.mark[data-event-id="${id}"] .node`).filter({ visible: true });
				const before = (await markOf('blinken-nato-brussels').boundingBox())!;
				const after = (await markOf('bali-summit').boundingBox())!;
				expect(box.x).toBeGreaterThan(before.x + before.width / 2);
				expect(box.x + box.width).toBeLessThan(after.x + after.width / 2);
				// Screen readers are told, whatever words the width leaves room for.
				await expect(timeline.getByText(sentence, { exact: true }).first()).toBeAttached();
			});

			test('are said in the gap they fall in on a phone', async ({ page }) => {
				await page.setViewportSize({ width: 390, height: 844 });
				await page.goto('/');
				// The browser's rows, once they have taken over from the prerendered ones.
				if (javaScriptEnabled)
					await expect(page.getByRole('group', { name: 'Timeline' })).toHaveClass(/rows-live/);
				const gap = page
					.locator('.rows .row')
					.filter({ has: page.locator('.break', { hasText: sentence }) });
				await expect(gap).toHaveCount(1);
				await expect(gap.locator('.break')).toHaveText(`20 months later ${sentence}`, {
					useInnerText: true
				});
				await expect(gap.locator('.entry')).toHaveAttribute('data-event-id', 'bali-summit');
				await gap.locator('.break').scrollIntoViewIfNeeded();
				await expect(gap.locator('.break')).toBeInViewport();
			});
		});

	for (const [path, width] of [
		['/', 320],
		['/themes/climate', 320],
		['/themes/climate', 390]
	] as const)
		test(`on ${path} at ${width} px and twice the text size, what a gap says fits in it`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(path);
			await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
			const rows = page.locator('.rows .row').filter({ has: page.locator('.break .uncovered') });
			expect(await rows.count()).toBeGreaterThan(0);
			const overflows = await rows.evaluateAll((gaps) =>
				gaps
					.map((row) => {
						const said = row.querySelector('.break')!.getBoundingClientRect();
						const top = row.getBoundingClientRect().top;
						const entry = row.querySelector('.entry')!.getBoundingClientRect().top;
						return said.top < top || said.bottom > entry ? row.textContent!.trim() : '';
					})
					.filter(Boolean)
			);
			expect(overflows).toEqual([]);
		});

	test('a band draws the longest of its wordings that fits it, and only that one', async ({
		page
	}) => {
		await page.setViewportSize({ width: 420, height: 600 });
		await page.goto('/embed');
		const band = page.locator(`.uncovered[title="${sentence}"]`);
		const drawn = band.locator('.wordings p').filter({ visible: true });
		await expect(drawn).toHaveCount(1);
		await expect(drawn.locator('span')).toHaveText([
			'No collected document covers',
			'April 2021 – October 2022'
		]);
		const box = (await band.boundingBox())!;
		for (const line of await drawn.locator('span').all()) {
			const lineBox = (await line.boundingBox())!;
			expect(lineBox.x).toBeGreaterThanOrEqual(box.x);
			expect(lineBox.x + lineBox.width).toBeLessThanOrEqual(box.x + box.width);
		}
	});

	test('a view inside a stretch says so across the whole frame', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto('/?from=2022-01-01&to=2022-05-01');
		const timeline = page.getByRole('group', { name: 'Timeline' });
		await expect(timeline).toHaveAttribute('data-from', '2022-01-01');
		const frame = (await timeline.locator('.surface').boundingBox())!;
		const band = timeline.locator(`.uncovered[title="${sentence}"]`);
		const box = (await band.boundingBox())!;
		expect(box.x).toBeCloseTo(frame.x, 0);
		expect(box.width).toBeCloseTo(frame.width, 0);
		const wording = band.locator('.wordings p').filter({ visible: true });
		await expect(wording).toHaveText(sentence);
		await expect(wording).toBeInViewport();
	});
});

/**
 * Opens `path` with the site's scripts held back, and `style` in its head from the first paint (as
 * a reader's own text size is); returns what to call to let the scripts load.
 */
async function openWithScriptsHeld(page: Page, path: string, style?: string) {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	if (style)
		await page.route(
			(url) => url.pathname === path,
			async (route) => {
				const response = await route.fetch();
				const html = (await response.text()).replace('</head>', `<style>${style}</style></head>`);
				await route.fulfill({ response, body: html });
			}
		);
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await watchLayoutShifts(page);
	await page.goto(path, { waitUntil: 'domcontentloaded' });
	return release;
}

/** The visible labels whose words run past their room (cut inside a word by the frame), by text. */
const overflowingLabels = (timeline: Locator) =>
	timeline
		.locator('.mark .label')
		.evaluateAll((labels) =>
			labels
				.filter(
					(label) => label.getClientRects().length && label.scrollWidth > label.clientWidth + 1
				)
				.map((label) => label.textContent)
		);

for (const [path, viewport, textSize] of [
	['/', { width: 390, height: 844 }],
	['/', { width: 1280, height: 900 }],
	['/', { width: 1920, height: 1080 }],
	// A reader's text size of 200 %: the frame is laid out at its width in rem, the figure as well.
	['/', { width: 1600, height: 1000 }, '200%'],
	['/embed', { width: 700, height: 600 }],
	['/embed', { width: 1000, height: 600 }, '150%'],
	// Smaller text keeps the default layout: a layout wider than the frame would crowd its marks.
	['/', { width: 1280, height: 900 }, '75%'],
	['/themes/climate', { width: 1280, height: 900 }],
	['/themes/taiwan', { width: 390, height: 844 }]
] as const)
	test(`the browser takes over the drawing of ${path} at ${viewport.width} px${textSize ? ` and ${textSize} text` : ''} without moving anything`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		const style = textSize && `html { font-size: ${textSize} !important; }`;
		const release = await openWithScriptsHeld(page, path, style);
		const timeline = page.getByRole('group', { name: 'Timeline' });
		const vertical = path !== '/embed' && viewport.width < 620;
		await expect(timeline.locator('.surface')).toHaveClass(/tl-figure/);
		const before = await drawnBoxes(timeline);
		expect(before.length).toBeGreaterThan(10);
		expect(await overflowingLabels(timeline)).toEqual([]);
		release();
		await expect(timeline).toHaveAttribute('data-from', /\d/);
		if (vertical) await expect(timeline).toHaveClass(/rows-live/);
		else await expect(timeline.locator('.surface')).toHaveClass(/tl-live/);
		await page.waitForTimeout(200);
		const after = new Map((await drawnBoxes(timeline)).map((box) => [box.key, box]));
		// Everything drawn before is still drawn, where it was, and nothing new appeared.
		for (const box of before) {
			const now = after.get(box.key);
			expect(now, `${box.key} still drawn`).toBeDefined();
			for (const side of ['x', 'y', 'width', 'height'] as const)
				expect(Math.abs(now![side] - box[side]), `${box.key} ${side}`).toBeLessThanOrEqual(1);
		}
		expect([...after.keys()].sort()).toEqual(before.map((box) => box.key).sort());
		expect(await overflowingLabels(timeline)).toEqual([]);
		// The page's cumulative layout shift, to the two decimals it is quoted in, and what moved.
		const shifts = await layoutShifts(page);
		const cumulative = shifts.reduce((sum, shift) => sum + shift.value, 0);
		expect(cumulative.toFixed(2), JSON.stringify(shifts, null, 1)).toBe('0.00');
	});

test('printing the home page prints the timeline, drawn as vectors, above the list', async ({
	page
}) => {
	await page.goto('/');
	const timeline = page.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', /\d/);
	await page.emulateMedia({ media: 'print' });
	await expect(timeline.locator('.surface')).toHaveClass(/tl-figure/);
	const marks = timeline.locator('.mark').filter({ visible: true });
	expect(await marks.count()).toBeGreaterThan(5);
	await expect(timeline.locator('img, canvas')).toHaveCount(0);
	// A cluster's count is drawn in its disc, a background: paper keeps it, as a print's default
	// of no backgrounds would leave the count pale on white.
	const cluster = timeline.locator('[data-cluster]').first();
	expect(
		await cluster.evaluate((mark) => getComputedStyle(mark).getPropertyValue('print-color-adjust'))
	).toBe('exact');
	const figure = (await timeline.locator('.surface').boundingBox())!;
	const list = (await page.getByRole('heading', { name: /events, in order/ }).boundingBox())!;
	expect(figure.y + figure.height).toBeLessThanOrEqual(list.y);
	// The controls are for the screen.
	await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
	await page.emulateMedia({ media: 'screen' });
	await expect(timeline.locator('.surface')).toHaveClass(/tl-live/);
});

test('a theme of few events has a frame of their height on a wide screen, and the default one on a narrower', async ({
	page
}) => {
	const frameHeight = () =>
		page
			.getByRole('group', { name: 'Timeline' })
			.locator('.surface')
			.evaluate((frame) => frame.getBoundingClientRect().height);
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/themes/climate');
	expect(await frameHeight()).toBeLessThan(250);
	// Narrower, a view with no event wraps its buttons: the box saying so needs the default room.
	await page.setViewportSize({ width: 700, height: 900 });
	await expect.poll(frameHeight).toBe(320);
});
