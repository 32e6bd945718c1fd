// The embed in a newsroom page on another origin: sandboxed, configured by its query, resizing itself safely.
import type { Frame, Page } from '@playwright/test';
import { HOST_PORT, PLAIN_PORT, PORT } from '../../playwright.config';
import { expect, test } from './fixtures';
import { holdScripts } from './holdScripts';

const EMBED_ORIGIN = `http://127.0.0.1:${PORT}`;
const HOST = `http://127.0.0.1:${HOST_PORT}/`;

function hostUrl(
	options: {
		widths?: string;
		query?: string;
		resize?: boolean | 'late';
		sandbox?: string;
		id?: string;
	} = {}
) {
	const params = new URLSearchParams({ embed: EMBED_ORIGIN, widths: options.widths ?? '360' });
	if (options.id !== undefined) params.set('id', options.id);
	if (options.query !== undefined) params.set('query', options.query);
	if (options.resize === false) params.set('resize', 'no');
	if (options.resize === 'late') params.set('resize', 'late');
	if (options.sandbox !== undefined) params.set('sandbox', options.sandbox);
	return `${HOST}?${params}`;
}

async function embedFrame(page: Page, index = 0): Promise<Frame> {
	const handle = await page.locator('iframe').nth(index).elementHandle();
	const frame = (await handle!.contentFrame())!;
	await expect(frame.getByRole('group', { name: 'Timeline' })).toHaveAttribute(
		'data-from',
		/\d{4}-\d{2}-\d{2}/
	);
	return frame;
}

const frameHeight = (page: Page, index = 0) =>
	page
		.locator('iframe')
		.nth(index)
		.evaluate((frame) => frame.getBoundingClientRect().height);

async function contentHeight(frame: Frame) {
	return frame.evaluate(() =>
		Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height)
	);
}

test('in a 360 px and a 900 px column the embed renders and resizes to its content, also after opening an event', async ({
	page
}) => {
	await page.goto(hostUrl({ widths: '360,900' }));
	for (const index of [0, 1]) {
		const frame = await embedFrame(page, index);
		await expect
			.poll(async () => Math.abs((await frameHeight(page, index)) - (await contentHeight(frame))), {
				timeout: 1000
			})
			.toBeLessThanOrEqual(1);
		const before = await frameHeight(page, index);
		await frame.locator('[data-event-id="anchorage-dialogue"]').click();
		await expect(
			frame.getByRole('region', { name: 'High-level strategic dialogue in Anchorage' })
		).toBeVisible();
		await expect
			.poll(() => frameHeight(page, index), { timeout: 1000 })
			.toBeGreaterThan(before + 100);
		await expect
			.poll(async () => Math.abs((await frameHeight(page, index)) - (await contentHeight(frame))), {
				timeout: 1000
			})
			.toBeLessThanOrEqual(1);
	}
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
		await page.evaluate(() => window.innerWidth)
	);
});

test('the host script ignores other windows, bad heights and any message carrying more than a height', async ({
	page
}) => {
	await page.goto(hostUrl());
	const frame = await embedFrame(page);
	await expect.poll(() => frameHeight(page)).not.toBe(300);
	const settled = await frameHeight(page);
	const send = (message: unknown) =>
		frame.evaluate((data) => window.parent.postMessage(data, '*'), message);
	for (const message of [
		{ type: 'timeline:resize', height: 'tall' },
		{ type: 'timeline:resize', height: -40 },
		{ type: 'timeline:resize', height: 1e9 },
		{ type: 'timeline:resize', height: Number.NaN },
		{ type: 'timeline:resize', height: 700, url: 'https://example.com/' },
		{ type: 'timeline:navigate', height: 700 },
		'timeline:resize 700'
	])
		await send(message);
	// From the host page itself, and from another frame: not the embed's window.
	await page.evaluate(() => window.postMessage({ type: 'timeline:resize', height: 777 }, '*'));
	await page.evaluate(() => {
		const other = document.createElement('iframe');
		const script = 'script';
		other.srcdoc = `<${script}>parent.postMessage({ type: 'timeline:resize', height: 888 }, '*')</${script}>`;
		document.body.append(other);
	});
	await page.waitForTimeout(300);
	expect(await frameHeight(page)).toBe(settled);
	// Nor does the other frame (an ad, say) grow itself: it is not of the timeline's site.
	expect(
		await page.locator('iframe[srcdoc]').evaluate((other) => other.getBoundingClientRect().height)
	).not.toBe(888);
	expect(page.url()).toContain(`127.0.0.1:${HOST_PORT}`);
	// A well-formed message from the embed still works, clamped to a sane range.
	await send({ type: 'timeline:resize', height: 20 });
	await expect.poll(() => frameHeight(page)).toBe(150);
});

