// Labels as a reader sees them: whole titles where their lane has room, cut at a word only where it
// has not, never overlapping and never outside the frame, at the opening view, after zooming and
// after a pan, on a desktop; on a phone, where the timeline is vertical, every row's title whole.
// In light and dark.
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';

interface LabelReading {
	/** Marks whose node is inside the frame. */
	visible: number;
	/** Of those, marks whose label shows their whole title (or a cluster's word, "events"). */
	complete: number;
	/** Visible events, not clusters, whose label is not their whole title, with what it says. */
	incomplete: string[];
	/** Pairs of labels whose boxes overlap. */
	overlaps: string[];
	/** Labels that start or end outside the frame. */
	outside: string[];
	/** Labels cut mid-word: their text is not a start of the title ending at a word, with "…". */
	midWord: string[];
	/** Labels cut short though their room holds their next word (with its ellipsis) or the whole title. */
	roomy: string[];
	/** Labels cut short though the free lane beside them, up to the next label or mark, holds their next word. */
	slack: string[];
}

const emptyReading = (): LabelReading => ({
	visible: 0,
	complete: 0,
	incomplete: [],
	overlaps: [],
	outside: [],
	midWord: [],
	roomy: [],
	slack: []
});

let titles: Record<string, string>;

test.beforeAll(async ({ request }) => {
	const dataset = await (await request.get('/data/timeline.json')).json();
	titles = Object.fromEntries(
		dataset.events.map((event: { id: string; title: string }) => [event.id, event.title])
	);
});

/** On a phone: the rows on the screen, and their titles. */
async function readRows(page: Page): Promise<LabelReading> {
	return page.evaluate(
		([titles, reading]) => {
			let previous: { id: string; box: DOMRect } | undefined;
			for (const row of document.querySelectorAll<HTMLElement>(
				'[aria-label="Timeline"] .rows .entry'
			)) {
				const box = row.getBoundingClientRect();
				if (box.bottom <= 0 || box.top >= innerHeight) continue;
				const id = row.dataset.eventId!;
				const title = row.querySelector<HTMLElement>('.title')!;
				const text = title.firstChild!.textContent!.trim();
				reading.visible++;
				if (text === titles[id] && title.scrollWidth <= title.clientWidth + 1) reading.complete++;
				else reading.incomplete.push(`${id}: "${text}"`);
				if (box.left < -0.5 || title.getBoundingClientRect().right > innerWidth + 0.5)
					reading.outside.push(id);
				if (previous && box.top < previous.box.bottom - 0.5)
					reading.overlaps.push(`${previous.id} / ${id}`);
				previous = { id, box };
			}
			return reading;
		},
		[titles, emptyReading()] as const
	);
}

