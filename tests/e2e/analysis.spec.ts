// What no other timeline shows: whose words, and the diplomatic vocabulary, each linked to its sentence.
import { expect, test } from './fixtures';

test('the Anchorage page sets a US and a Chinese voice side by side', async ({ page }) => {
	await page.goto('/events/anchorage-dialogue');
	const us = page.getByRole('region', { name: /In the words of: US government/ });
	const china = page.getByRole('region', { name: /In the words of: Chinese government/ });
	await expect(us.locator('blockquote').first()).toContainText('helpful');
	await expect(china.locator('blockquote').first()).toBeVisible();
	const [usBox, chinaBox] = [(await us.boundingBox())!, (await china.boundingBox())!];
	expect(Math.abs(usBox.y - chinaBox.y)).toBeLessThan(5);
});

test('an event page lists the descriptors used about it and by whom', async ({ page }) => {
	await page.goto('/events/kritenbrink-beijing');
	const descriptors = page.getByRole('region', { name: 'How it was described' });
	await expect(descriptors.getByRole('listitem').filter({ hasText: 'frank' })).toContainText(
		'Chinese government'
	);
	// The State Department's word, and the report's own in its opening sentence.
	await expect(descriptors.getByText('productive, in the words of US government')).toBeVisible();
	await expect(descriptors.getByText('productive, in the words of Media')).toBeVisible();
	// A passage of those talks quoted as evidence for Bali does not describe Bali.
	await page.goto('/events/bali-summit');
	await expect(
		page
			.getByRole('region', { name: 'How it was described' })
			.getByRole('listitem')
			.filter({ hasText: 'frank' })
	).toHaveCount(0);
});