test('the host script works beside a host element of any id (it keeps nothing on window)', async ({
	page
}) => {
	// Named access: an element with id="__timelineResize" is window.__timelineResize, which the
	// script once read as "already running" and so did nothing.
	for (const id of ['__timelineResize', 'addEventListener']) {
		await page.goto(hostUrl({ id }));
		const frame = await embedFrame(page);
		await expect
			.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))), {
				timeout: 2000
			})
			.toBeLessThanOrEqual(1);
	}
});

test('light whatever the reader’s system unless asked, from the first paint; scheme=auto follows the system', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	for (const [query, expected] of [
		['', 'rgb(255, 255, 255)'],
		['?scheme=light', 'rgb(255, 255, 255)'],
		['?scheme=sepia', 'rgb(255, 255, 255)'],
		['?scheme=dark', 'rgb(21, 23, 28)'],
		['?scheme=auto', 'rgb(21, 23, 28)']
	]) {
		// As the reader first sees it, before the app's scripts have started.
		const release = await holdScripts(page);
		await page.goto(`/embed${query}`, { waitUntil: 'domcontentloaded' });
		expect(await background(), `${query || 'no scheme'}, before the scripts`).toBe(expected);
		release();
		await expect(page.getByRole('group', { name: 'Timeline' })).toHaveAttribute('data-from', /\d/);
		expect(await background(), `${query || 'no scheme'}, after`).toBe(expected);
		await page.unrouteAll({ behavior: 'ignoreErrors' });
	}
	await page.emulateMedia({ colorScheme: 'light' });
	expect(await background(), 'scheme=auto in a light system').toBe('rgb(255, 255, 255)');
});

test('a wheel over the frame scrolls the article; Ctrl + wheel zooms, and the frame says so', async ({
	page
}) => {
	await page.setViewportSize({ width: 800, height: 600 });
	await page.goto(hostUrl({ widths: '640' }));
	const frame = await embedFrame(page);
	// A long article: the reader scrolls back up it with the wheel, over the timeline.
	await page.addStyleTag({ content: 'article { padding: 2000px 0; }' });
	const timeline = frame.getByRole('group', { name: 'Timeline' });
	const from = await timeline.getAttribute('data-from');
	const box = (await page.locator('iframe').boundingBox())!;
	await page.evaluate((top) => scrollBy(0, top - 100), box.y);
	const surface = (await frame.locator('.surface').boundingBox())!;
	await page.mouse.move(surface.x + surface.width / 2, surface.y + surface.height / 2);
	const before = await page.evaluate(() => scrollY);
	for (let step = 0; step < 6; step++) await page.mouse.wheel(0, -100);
	await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(before - 300);
	await expect(timeline).toHaveAttribute('data-from', from!);
	// The frame says how to zoom, drawn over the timeline for a moment (not read out: a keyboard
	// zooms with + and −, as the timeline's description says).
	const hint = () =>
		frame.locator('.surface').evaluate((surface) => getComputedStyle(surface, '::before').content);
	await expect.poll(hint).toBe('"Ctrl or ⌘ + scroll to zoom" / ""');
	await expect.poll(hint, { timeout: 3000 }).toBe('none');

	await page.evaluate(
		(top) => scrollBy(0, top - 100),
		(await page.locator('iframe').boundingBox())!.y
	);
	const scrolled = await page.evaluate(() => scrollY);
	const inView = (await frame.locator('.surface').boundingBox())!;
	await page.mouse.move(inView.x + inView.width / 2, inView.y + inView.height / 2);
	const days = async () => {
		const [start, end] = await Promise.all(
			['data-from', 'data-to'].map((name) => timeline.getAttribute(name))
		);
		return (Date.parse(end!) - Date.parse(start!)) / 86_400_000;
	};
	const daysBefore = await days();
	await page.keyboard.down('Control');
	await page.mouse.wheel(0, -100);
	await page.keyboard.up('Control');
	await expect(timeline).not.toHaveAttribute('data-from', from!);
	expect(await page.evaluate(() => scrollY)).toBe(scrolled);
	// A notch held with Ctrl zooms as a notch does where the wheel alone zooms (about 1.15 times),
	// not four times, which took three notches from the whole record to a week.
	await page.waitForTimeout(200);
	expect((await days()) / daysBefore).toBeGreaterThan(0.8);
	expect((await days()) / daysBefore).toBeLessThan(0.95);
});