async function readLabels(page: Page): Promise<LabelReading> {
	return page.evaluate(
		([titles, reading]) => {
			const frame = document
				.querySelector('[aria-label="Timeline"] .surface')!
				.getBoundingClientRect();
			const boxes: { name: string; box: DOMRect }[] = [];
			const nodes: DOMRect[] = [];
			const cut: { name: string; box: DOMRect; left: boolean; longer: string; needs: number }[] =
				[];
			for (const mark of document.querySelectorAll<HTMLElement>('[aria-label="Timeline"] a.mark')) {
				const node = mark.querySelector('.node')!.getBoundingClientRect();
				if (node.width === 0) continue;
				nodes.push(node);
				const id = mark.dataset.eventId;
				// A cluster's label is the word beside its badge of the count.
				const whole = id ? titles[id]! : 'events';
				const label = [...mark.querySelectorAll<HTMLElement>('.label')].find(
					(element) => element.getClientRects().length > 0
				);
				// What the label shows: its text, and of the words a wider frame adds those drawn.
				const text = [...(label?.childNodes ?? [])]
					.filter(
						(node) =>
							node.nodeType === Node.TEXT_NODE ||
							(node instanceof Element &&
								node.classList.contains('more') &&
								node.getBoundingClientRect().width > 0.5)
					)
					.map((node) => node.textContent)
					.join('')
					.trim();
				const centre = node.left + node.width / 2;
				if (centre >= frame.left && centre <= frame.right) {
					reading.visible++;
					const cutByStyle = label ? label.scrollWidth > label.clientWidth + 1 : false;
					if (text === whole && !cutByStyle) reading.complete++;
					else if (id) reading.incomplete.push(`${id}: "${text}"`);
				}
				if (!label) continue;
				const box = label.getBoundingClientRect();
				// A label wholly past an edge is not seen; one that crosses it shows a fragment.
				if (box.right <= frame.left || box.left >= frame.right) continue;
				if (text && text !== whole) {
					const kept = text.replace(/…$/, '');
					const next = whole.charAt(kept.length);
					if (
						!text.endsWith('…') ||
						!whole.startsWith(kept) ||
						(next !== '' && !/[\s,;:–—-]/.test(next))
					)
						reading.midWord.push(`${id ?? whole}: "${text}"`);
					// The room inside the label's box (its widest, at this frame width), and what the
					// next word (or the rest of the title) needs, measured in the label's own type; the
					// layout's estimate of a text may be a pixel or two over the font's.
					const rest = whole.slice(kept.length);
					const nextWord = rest.match(/^[\s,;:–—-]*[^\s\-–—]+[-–—]?/)?.[0] ?? rest;
					if (whole.startsWith(kept) && rest) {
						const style = getComputedStyle(label);
						const room =
							parseFloat(style.maxWidth) -
							parseFloat(style.paddingLeft) -
							parseFloat(style.paddingRight);
						const context = document.createElement('canvas').getContext('2d')!;
						context.font = style.font;
						const longer = kept + nextWord === whole ? whole : `${kept}${nextWord}…`;
						const needs = context.measureText(longer).width;
						if (needs < room - 2.5)
							reading.roomy.push(
								`${id}: "${text}" in ${room.toFixed(0)} px, where "${longer}" needs ${needs.toFixed(0)}`
							);
						const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
						cut.push({
							name: id ?? whole,
							box,
							left: mark.classList.contains('left'),
							longer,
							needs: needs + padding
						});
					}
				}
				if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5)
					reading.outside.push(`${id ?? whole}: ${box.left.toFixed(0)}–${box.right.toFixed(0)}`);
				boxes.push({ name: id ?? whole, box });
			}
			// The free lane beside a cut label: from where its text starts to the next label or mark
			// of its row on the side it grows to (or the frame's edge), less the 4 px kept between
			// neighbours. A mark's hit area reaches past its node, so 12 px of that is allowed.
			for (const label of cut) {
				const inRow = (other: DOMRect) =>
					Math.min(other.bottom, label.box.bottom) - Math.max(other.top, label.box.top) > 0.5;
				const others = [...boxes.map(({ box }) => box), ...nodes].filter(
					(other) => other !== label.box && inRow(other)
				);
				const free = label.left
					? label.box.right -
						Math.max(
							frame.left,
							...others.filter((o) => o.right <= label.box.left + 0.5).map((o) => o.right)
						) -
						4
					: Math.min(
							frame.right,
							...others.filter((o) => o.left >= label.box.right - 0.5).map((o) => o.left)
						) -
						4 -
						label.box.left;
				if (label.needs < free - 12)
					reading.slack.push(
						`${label.name}: "${label.longer}" needs ${label.needs.toFixed(0)} px, ${free.toFixed(0)} px free`
					);
			}
			for (let a = 0; a < boxes.length; a++)
				for (let b = a + 1; b < boxes.length; b++) {
					const [one, two] = [boxes[a]!.box, boxes[b]!.box];
					const overlap =
						Math.min(one.right, two.right) - Math.max(one.left, two.left) > 0.5 &&
						Math.min(one.bottom, two.bottom) - Math.max(one.top, two.top) > 0.5;
					if (overlap) reading.overlaps.push(`${boxes[a]!.name} / ${boxes[b]!.name}`);
				}
			return reading;
		},
		[titles, emptyReading()] as const
	);
}