test('each mark on /vocabulary links to the sentence it came from', async ({ page }) => {
	await page.goto('/vocabulary');
	const marks = page
		.getByRole('group', { name: 'Descriptors over time, by voice' })
		.getByRole('link');
	expect(await marks.count()).toBeGreaterThan(15);
	const labels = await marks.evaluateAll((links) =>
		links.map((link) => link.getAttribute('aria-label')!)
	);
	const index = labels.findIndex((label) => label.startsWith('substantive'));
	const mark = marks.nth(index);
	const label = labels[index]!;
	expect(label).toMatch(/^substantive, Chinese government, 2024-01-26: /);
	const sentence = label.replace(/^[^:]+: /, '');
	await mark.click();
	await expect(page).toHaveURL(/\/sources\/xinhua-wang-yi-sullivan-bangkok#t-\d+$/);
	const anchor = page.locator(':target');
	await expect(anchor).toBeInViewport();
	const paragraph = await anchor.evaluate((element) => {
		const copy = element.closest('p')!.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('.cited-by').forEach((link) => link.remove());
		return copy.textContent!;
	});
	expect(paragraph.replace(/\s+/g, ' ')).toContain(sentence.slice(0, 60));
});

test('a link to a use of a descriptor marks that word in its source, and no other passage', async ({
	page
}) => {
	for (const scripts of [true, false]) {
		const context = await page.context().browser()!.newContext({ javaScriptEnabled: scripts });
		const reader = await context.newPage();
		await reader.goto('/vocabulary');
		// The Chinese government's “constructive” of March 2021, in a sentence just before a quoted
		// passage (“The dialogue is timely, …”), which the link once marked instead.
		const link = reader
			.getByRole('row')
			.filter({ hasText: /^constructive/ })
			.filter({ hasText: 'Chinese government' })
			.filter({ hasText: '2021-03-18' })
			.getByRole('link');
		await link.first().click();
		await expect(reader).toHaveURL(/\/sources\/mfa-press-conference-2021-03-22#t-\d+$/);
		const strong = await reader
			.locator('.text :is(mark, .descriptor)')
			.evaluateAll((elements) =>
				elements
					.filter((element) => getComputedStyle(element).boxShadow !== 'none')
					.map((element) => element.textContent)
			);
		expect(strong, scripts ? 'with scripts' : 'without scripts').toEqual(['constructive']);
		await context.close();
	}
});

test('/commitments shows the climate working group announced at Anchorage and only mentioned since', async ({
	page
}) => {
	await page.goto('/commitments');
	const climate = page.locator('#climate-working-group');
	await expect(climate.getByRole('heading', { level: 2 })).toContainText('climate change');
	const first = climate.locator('.trail > li').first();
	await expect(first).toContainText('announced');
	await expect(
		first.getByRole('link', { name: 'High-level strategic dialogue in Anchorage' })
	).toBeVisible();
	await expect(first.locator('.quote')).toContainText('joint working group on climate change');
	// China's spokeswoman repeating the readout three days later restates nothing new.
	await expect(climate.locator('.status')).toHaveText('unknown');
	await expect(climate.locator('.trail > li')).toHaveCount(2);
});

test('a commitment no document follows up but the timeline records as kept says so, and leads to that event', async ({
	page
}) => {
	await page.goto('/commitments');
	const group = page.locator('#counter-narcotics-working-group');
	await expect(group.locator('.status')).toHaveText('carried out');
	await expect(group.locator('.outcome')).toContainText('carried out, 30 January 2024:');
	await expect(group.locator('.outcome')).toContainText('From the public record');
	await group.getByRole('link', { name: 'Counter-narcotics working group launched' }).click();
	await expect(page).toHaveURL(/\/events\/counter-narcotics-working-group$/);
	const commitments = page.getByRole('region', { name: 'Commitments' });
	await expect(commitments).toContainText(
		'A China-U.S. counter-narcotics cooperation working group: carried out here; its status: carried out (reported happening)'
	);
});

test('an event’s commitments say what each status means, as the ledger does', async ({ page }) => {
	await page.goto('/events/anchorage-dialogue');
	const commitments = page.getByRole('region', { name: 'Commitments' });
	// Announced at Anchorage and never spoken of again: not a circular "announced; status announced".
	await expect(
		commitments.getByRole('listitem').filter({ hasText: 'diplomatic and consular missions' })
	).toContainText('announced here; its status: announced (never mentioned again)');
	await expect(
		commitments.getByRole('listitem').filter({ hasText: 'climate change' }).first()
	).toContainText('its status: unknown (mentioned again without saying whether it was kept)');
	await page.goto('/commitments');
	await expect(page.locator('.lede')).toContainText('announced (never mentioned again)');
});

test('a commitment whose only wording is a later readout says why that readout is no later step', async ({
	page
}) => {
	// San Francisco's AI dialogue is quoted from the Bangkok readout: "never mentioned again" alone
	// would contradict the quote above it.
	await page.goto('/events/san-francisco-summit');
	const ai = page
		.getByRole('region', { name: 'Commitments' })
		.getByRole('listitem')
		.filter({ hasText: 'artificial intelligence' });
	await expect(ai).toContainText('its status: announced (never mentioned again).');
	await expect(ai).toContainText('Bangkok’s restatement is not counted again as a reaffirmation');
});

test('/commitments says which commitment lapsed, when and why', async ({ page }) => {
	await page.goto('/commitments');
	const visit = page.locator('#qin-gang-visit-to-us');
	await expect(visit.locator('.status')).toHaveText('lapsed');
	await expect(visit.locator('.outcome')).toContainText('lapsed, 25 July 2023:');
	await expect(visit.locator('.outcome')).toContainText('never made the visit');
	// What the sources say was only discussed is not on the ledger.
	await expect(page.locator('#more-passenger-flights')).toHaveCount(0);
	// Each step of a trail reads in sentence case, as the badges do ("Carried out").
	const kinds = await page
		.locator('.trail .kind')
		.evaluateAll((elements) => elements.map((element) => (element as HTMLElement).innerText));
	expect(kinds.length).toBeGreaterThan(0);
	for (const kind of kinds) expect(kind).toMatch(/^[A-Z][a-z]*( [a-z]+)*$/);
});

test('/commitments draws every step of a line where it can be seen, none under another', async ({
	page
}) => {
	for (const width of [390, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/commitments');
		const covered = await page.locator('.strip').evaluateAll((strips) =>
			strips.flatMap((strip) => {
				const line = strip.getBoundingClientRect();
				const dots = [...strip.querySelectorAll('.dot')].map((dot) => dot.getBoundingClientRect());
				return dots.flatMap((dot, index) => [
					// Centred on its date: at the line's ends, half of it beyond them, none further.
					...(dot.left + dot.width / 2 < line.left - 1 || dot.right - dot.width / 2 > line.right + 1
						? ['off the line']
						: []),
					...dots
						.slice(index + 1)
						.filter(
							(other) =>
								Math.min(dot.right, other.right) - Math.max(dot.left, other.left) > 2 &&
								Math.min(dot.bottom, other.bottom) - Math.max(dot.top, other.top) > 2
						)
						.map(() => `${strip.closest('li')!.id}: two marks overlap`)
				]);
			})
		);
		expect(covered, `${width} px`).toEqual([]);
	}
});

test('/commitments explains its marks and shows where each year begins on every line', async ({
	page
}) => {
	const { events } = await (await page.request.get('/data/timeline.json')).json();
	const time = (date: string) => Date.parse(`${date}T00:00:00Z`);
	const first = time(events[0].start);
	const last = time(events.at(-1).end ?? events.at(-1).start);
	await page.goto('/commitments');
	const legend = page.locator('.legend');
	await expect(legend).toContainText('from the timeline’s first event, 10 February 2021');
	// Every kind of mark the lines draw has its own look, and the legend shows each one.
	const look = (selector: string) =>
		page.locator(selector).evaluateAll((dots) =>
			dots.map((dot) => {
				const style = getComputedStyle(dot);
				return [style.backgroundColor, style.borderStyle, style.borderRadius, style.transform].join(
					' '
				);
			})
		);
	const drawn = new Set(await look('.strip .dot'));
	const explained = await look('.legend .dot');
	expect(new Set(explained).size).toBe(explained.length);
	for (const mark of drawn) expect(explained).toContain(mark);
	// The year marks sit where 1 January falls between the first event and the last; the first
	// year's name stands at the line's start.
	const strip = page.locator('.strip').first();
	await expect(strip.locator('.year')).toHaveText(['2021', '2022', '2023', '2024']);
	const box = (await strip.boundingBox())!;
	expect((await strip.locator('.year').first().boundingBox())!.x).toBeGreaterThanOrEqual(box.x);
	const firstOf2023 = (await strip.locator('.year').nth(2).boundingBox())!;
	const expected = (Date.UTC(2023, 0, 1) - first) / (last - first);
	expect(
		Math.abs(firstOf2023.x + firstOf2023.width / 2 - box.x - expected * box.width)
	).toBeLessThan(2);
});

test('a person page lists the right events, whom they met and their quoted words', async ({
	page
}) => {
	const data = await (await page.request.get('/data/timeline.json')).json();
	const expected = data.events
		.filter((event: { participants: { name: string }[] }) =>
			event.participants.some((participant) => participant.name === 'Jake Sullivan')
		)
		.map((event: { title: string }) => event.title);
	await page.goto('/people/jake-sullivan');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jake Sullivan');
	await expect(page.locator('ol.events > li > a')).toHaveText(expected);
	await expect(page.locator('.met')).toContainText('Wang Yi');
	await page.goto('/events/anchorage-dialogue');
	await page.getByRole('link', { name: 'Jake Sullivan' }).click();
	await expect(page).toHaveURL(/\/people\/jake-sullivan$/);
	await page.goto('/people/hua-chunying');
	await expect(page.locator('blockquote').first()).toBeVisible();
});

test('a person’s title at an event reads the same on their page as on the event’s', async ({
	page
}) => {
	await page.goto('/events/blinken-beijing-visit');
	await expect(page.locator('dl.participants')).toContainText(
		'Qin Gang (State Councilor and Foreign Minister)'
	);
	await page.goto('/people/qin-gang');
	await expect(
		page.locator('ol.events > li').filter({ hasText: 'Blinken visits Beijing' })
	).toContainText('as State Councilor and Foreign Minister');
	// The index says when each post was held: a foreign minister of seven months does not read as
	// one still in office.
	await page.goto('/people');
	await expect(
		page.locator('.records > li').filter({ hasText: 'Qin Gang' }).locator('.roles > li')
	).toHaveText([
		'Ambassador to the United States, July 2021 – December 2022',
		'Foreign Minister, December 2022 – July 2023',
		'State Councilor, March – October 2023'
	]);
	await expect(page.locator('.records > li').filter({ hasText: 'Jin Canrong' })).toContainText(
		'Took part in no event, quoted or reported once'
	);
});

test('a person’s quoted words read under one heading per event they speak of', async ({ page }) => {
	await page.goto('/people/qin-gang');
	const headings = page.getByRole('heading', { level: 3, name: /^About / });
	await expect(headings).toHaveText([
		'About Blinken visits Beijing, 18–19 June 2023 (date from the public record)'
	]);
	// Three sentences of that meeting, each with its source, under that one heading.
	await expect(page.locator('h3.quoted-at ~ figure.excerpt blockquote')).toHaveCount(3);
	// Words said at a briefing of 22 March 2021 stand as evidence for the call of 10 February: they
	// speak about it, not at it.
	await page.goto('/people/hua-chunying');
	await expect(
		page.getByRole('heading', { level: 3, name: 'About Biden–Xi phone call, 10 February 2021' })
	).toBeVisible();
});

test('search finds people', async ({ page }) => {
	await page.goto('/about');
	await page.waitForLoadState('networkidle');
	await page.getByRole('combobox', { name: /Search events/ }).fill('Kirby');
	await expect(
		page
			.getByRole('listbox', { name: 'Search results' })
			.getByRole('group', { name: 'People' })
			.getByRole('option')
			.first()
	).toContainText('John Kirby');
});

test('the tone strip loads on demand and shows under the axis which words each voice used', async ({
	page
}) => {
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	await page.goto('/');
	const timeline = page.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', /\d/);
	expect(requested.filter((path) => path.endsWith('/tone.json'))).toEqual([]);
	const surfaceHeight = () =>
		timeline.locator('.surface').evaluate((node) => node.getBoundingClientRect().height);
	const before = await surfaceHeight();

	const toggle = page.getByRole('button', { name: /^Tone strip/ });
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	const strip = timeline.getByRole('group', { name: /^Tone of readouts/ });
	await expect(strip).toBeVisible();
	expect(requested.filter((path) => path.endsWith('/tone.json'))).toHaveLength(1);
	// Anchorage, March 2021: the Chinese government's readout calls the talks candid and constructive.
	await expect(strip.locator('text').first()).toContainText('candid');
	await expect(page.getByText('Rows, top to bottom:')).toContainText('Chinese government');
	await expect(
		page.getByRole('link', { name: 'Every descriptor with its sentence' })
	).toBeVisible();
	// The strip adds its own height: the events keep their room above the axis.
	expect(await surfaceHeight()).toBeGreaterThan(before + 30);

	await toggle.click();
	await expect(strip).toHaveCount(0);
	expect(await surfaceHeight()).toBe(before);
});

test('every mark of the tone strip gives its words and the meeting they rate: to the keyboard, the pointer and a tap', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	const timeline = page.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', /\d/);
	await page.getByRole('button', { name: /^Tone strip/ }).click();
	const strip = timeline.getByRole('group', { name: /^Tone of readouts/ });
	const marks = strip.getByRole('img');
	await expect(marks.first()).toBeVisible();
	const count = await marks.count();
	expect(count).toBeGreaterThan(4);
	const tip = timeline.locator('.timeline-tooltip');

	// One Tab stop after the events' own: the first mark in time, Anchorage's.
	await timeline.locator('.mark[tabindex="0"]').first().focus();
	await page.keyboard.press('Tab');
	await expect(marks.first()).toBeFocused();
	await expect(marks.first()).toHaveAccessibleName(
		/^Chinese government, of High-level strategic dialogue in Anchorage \(18–19 March 2021\): candid, /
	);
	await expect(tip).toHaveText(
		/^Chinese government, of High-level strategic dialogue in Anchorage/
	);
	// Arrows walk the marks in time, each giving its words, which a mark too close to the next
	// to write them beside it has too; Down goes to the next voice's row.
	for (let step = 1; step < count; step++) {
		await page.keyboard.press('ArrowRight');
		const focused = strip.locator(':focus');
		await expect(tip).toHaveText((await focused.getAttribute('aria-label'))!);
		await expect(tip).toHaveText(/^[^,]+, of .+ \(\d.+\): \w/);
	}
	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowDown');
	await expect(tip).toHaveText(/^US government, of High-level strategic dialogue in Anchorage/);
	await page.keyboard.press('End');
	const last = strip.locator(':focus');
	await expect(tip).toHaveText((await last.getAttribute('aria-label'))!);
	await expect(tip).toHaveText(/Bangkok/);
	// The strip keeps its arrows and zoom keys: the view did not move.
	const from = await timeline.getAttribute('data-from');
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('+');
	expect(await timeline.getAttribute('data-from')).toBe(from);
	await page.keyboard.press('Tab');
	await expect(tip).toHaveCount(0);

	// The pointer: the words of the mark under it, inside the frame.
	await marks.nth(1).hover();
	await expect(tip).toHaveText((await marks.nth(1).getAttribute('aria-label'))!);
	const frame = (await timeline.locator('.surface').boundingBox())!;
	const box = (await tip.boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(frame.x);
	expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
	await page.mouse.move(0, 0);
	await expect(tip).toHaveCount(0);
	// A click (or a tap) focuses the mark: its words stay until the reader moves on.
	await marks.last().click();
	await expect(marks.last()).toBeFocused();
	await page.mouse.move(0, 0);
	await expect(tip).toHaveText((await marks.last().getAttribute('aria-label'))!);
});

test('a phone’s rows, which have no axis to draw the tone strip under, do not offer it', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	const timeline = page.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', /\d/);
	await expect(timeline.locator('.rows .entry').first()).toBeVisible();
	// The theme and voice filters stay; the switch that would change nothing is not there.
	await expect(page.getByRole('button', { name: /^Tone strip/ })).toBeHidden();
	await expect(page.getByRole('button', { name: /US government/ }).first()).toBeVisible();
	// Turned wide, the timeline is horizontal again and offers it.
	await page.setViewportSize({ width: 1280, height: 800 });
	await expect(page.getByRole('button', { name: /^Tone strip/ })).toBeVisible();
});

test('an event whose date the documents do not give says so next to the date, and the editor’s note sits beside the quote', async ({
	page
}) => {
	await page.goto('/events/balloon-incident');
	const meta = page.locator('article.event .meta').first();
	await expect(meta).toContainText('28 January – 4 February 2023');
	await expect(meta).toContainText('(date from the public record)');
	await expect(page.locator('.editor-note').first()).toContainText(
		'Blinken postponed the trip on 3 February 2023'
	);
	await page.goto('/events/kritenbrink-beijing');
	await expect(page.locator('article.event .meta').first()).not.toContainText('public record');
	// A reporter's account of what the State Department said is the media's, and says so.
	await expect(page.getByText('Media, paraphrasing the State Department').first()).toBeVisible();
	await page.goto('/events');
	await expect(page.locator('#event-san-francisco-summit')).toContainText(
		'date from the public record'
	);
	await expect(page.locator('#event-kritenbrink-beijing')).not.toContainText('public record');
});

test('what an entry takes from the public record, not the documents, it says under its summary: on its page, in the list and in the panel', async ({
	page
}) => {
	const { events } = (await (await page.request.get('/data/timeline.json')).json()) as {
		events: { id: string; title: string; publicRecord: string | null }[];
	};
	const fromRecord = events.filter((event) => event.publicRecord);
	expect(fromRecord.length).toBeGreaterThan(0);
	for (const event of fromRecord) {
		await page.goto(`/events/${event.id}`);
		await expect(page.locator('article.event .public-record')).toHaveText(
			`From the public record: ${event.publicRecord}`
		);
	}
	const lavrov = events.find((event) => event.id === 'lavrov-visits-china')!;
	expect(lavrov.publicRecord).toContain('Guilin');
	const sourced = events.find((event) => !event.publicRecord)!;
	await page.goto(`/events/${sourced.id}`);
	await expect(page.locator('article.event .public-record')).toHaveCount(0);

	await page.goto('/');
	await expect(page.locator('#event-lavrov-visits-china .public-record')).toHaveText(
		`From the public record: ${lavrov.publicRecord}`
	);
	await page.goto('/?event=lavrov-visits-china');
	await expect(page.locator('#event-panel .public-record')).toHaveText(
		`From the public record: ${lavrov.publicRecord}`
	);
	// On paper too, with a date the documents do not give marked beside it.
	for (const printed of ['/present/worksheet', '/present/handout']) {
		await page.goto(printed);
		await expect(page.locator('.public-record')).toHaveCount(fromRecord.length);
		await expect(
			page.locator('.public-record').filter({ hasText: lavrov.publicRecord! })
		).toHaveText(`From the public record: ${lavrov.publicRecord}`);
		const balloon = page.locator('section').filter({
			has: page.getByRole('heading', { name: 'Chinese balloon crosses the US and is shot down' })
		});
		await expect(balloon.locator('.muted').first()).toContainText('(date from the public record)');
	}
});

test('a person’s page gives what the documents quote them saying or report that they said, a reporter’s account marked as such', async ({
	page
}) => {
	await page.goto('/people/qin-gang');
	await expect(page.getByRole('heading', { name: 'Quoted or reported' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'In their words' })).toHaveCount(0);
	// The digest's account of an analyst's interview is the media's voice, paraphrasing him, and
	// stands on his page.
	await page.goto('/events/anchorage-dialogue');
	await expect(page.getByText('Media, paraphrasing Jin Canrong').first()).toBeVisible();
	await page.goto('/people/jin-canrong');
	await expect(page.getByText('Media, paraphrasing Jin Canrong').first()).toBeVisible();
});

test('/vocabulary’s chart says it scrolls sideways exactly where it does', async ({ page }) => {
	for (const width of [390, 600, 680, 720, 760, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/vocabulary');
		const chart = page.locator('figure.chart');
		const scrolls = await chart.evaluate(
			(element) => element.scrollWidth > element.clientWidth + 1
		);
		const hint = page.getByText('Scroll sideways for the later years');
		if (scrolls) await expect(hint, `${width} px`).toBeVisible();
		else await expect(hint, `${width} px`).toBeHidden();
	}
});

test('on a phone, /vocabulary’s table of uses fits the screen, each sentence on lines of readable length', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/vocabulary');
	const scroller = page.locator('.table-scroll');
	const { scrollWidth, clientWidth } = await scroller.evaluate((element) => ({
		scrollWidth: element.scrollWidth,
		clientWidth: element.clientWidth
	}));
	expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
	const first = page.locator('.table-scroll tbody tr').first();
	// The voice and date are shown with the word, the sentence has the rest of the row.
	await expect(first.locator('td').first()).toContainText(/\d{4}-\d{2}-\d{2}/);
	const sentence = (await first.locator('td').last().boundingBox())!;
	expect(sentence.width).toBeGreaterThan(200);
});

test('/vocabulary counts each document’s word for a meeting once, at the meeting, and not a word that rates something else', async ({
	page
}) => {
	await page.goto('/vocabulary');
	const rows = page.locator('.table-scroll tbody tr');
	// Blinken's visit: the ministry's "candid, in-depth and constructive talks", outside any quoted
	// passage, rate the visit; the subhead "Candid talks" is the same word again.
	const visit = rows.filter({
		hasText: 'the two sides held candid, in-depth and constructive talks'
	});
	await expect(visit).toHaveCount(3);
	await expect(visit.filter({ hasText: /^candid/ })).toContainText(
		'of Blinken visits Beijing; once more in this document'
	);
	await expect(visit.first()).toContainText('2023-06-18');
	await expect(rows.filter({ hasText: /^Candid/ })).toHaveCount(0);
	await expect(rows.filter({ hasText: 'constructive relationship' })).toHaveCount(0);
	// China's spokeswoman on 22 March rates the Anchorage dialogue of 18 March.
	await expect(rows.filter({ hasText: 'The dialogue is timely, helpful' })).toContainText(
		'2021-03-18'
	);
	// The axis ends with the data.
	await expect(page.locator('.chart .year').last()).toHaveText('2024');
});

test('on a phone, /vocabulary’s words stay beside their rows while the chart scrolls sideways', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/vocabulary');
	const chart = page.locator('.chart');
	await chart.evaluate((element) => (element.scrollLeft = element.scrollWidth));
	expect(await chart.evaluate((element) => element.scrollLeft)).toBeGreaterThan(100);
	const box = (await chart.boundingBox())!;
	for (const word of ['candid', 'constructive', 'substantive']) {
		const label = (await page.locator('.labels span', { hasText: word }).boundingBox())!;
		expect(label.x, word).toBeGreaterThanOrEqual(box.x);
		expect(label.x + label.width, word).toBeLessThanOrEqual(box.x + box.width / 3);
	}
});

for (const colorScheme of ['light', 'dark'] as const)
	test(`the voices’ marks on /vocabulary stand out from a ${colorScheme} page (3:1)`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('/vocabulary');
		const ratios = await page.evaluate(() => {
			const rgb = (value: string) =>
				value
					.match(/[\d.]+/g)!
					.slice(0, 3)
					.map(Number);
			const luminance = (value: string) => {
				const [r, g, b] = rgb(value).map((channel) => {
					const c = channel / 255;
					return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
				});
				return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
			};
			const page = luminance(getComputedStyle(document.body).backgroundColor);
			return [...document.querySelectorAll('.chart a path')].map((mark) => {
				const fill = luminance(getComputedStyle(mark).fill);
				return (Math.max(fill, page) + 0.05) / (Math.min(fill, page) + 0.05);
			});
		});
		expect(ratios.length).toBeGreaterThan(10);
		expect(Math.min(...ratios)).toBeGreaterThanOrEqual(3);
	});