test('a range shows the labels of its own events only, none of one just before it', async ({
	page
}) => {
	const { events } = (await (await page.request.get('/data/timeline.json')).json()) as {
		events: { id: string; start: string; end?: string }[];
	};
	await page.setViewportSize({ width: 640, height: 700 });
	await page.goto('/embed?from=2023-01-01&to=2023-12-31');
	const timeline = page.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', '2023-01-01');
	const labelled = await timeline
		.locator('.mark[data-event-id]')
		.evaluateAll((marks) =>
			marks
				.filter((mark) => (mark.querySelector('.label')?.getBoundingClientRect().width ?? 0) > 0)
				.map((mark) => mark.getAttribute('data-event-id')!)
		);
	expect(labelled.length).toBeGreaterThan(3);
	// A screen reader hears the range shown, in words.
	await expect(timeline).toHaveAccessibleDescription(
		/^Showing 1 January 2023 to 31 December 2023\. Tab to the events/
	);
	for (const id of labelled) {
		const event = events.find((candidate) => candidate.id === id)!;
		// Bali (14 November 2022) was labelled at the edge, under January 2023.
		expect(event.end ?? event.start, id).toMatch(/^2023-/);
	}
});

test('an embedded event opens on one quote, the rest a button away, so a phone’s article is not pushed far down', async ({
	page
}) => {
	await page.setViewportSize({ width: 375, height: 700 });
	await page.goto('/embed?event=anchorage-dialogue');
	const panel = page.getByRole('region', { name: 'High-level strategic dialogue in Anchorage' });
	await expect(panel.locator('blockquote:visible')).toHaveCount(1);
	const showAll = panel.getByRole('button', { name: /^Show all \d+ quotes$/ });
	await showAll.click();
	expect(await panel.locator('blockquote:visible').count()).toBeGreaterThan(4);
	await expect(panel.getByRole('button', { name: 'Show only the first quote' })).toBeVisible();
});

test('printed, an open event is the event alone, without the panel’s buttons', async ({ page }) => {
	await page.goto('/embed?event=anchorage-dialogue');
	const panel = page.getByRole('region', { name: 'High-level strategic dialogue in Anchorage' });
	await expect(panel.getByRole('button', { name: 'Next event' })).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
	for (const name of ['Previous event', 'Next event', 'Close event details'])
		await expect(panel.getByRole('button', { name })).toBeHidden();
});

test('printed, an embed of a range or a voice keeps its events: paper shows what the screen shows', async ({
	page
}) => {
	for (const query of ['from=2023-01-01&to=2023-12-31', 'voices=us-government']) {
		await page.emulateMedia({ media: 'screen' });
		await page.goto(`/embed?${query}`);
		const timeline = page.getByRole('group', { name: 'Timeline' });
		await expect(timeline).toHaveAttribute('data-from', /\d/);
		const shown = () =>
			timeline
				.locator('.mark')
				.filter({ visible: true })
				.evaluateAll((marks) =>
					marks
						.map((mark) => mark.getAttribute('data-event-id') ?? mark.getAttribute('data-cluster'))
						.sort()
				);
		const onScreen = await shown();
		expect(onScreen.length, query).toBeGreaterThan(0);
		await page.emulateMedia({ media: 'print' });
		// Whatever the page redraws for paper, it has drawn two frames later.
		await page.evaluate(
			() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
		);
		expect(await shown(), query).toEqual(onScreen);
	}
});

test('options written by hand are read as meant: ids in any case, a list repeated, half a range as none', async ({
	page
}) => {
	await page.goto('/embed?themes=Taiwan&themes=climate&from=2022-01-01');
	const timeline = page.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', /^(2020-12|2021-01)-/);
	const full = page.getByRole('link', { name: /Open full timeline/ });
	// The full timeline opens on what the frame shows: both themes, the whole record.
	await expect(full).toHaveAttribute('href', /themes=taiwan(%2C|,)climate/);
	expect(await full.getAttribute('href')).not.toContain('from=');
});

test('a dark embed prints dark on white, as any page of the site', async ({ page }) => {
	await page.goto('/embed?scheme=dark');
	const timeline = page.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', /\d/);
	const ink = () => page.evaluate(() => getComputedStyle(document.body).color);
	expect(await ink()).not.toBe('rgb(26, 28, 33)');
	await page.emulateMedia({ media: 'print' });
	expect(await ink()).toBe('rgb(26, 28, 33)');
});

test('the options in the query string take effect', async ({ page }) => {
	await page.goto(
		hostUrl({
			query:
				'event=bali-summit&themes=taiwan&from=2022-06-01&to=2023-06-30&scheme=dark&controls=hide&height=560'
		})
	);
	const frame = await embedFrame(page);
	const timeline = frame.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', '2022-06-01');
	await expect(timeline).toHaveAttribute('data-to', '2023-06-30');
	const panel = frame.getByRole('region', { name: /Bali/ });
	await expect(panel).toBeVisible();
	// Hidden controls are the timeline's: the panel keeps its way on and its way out.
	for (const name of ['Previous event', 'Next event'])
		await expect(panel.getByRole('button', { name })).toBeVisible();
	await expect(panel.getByRole('button', { name: /^Close/ })).toBeVisible();
	await expect(frame.getByRole('button', { name: 'Zoom in', exact: true })).toHaveCount(0);
	await expect(frame.getByRole('button', { name: /^The Taiwan question/ })).toHaveCount(0);
	expect(await frame.evaluate(() => document.documentElement.dataset.scheme)).toBe('dark');
	expect(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
		'rgb(21, 23, 28)'
	);
	await expect(timeline.locator('[data-event-id="bali-summit"]')).toHaveClass(/dimmed/);
	// Without the legend, the frame says what it highlights.
	await expect(frame.getByText('Highlighted: The Taiwan question', { exact: true })).toBeVisible();
	// A fixed height sends no resize messages: the host's own height stays.
	await page.waitForTimeout(300);
	expect(await frameHeight(page)).toBe(300);
	await panel.getByRole('button', { name: /^Close/ }).click();
	await expect(panel).toHaveCount(0);
});