async function openView(page: Page, query: string) {
	await page.goto(`/${query}`);
	const timeline = page.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', /^\d{4}-\d{2}-\d{2}$/);
	if (query) await expect(timeline).toHaveAttribute('data-from', query.match(/from=([\d-]+)/)![1]!);
	return timeline;
}

function report(testInfo: TestInfo, view: string, reading: LabelReading) {
	const share = reading.visible ? reading.complete / reading.visible : 1;
	testInfo.annotations.push({
		type: 'complete labels',
		description: `${view}: ${reading.complete} of ${reading.visible} visible marks (${(share * 100).toFixed(0)}%)`
	});
	return share;
}

const VIEWS = [
	{ name: 'opening view', query: '' },
	{ name: 'the year 2023', query: '?from=2023-01-01&to=2024-01-01' },
	{ name: 'spring and summer 2023', query: '?from=2023-04-01&to=2023-09-01' },
	{ name: 'the first half of 2021', query: '?from=2021-01-15&to=2021-07-01' }
];

for (const { width, height, scheme, least } of [
	// The least share of complete labels any of the views may have: every mark, at the opening
	// view and zoomed, on a desktop; every row on a phone.
	...(['light', 'dark'] as const).flatMap((scheme) => [
		{ width: 1440, height: 900, scheme, least: 1 },
		{ width: 390, height: 844, scheme, least: 1 }
	])
]) {
	test.describe(`at ${width} × ${height}, ${scheme}`, () => {
		test.use({ viewport: { width, height }, colorScheme: scheme });

		for (const { name, query } of VIEWS)
			test(`${name}: labels whole where there is room, cut at a word, none overlapping or outside`, async ({
				page
			}, testInfo) => {
				await openView(page, query);
				const reading = width < 620 ? await readRows(page) : await readLabels(page);
				const share = report(testInfo, name, reading);
				expect(reading.overlaps).toEqual([]);
				expect(reading.outside).toEqual([]);
				expect(reading.midWord).toEqual([]);
				expect(reading.visible).toBeGreaterThan(0);
				expect(share, reading.incomplete.join('; ')).toBeGreaterThanOrEqual(least);
				// On a desktop, every event of the opening view that is not in a cluster shows its title whole.
				if (width >= 1280 && !query) expect(reading.incomplete).toEqual([]);
			});
	});
}

test.describe('at 1440 × 900', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('after a pan, no label hangs past the left edge: it starts at the edge or goes', async ({
		page
	}) => {
		const timeline = await openView(page, '?from=2023-01-01&to=2023-07-01');
		const box = (await timeline.locator('.surface').boundingBox())!;
		const y = box.y + box.height / 2;
		for (const distance of [137, 211, 89]) {
			await page.mouse.move(box.x + box.width / 2, y);
			await page.mouse.down();
			await page.mouse.move(box.x + box.width / 2 - distance, y, { steps: 6 });
			await page.mouse.up();
			const reading = await readLabels(page);
			expect(reading.outside).toEqual([]);
			expect(reading.midWord).toEqual([]);
			expect(reading.overlaps).toEqual([]);
		}
	});
});

test('on every desktop width, the opening view shows each event that is not in a cluster with its whole title', async ({
	page
}, testInfo) => {
	for (const width of [1280, 1366, 1536, 1600, 1920, 2560]) {
		await page.setViewportSize({ width, height: 1000 });
		await openView(page, '');
		const reading = await readLabels(page);
		report(testInfo, `opening view at ${width} px`, reading);
		expect(reading.incomplete, `at ${width} px`).toEqual([]);
		expect(reading.overlaps, `at ${width} px`).toEqual([]);
		expect(reading.outside, `at ${width} px`).toEqual([]);
	}
});