test('a resize script that comes after the frame has loaded still fits it, asking for its height', async ({
	page
}) => {
	await page.goto(hostUrl({ resize: 'late' }));
	const frame = await embedFrame(page);
	await page.waitForLoadState('load');
	expect(await frameHeight(page)).toBe(300);
	await expect
		.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))), {
			timeout: 5000
		})
		.toBeLessThanOrEqual(1);
});

test('an embed that opens on an event is sized once, to its open panel, not first to the timeline alone', async ({
	page
}) => {
	await page.addInitScript(() => {
		const heights: string[] = [];
		(window as unknown as { frameHeights: string[] }).frameHeights = heights;
		new MutationObserver((records) => {
			for (const record of records)
				if (record.target instanceof HTMLIFrameElement) heights.push(record.target.style.height);
		}).observe(document, { subtree: true, attributeFilter: ['style'] });
	});
	await page.goto(hostUrl({ query: 'height=auto&event=anchorage-dialogue' }));
	const frame = await embedFrame(page);
	await expect(frame.getByRole('region', { name: /Anchorage/ })).toBeVisible();
	await expect
		.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))))
		.toBeLessThanOrEqual(1);
	await page.waitForTimeout(300);
	const heights = await page.evaluate(
		() => (window as unknown as { frameHeights: string[] }).frameHeights
	);
	expect(heights).toEqual([`${await frameHeight(page)}px`]);
});

test('with its controls hidden, a tapped cluster zooms in and the zoom buttons come back, Show all leading back to the whole period', async ({
	page
}) => {
	await page.goto(hostUrl({ query: 'height=auto&controls=hide', widths: '358' }));
	const frame = await embedFrame(page);
	const timeline = frame.getByRole('group', { name: 'Timeline' });
	const whole = await timeline.getAttribute('data-from');
	const showAll = frame.getByRole('button', { name: 'Show all' });
	await expect(showAll).toHaveCount(0);
	await timeline.locator('.mark.cluster').first().click();
	await expect(timeline).not.toHaveAttribute('data-from', whole!);
	await expect(showAll).toBeVisible();
	await expect(frame.getByRole('button', { name: 'Zoom out' })).toBeVisible();
	await showAll.click();
	await expect(timeline).toHaveAttribute('data-from', whole!);
	await expect(showAll).toHaveCount(0);
});

test('in a 375 px phone’s column the zoom buttons keep to one row, their signs for words, their names whole', async ({
	page
}) => {
	await page.goto(hostUrl({ widths: '343' }));
	const frame = await embedFrame(page);
	const tops = await Promise.all(
		['Zoom in', 'Zoom out', 'Show all'].map(async (name) => {
			const button = frame.getByRole('button', { name, exact: true });
			await expect(button).toBeVisible();
			return (await button.boundingBox())!.y;
		})
	);
	expect(new Set(tops).size).toBe(1);
});

test('with its controls hidden, an embed of some voices still says what it leaves out', async ({
	page
}) => {
	await page.goto(hostUrl({ query: 'voices=us-government&controls=hide' }));
	const frame = await embedFrame(page);
	const timeline = frame.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', /\d/);
	const shown = await timeline.locator('.mark').count();
	const note = frame.getByText(/^Showing \d+ of \d+ events: those quoting US government\.$/);
	await expect(note).toBeVisible();
	const [kept, total] = (await note.textContent())!.match(/\d+/g)!.map(Number);
	expect(kept).toBeLessThan(total!);
	expect(kept).toBeGreaterThanOrEqual(shown);
});