test('on a theme’s page at 1280 px, where its timeline takes the page’s width, every event’s label is whole, its bold ones too', async ({
	page
}, testInfo) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/themes/leader-consensus');
	const timeline = page.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', /^\d{4}/);
	expect(await timeline.locator('a.mark.highlighted .label:visible').count()).toBeGreaterThan(0);
	const reading = await readLabels(page);
	report(testInfo, 'a theme’s page at 1280 px', reading);
	expect(reading.visible).toBeGreaterThan(0);
	// Whole: the title and no ellipsis, and nothing cut by the label's box.
	expect(reading.incomplete).toEqual([]);
	expect(reading.overlaps).toEqual([]);
	expect(reading.outside).toEqual([]);
});

test('on a frame between two layout widths, a label is cut only where its room is short of its next word', async ({
	page
}, testInfo) => {
	for (const width of [768, 1100, 1366]) {
		await page.setViewportSize({ width, height: 900 });
		for (const { name, query } of VIEWS) {
			await openView(page, query);
			const reading = await readLabels(page);
			report(testInfo, `${name} at ${width} px`, reading);
			expect(reading.roomy, `${name} at ${width} px`).toEqual([]);
			expect(reading.midWord, `${name} at ${width} px`).toEqual([]);
			expect(reading.overlaps, `${name} at ${width} px`).toEqual([]);
			expect(reading.outside, `${name} at ${width} px`).toEqual([]);
		}
	}
});

/**
 * Opens `path` with the timeline's frame `frameWidth` px wide (at least, and less than a pixel
 * more): the page's margins around it are measured, as they differ from page to page.
 */
async function openWithFrame(page: Page, path: string, frameWidth: number) {
	let viewport = frameWidth + 100;
	for (let tries = 0; tries < 6; tries++) {
		await page.setViewportSize({ width: viewport, height: 900 });
		await page.goto(path);
		const timeline = page.getByRole('group', { name: 'Timeline' });
		await expect(timeline).toHaveAttribute('data-from', /^\d{4}/);
		const frame = (await timeline.locator('.surface').boundingBox())!;
		const over = frame.width - frameWidth;
		if (over >= 0 && over < 1) return;
		viewport += over < 0 ? Math.ceil(-over) : -Math.max(1, Math.floor(over));
	}
	throw new Error(`no viewport gives ${path} a frame ${frameWidth} px wide`);
}

// Below 960 px labels may be cut; 620 and 780 px are the widths such frames are laid out at.
for (const frameWidth of [620, 780]) {
	test(`on a ${frameWidth} px frame, a layout width, no cut label has its next word's room free beside it`, async ({
		page
	}, testInfo) => {
		const paths = [
			...VIEWS.map(({ name, query }) => ({ name, path: `/${query}` })),
			// Highlighted events' labels are bold: they need that room.
			{ name: 'two themes highlighted', path: '/?themes=leader-consensus,taiwan' },
			{ name: 'a theme’s page', path: '/themes/leader-consensus' }
		];
		for (const { name, path } of paths) {
			await openWithFrame(page, path, frameWidth);
			const reading = await readLabels(page);
			expect(reading.visible).toBeGreaterThan(0);
			report(testInfo, `${name} on a ${frameWidth} px frame`, reading);
			expect(reading.slack, `${name} on a ${frameWidth} px frame`).toEqual([]);
			expect(reading.roomy, `${name} on a ${frameWidth} px frame`).toEqual([]);
			expect(reading.midWord, `${name} on a ${frameWidth} px frame`).toEqual([]);
			expect(reading.overlaps, `${name} on a ${frameWidth} px frame`).toEqual([]);
			expect(reading.outside, `${name} on a ${frameWidth} px frame`).toEqual([]);
		}
	});
}