test('"Open full timeline" carries the view to the full site in a new tab', async ({ page }) => {
	await page.goto(hostUrl({ query: 'themes=climate&height=auto', widths: '900' }));
	const frame = await embedFrame(page);
	const link = frame.getByRole('link', { name: /Open full timeline/ });
	await expect(link).toHaveAttribute('href', /\?themes=climate$/);
	await frame.locator('[data-event-id="bali-summit"]').click();
	await expect(frame.getByRole('region', { name: /Bali/ })).toBeVisible();
	await expect(link).toHaveAttribute('target', '_blank');
	await expect(link).toHaveAttribute('href', /\?event=bali-summit&themes=climate$/);
	const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
	await expect(popup).toHaveURL(
		new RegExp(`127\\.0\\.0\\.1:${PORT}/\\?event=bali-summit&themes=climate$`)
	);
	await expect(popup.getByRole('region', { name: /Bali/ })).toBeVisible();
	await popup.close();
	expect(page.url()).toContain(`127.0.0.1:${HOST_PORT}`);
});

test('with panel=page an event opens its own page in a new tab', async ({ page }) => {
	await page.goto(hostUrl({ query: 'panel=page' }));
	const frame = await embedFrame(page);
	const [popup] = await Promise.all([
		page.waitForEvent('popup'),
		frame.locator('[data-event-id="bali-summit"]').click()
	]);
	await expect(popup).toHaveURL(/\/events\/bali-summit$/);
	await popup.close();
	await expect(frame.locator('#event-panel')).toHaveCount(0);
});

test('with panel=page the starting event is marked on the timeline, its details not opened in the frame', async ({
	page
}) => {
	await page.goto(hostUrl({ query: 'panel=page&event=bali-summit', widths: '900' }));
	const frame = await embedFrame(page);
	const mark = frame.locator('[data-event-id="bali-summit"]');
	await expect(mark).toHaveAttribute('aria-current', 'true');
	await expect(mark).toBeInViewport();
	// Everything the frame asked for has arrived: an inline panel would be open by now.
	await page.waitForLoadState('networkidle');
	await expect(frame.getByRole('region', { name: /Bali/ })).toHaveCount(0);
	await expect(frame.getByRole('button', { name: /Previous/ })).toHaveCount(0);
});

// An address written by hand (the builder no longer offers such an event): the frame's voices and
// range say what it is about, so the event goes, as an unknown one would.
for (const [hiding, query] of [
	['voices hide', 'voices=us-government'],
	['range hides', 'from=2021-01-01&to=2021-12-31']
] as const)
	test(`an embed whose ${hiding} its starting event opens on its timeline alone`, async ({
		page
	}) => {
		await page.goto(hostUrl({ query: `${query}&event=san-francisco-summit`, widths: '900' }));
		const frame = await embedFrame(page);
		await expect(frame.getByRole('link', { name: /Open full timeline/ })).toHaveAttribute(
			'href',
			new RegExp(`/\\?${query}$`)
		);
		await expect(frame.locator('[data-event-id="san-francisco-summit"]')).toHaveCount(0);
		await page.waitForLoadState('networkidle');
		await expect(frame.getByRole('region')).toHaveCount(0);
	});

test('a plain iframe with a fixed height works with no script at all', async ({ page }) => {
	await page.goto(hostUrl({ query: 'height=400', resize: false }));
	const frame = await embedFrame(page);
	await expect(frame.locator('[data-event-id]').first()).toBeVisible();
	expect(await frameHeight(page)).toBe(300);
	// An event opened in it: the frame's page is its one scroll area, no box scrolls inside it.
	await frame.locator('[data-event-id="anchorage-dialogue"]').first().click();
	await expect(frame.getByRole('region', { name: /Anchorage/ })).toBeVisible();
	const scrollers = await frame.evaluate(
		() =>
			[...document.querySelectorAll('.embed *')].filter((element) => {
				const style = getComputedStyle(element);
				return (
					/(auto|scroll)/.test(style.overflowY) && element.scrollHeight > element.clientHeight + 1
				);
			}).length
	);
	expect(scrollers).toBe(0);
	expect(await frame.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(300);
	expect(await frameHeight(page)).toBe(300);
});

// In a phone's column the zoom buttons and the legends wrap onto more lines than in a wide one.
for (const [column, height] of [
	[288, 560],
	[640, 440]
] as const)
	test(`with a fixed height of ${height} px in a ${column} px column the timeline takes what the controls leave: all of it in the frame, nothing sideways`, async ({
		page
	}) => {
		// The newsroom's page, its column and iframe written by hand as an article's would be.
		await page.goto(hostUrl({ query: `height=${height}`, widths: String(column), resize: false }));
		await page
			.locator('iframe')
			.evaluate((iframe, height) => (iframe.style.height = `${height}px`), height);
		const frame = await embedFrame(page);
		await expect
			.poll(() => frame.evaluate(() => document.documentElement.scrollHeight))
			.toBeLessThanOrEqual(height);
		expect(await frame.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			column
		);
		await expect(frame.getByRole('link', { name: /Open full timeline/ })).toBeInViewport({
			ratio: 1
		});
		// The timeline itself has the rest, not a guess at it.
		const surface = (await frame.locator('.surface').boundingBox())!;
		expect(surface.height).toBeGreaterThan(150);
	});

test('the embed needs no storage or cookies', async ({ page }) => {
	await page.goto(
		hostUrl({ sandbox: 'allow-scripts allow-popups allow-popups-to-escape-sandbox' })
	);
	const frame = await embedFrame(page);
	// A snippet pasted before the sandbox had allow-same-origin: the frame cannot even read cookies
	// or storage, and still works on a host that sends _headers' CORS rules.
	const storage = await frame.evaluate(() => {
		try {
			return document.cookie + String(localStorage.length);
		} catch {
			return 'blocked';
		}
	});
	expect(storage).toBe('blocked');
	await expect(frame.locator('[data-event-id]').first()).toBeVisible();
	// That only /embed may be framed is checked on every page in security.spec.ts.
});

test('the snippet’s sandbox keeps the timeline’s origin so that it starts on a host that sends no headers, and the article stays out of its reach', async ({
	page,
	pageErrors
}) => {
	await page.goto('/embed/builder');
	const sandbox = (await page.locator('#snippet').inputValue()).match(/sandbox="([^"]+)"/)![1]!;
	expect(sandbox.split(' ').sort()).toEqual(
		['allow-popups', 'allow-popups-to-escape-sandbox', 'allow-same-origin', 'allow-scripts'].sort()
	);
	// The builder says what the sandbox does, as it is.
	await expect(page.locator('.lede')).toContainText("keeps the timeline's own origin");
	const plain = `http://127.0.0.1:${PLAIN_PORT}`;
	const inArticle = (tokens: string) =>
		`${HOST}?${new URLSearchParams({ embed: plain, widths: '600', sandbox: tokens })}`;
	const reach = (frame: Frame) =>
		frame.evaluate(() => {
			let article: string;
			try {
				article = window.parent.document.title;
			} catch (error) {
				article = (error as Error).name;
			}
			return { origin: self.origin, article };
		});

	await page.goto(inArticle(sandbox));
	const frame = await embedFrame(page);
	expect(await reach(frame)).toEqual({ origin: plain, article: 'SecurityError' });

	// Without allow-same-origin the frame's origin is "null": its scripts are cross-origin
	// requests, which a host without _headers' CORS rules refuses, and the timeline never starts.
	await page.goto(inArticle(sandbox.replace('allow-same-origin ', '')));
	const handle = await page.locator('iframe').elementHandle();
	const blocked = (await handle!.contentFrame())!;
	await expect(blocked.locator('[data-event-id]').first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(await reach(blocked)).toEqual({ origin: 'null', article: 'SecurityError' });
	await expect(blocked.getByRole('group', { name: 'Timeline' })).not.toHaveAttribute(
		'data-from',
		/./
	);
	await expect(blocked.getByRole('button', { name: 'Zoom in', exact: true })).toBeDisabled();
	// The browser reports each refused script: those, and only those, are expected here.
	expect(
		pageErrors.some((error) => /from origin 'null' .*blocked by CORS policy/.test(error))
	).toBe(true);
	const refused =
		/blocked by CORS policy|net::ERR_FAILED|Failed to fetch dynamically imported module/;
	expect(pageErrors.filter((error) => !refused.test(error))).toEqual([]);
	pageErrors.length = 0;
});

test('the builder’s snippet and preview follow every choice a journalist makes, and back', async ({
	page
}) => {
	await page.goto('/embed/builder');
	const snippetSource = async () => {
		const snippet = await page.locator('#snippet').inputValue();
		return new URL(snippet.match(/src="([^"]+)"/)![1]!.replaceAll('&amp;', '&'));
	};
	// The page's script reads the form: a first choice shows in the snippet.
	await page.getByRole('checkbox', { name: 'The Taiwan question' }).check();
	await expect.poll(async () => (await snippetSource()).searchParams.get('themes')).toBe('taiwan');

	const quoting = page.getByRole('group', { name: /Show only events quoting/ });
	const firstVoice = quoting.getByRole('checkbox').first();
	await firstVoice.check();
	const voice = await firstVoice.getAttribute('value');
	await page.getByLabel('From', { exact: true }).fill('2022-06-01');
	await page.getByLabel('To', { exact: true }).fill('2023-06-30');
	await page.getByRole('combobox', { name: 'Starting event' }).selectOption('bali-summit');
	await page.getByRole('radio', { name: /Follow the reader's system/ }).check();
	await expect.poll(async () => (await snippetSource()).searchParams.get('scheme')).toBe('auto');
	await page.getByRole('radio', { name: 'Dark', exact: true }).check();
	await page.getByRole('checkbox', { name: /Fit the content/ }).uncheck();
	await page.getByLabel('Fixed height in pixels').fill('480');
	await page.getByRole('checkbox', { name: /Show zoom buttons/ }).uncheck();
	await page.getByRole('combobox', { name: 'Event details' }).selectOption('page');

	await expect
		.poll(async () => Object.fromEntries((await snippetSource()).searchParams))
		.toEqual({
			themes: 'taiwan',
			voices: voice,
			from: '2022-06-01',
			to: '2023-06-30',
			event: 'bali-summit',
			height: '480',
			scheme: 'dark',
			controls: 'hide',
			panel: 'page'
		});
	expect(await page.locator('#snippet').inputValue()).toContain('height: 480px;');
	// The frame's title, which a screen reader announces, says what this frame shows.
	const voiceLabel = (
		await quoting
			.getByRole('checkbox')
			.first()
			.evaluate((box) => box.closest('label')!.textContent!)
	).trim();
	expect(await page.locator('#snippet').inputValue()).toMatch(
		new RegExp(
			`title=".*: interactive timeline, from 1 June 2022 to 30 June 2023, quoting ${voiceLabel}, highlighting The Taiwan question, opened at .*Bali.*"`
		)
	);
	// A fixed height needs no resize script; the preview shows what the snippet embeds.
	await expect(page.locator('#script')).toHaveCount(0);
	const source = await snippetSource();
	await expect(page.locator('iframe')).toHaveAttribute('src', `${source.pathname}${source.search}`);

	// Every choice undone: the snippet is the plain embed again, with its resize script.
	await page.getByRole('checkbox', { name: 'The Taiwan question' }).uncheck();
	await firstVoice.uncheck();
	await page.getByLabel('From', { exact: true }).fill('');
	await page.getByRole('combobox', { name: 'Starting event' }).selectOption('');
	await page.getByRole('radio', { name: 'Light', exact: true }).check();
	await page.getByRole('checkbox', { name: /Fit the content/ }).check();
	await page.getByRole('checkbox', { name: /Show zoom buttons/ }).check();
	await page.getByRole('combobox', { name: 'Event details' }).selectOption('inline');
	await expect.poll(async () => (await snippetSource()).search).toBe('');
	await expect(page.locator('#script')).toHaveCount(1);
});

test('the builder says beside a choice when it contradicts another, highlights nothing, or is too low for a phone', async ({
	page
}) => {
	await page.goto('/embed/builder');
	const notes = page.getByRole('status').filter({ hasText: /\S/ });
	const quoting = page.getByRole('group', { name: /Show only events quoting/ });
	await page
		.getByRole('combobox', { name: 'Starting event' })
		.selectOption('blinken-beijing-visit');
	await quoting.getByRole('checkbox', { name: 'US government' }).check();
	await expect(notes).toHaveText([/“Blinken visits Beijing” quotes none of the voices chosen/]);
	await quoting.getByRole('checkbox', { name: 'Chinese government' }).check();
	// Shown, it opens with its details, which make a phone's frame tall.
	await expect(notes).toHaveText([/opens with “Blinken visits Beijing” and its details/]);
	await page.getByLabel('From', { exact: true }).fill('2023-12-31');
	await page.getByLabel('To', { exact: true }).fill('2023-01-01');
	await expect(notes.filter({ hasText: /The range ends before it starts/ })).toHaveCount(1);
	await expect(notes).toHaveCount(2);
	await page.getByLabel('From', { exact: true }).fill('2023-07-01');
	await page.getByLabel('To', { exact: true }).fill('2023-12-31');
	await expect(notes).toHaveText([/“Blinken visits Beijing” is outside the range/]);
	await page.getByLabel('From', { exact: true }).fill('2023-01-01');
	await page.getByRole('checkbox', { name: /Fit the content/ }).uncheck();
	await page.getByLabel('Fixed height in pixels').fill('360');
	await expect(notes).toHaveText([/In a phone's column the embed needs about 512 px; at 360 px/]);
	await page.getByLabel('Fixed height in pixels').fill('520');
	await expect(notes).toHaveCount(0);
	// A theme that no event of 2023 quoting these voices carries would highlight nothing.
	await page.getByRole('checkbox', { name: 'Multilateral forums and third countries' }).check();
	await expect(notes).toHaveText([/^No event the embed shows has this theme in this range/]);
	await page.getByRole('checkbox', { name: 'Multilateral forums and third countries' }).uncheck();
	await expect(notes).toHaveCount(0);
});

test('the builder offers no starting event that its voices or range hide, and leaves one chosen before out of the snippet', async ({
	page
}) => {
	await page.goto('/embed/builder');
	const snippetParams = async () => {
		const snippet = await page.locator('#snippet').inputValue();
		const src = snippet.match(/src="([^"]+)"/)![1]!.replaceAll('&amp;', '&');
		return Object.fromEntries(new URL(src).searchParams);
	};
	const starting = page.getByRole('combobox', { name: 'Starting event' });
	const sanFrancisco = starting.getByRole('option', { name: /San Francisco/ });
	const usGovernment = page
		.getByRole('group', { name: /Show only events quoting/ })
		.getByRole('checkbox', { name: 'US government' });
	await starting.selectOption('san-francisco-summit');
	await expect.poll(snippetParams).toEqual({ event: 'san-francisco-summit' });
	// Its details open under the timeline in a narrow column: the builder says what that does.
	await expect(page.getByRole('status').filter({ hasText: /San Francisco/ })).toHaveText(
		/in a narrow column go under the timeline: on a phone the frame is then several screens tall/
	);

	await usGovernment.check();
	await expect(sanFrancisco).toBeDisabled();
	await expect(page.getByRole('status').filter({ hasText: /San Francisco/ })).toHaveText(
		/quotes none of the voices chosen, so the embed would not show it: the snippet leaves it out/
	);
	await expect.poll(snippetParams).toEqual({ voices: 'us-government' });
	await expect(page.locator('#snippet')).not.toHaveValue(/opened at/);
	await expect(page.getByTitle('Preview of the embedded timeline')).toHaveAttribute(
		'src',
		/\/embed\?voices=us-government$/
	);

	await usGovernment.uncheck();
	await expect(sanFrancisco).toBeEnabled();
	await expect.poll(snippetParams).toEqual({ event: 'san-francisco-summit' });
	await page.getByLabel('From', { exact: true }).fill('2021-01-01');
	await page.getByLabel('To', { exact: true }).fill('2021-12-31');
	await expect(sanFrancisco).toBeDisabled();
	await expect.poll(snippetParams).toEqual({ from: '2021-01-01', to: '2021-12-31' });
});

test('the builder’s preview fits its content, as the pasted embed does, and takes a fixed height when asked', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/embed/builder');
	const preview = page.getByTitle('Preview of the embedded timeline');
	const frame = (await (await preview.elementHandle())!.contentFrame())!;
	await expect(frame.getByRole('group', { name: 'Timeline' })).toHaveAttribute(
		'data-from',
		/\d{4}-\d{2}-\d{2}/
	);
	// A changed option reloads the preview: measured while it loads, it has no page to measure yet.
	const gap = async () => {
		try {
			return (
				(await preview.evaluate((element) => element.getBoundingClientRect().height)) -
				(await contentHeight(frame))
			);
		} catch {
			return Infinity;
		}
	};
	// No blank band under the credit line, and nothing cut off, once the frame's scripts have
	// reported its height (on a busy machine, seconds after it drew).
	await expect.poll(async () => Math.abs(await gap()), { timeout: 15_000 }).toBeLessThanOrEqual(1);
	await expect
		.poll(() => frame.evaluate(() => document.documentElement.scrollHeight - innerHeight))
		.toBeLessThanOrEqual(0);

	await page.getByRole('checkbox', { name: /Fit the content/ }).uncheck();
	await page.getByLabel('Fixed height in pixels').fill('480');
	await expect
		.poll(() => preview.evaluate((element) => element.getBoundingClientRect().height))
		.toBe(480);
	await page.getByRole('checkbox', { name: /Fit the content/ }).check();
	await expect.poll(async () => Math.abs(await gap()), { timeout: 15_000 }).toBeLessThanOrEqual(1);
});

test('the builder’s Event details choice shows whole in its box, whichever is chosen', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/embed/builder');
	const details = page.getByRole('combobox', { name: 'Event details' });
	for (const value of ['inline', 'page']) {
		await details.selectOption(value);
		// The chosen option's words against the box's room, less its padding and arrow.
		const { text, room } = await details.evaluate((select: HTMLSelectElement) => {
			const style = getComputedStyle(select);
			const context = document.createElement('canvas').getContext('2d')!;
			context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
			const label = select.selectedOptions[0]!.text;
			const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
			return {
				text: context.measureText(label).width,
				room: select.clientWidth - padding - 24
			};
		});
		expect(text, value).toBeLessThanOrEqual(room);
	}
});

test('the builder keeps the choices made before its script started', async ({ page }) => {
	// The page's scripts are held back while the journalist chooses, as on a slow connection.
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/embed/builder', { waitUntil: 'domcontentloaded' });
	await page.getByRole('radio', { name: 'Dark', exact: true }).check();
	await page.getByRole('checkbox', { name: 'The Taiwan question' }).check();
	release();
	const snippetParams = async () => {
		const snippet = await page.locator('#snippet').inputValue();
		const src = snippet.match(/src="([^"]+)"/)![1]!.replaceAll('&amp;', '&');
		return Object.fromEntries(new URL(src).searchParams);
	};
	await expect.poll(snippetParams).toEqual({ themes: 'taiwan', scheme: 'dark' });
	await expect(page.getByRole('radio', { name: 'Dark', exact: true })).toBeChecked();
});
