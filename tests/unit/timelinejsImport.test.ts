// The TimelineJS import: HTML to plain text, dates and precisions, media as links, ids, themes, notes, and the four real files.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../helpers/colour';
import { loadDataset } from '../../src/lib/server/data/load';
import { formatProblems } from '../../src/lib/server/data/problems';
import { readDate } from '../../src/lib/server/timelinejs/dateParts';
import {
	decodeEntities,
	htmlToText,
	oneLine,
	paragraphs
} from '../../src/lib/server/timelinejs/htmlText';
import {
	importTimelineJs,
	TimelineJsError
} from '../../src/lib/server/timelinejs/importTimelineJs';
import { mediaKind, readMediaUrl } from '../../src/lib/server/timelinejs/mediaUrl';
import { THEME_PALETTE } from '../../src/lib/server/timelinejs/palette';
import { writeImportedDataset } from '../../src/lib/server/timelinejs/writeDataset';
import { perceivedDifference, VISIONS } from '../helpers/colourVision';

const FIXTURES = 'tests/fixtures/timelinejs';
const text = (html: string) => paragraphs(htmlToText(html));

describe('htmlToText', () => {
	it.each([
		['<p>One</p><p>Two</p>', 'One\n\nTwo'],
		['Line<br>break<br/>s', 'Line\nbreak\ns'],
		['Text then <p>a paragraph', 'Text then\n\na paragraph'],
		['source\nline   ends are  spaces', 'source line ends are spaces'],
		[
			'<a href="https://x.org">words</a> <i>kept</i>, <span class="tl-note">notes too</span>',
			'words kept, notes too'
		],
		['&amp; &lt;b&gt; &quot;&#39; &eacute;&#233;&#xE9; &ndash; &nbsp;x', '& <b> "\' ééé – x'],
		['AT&T &copy 2012 &unknown; &#0; &#xD800;', 'AT&T © 2012 &unknown; &#0; &#xD800;'],
		['a<script>alert("<p>x</p>")</script>b<style>p{}</style>c', 'abc'],
		['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
		['<!-- hidden -->shown', 'shown'],
		['bi\u202edi\u200brectional', 'bidirectional'],
		[
			'<blockquote>Words. <cite>Someone, somewhere</cite></blockquote>',
			'“Words.” — Someone, somewhere'
		],
		['<blockquote>"Already quoted"</blockquote>', '"Already quoted"']
	])('%j → %j', (html, expected) => {
		expect(text(html)).toBe(expected);
	});

	it('keeps escaped markup as the literal text it is, and drops real media elements, saying which', () => {
		const read = htmlToText(
			'&lt;img src=x onerror=alert(1)&gt; <img src=x onerror=alert(1)><iframe src="https://e.org"></iframe>'
		);
		expect(paragraphs(read)).toBe('<img src=x onerror=alert(1)>');
		expect(read.dropped).toEqual(['img', 'iframe']);
	});

	it('collects link addresses, and reads a headline on one line', () => {
		const read = htmlToText(
			`<a href='https://a.org/?x=1&amp;y=2'>A</a><br/> and <a href=https://b.org>B</a>`
		);
		expect(read.links).toEqual(['https://a.org/?x=1&y=2', 'https://b.org']);
		expect(oneLine(read)).toBe('A and B');
	});

	it('reads quoted and unclosed markup as before: a `>` in quotes ends no tag, an unclosed tag is text', () => {
		expect(text('<a title="x>y" href=\'>\'>z</a>')).toBe('z');
		expect(text('a <b c')).toBe('a <b c');
		expect(text('<a title="open>x<b>y')).toBe('<a title="open>xy');
		expect(text('<!doctype html><!x y')).toBe('<!x y');
		expect(text('<!-- never closed <p>x')).toBe('');
	});

	it('reads 400 KB of runaway markup in well under a second (each character looked at a bounded number of times)', () => {
		const size = 400_000;
		for (const unit of ['<a', '<a "', "<a '", '<!x', '<a"x"', '</a', '<!--', '<a<!']) {
			const html = unit.repeat(Math.ceil(size / unit.length));
			const started = performance.now();
			htmlToText(html);
			expect(performance.now() - started, unit).toBeLessThan(1000);
		}
	});

	it('decodes entities once only', () => {
		expect(decodeEntities('&amp;lt;')).toBe('&lt;');
	});
});

describe('readDate', () => {
	it.each([
		[{ year: '1978' }, '1978-01-01', 'year'],
		[{ year: 1978, month: '', day: '' }, '1978-01-01', 'year'],
		[{ year: '1943', month: '7', day: '' }, '1943-07-01', 'month'],
		[{ year: '2012', month: '02', day: '11' }, '2012-02-11', 'day'],
		[{ year: '800' }, '0800-01-01', 'year']
	])('%j → %s (%s)', (date, expected, precision) => {
		expect(readDate(date)).toEqual({ date: expected, precision, dropped: [] });
	});

	it('keeps what it can of a bad month or day, and says what it dropped', () => {
		expect(readDate({ year: '2023', month: '13', day: '1' })).toMatchObject({
			date: '2023-01-01',
			precision: 'year',
			dropped: ['the month "13" (no such month)']
		});
		expect(readDate({ year: '2023', month: '2', day: '30' })).toMatchObject({
			date: '2023-02-01',
			precision: 'month'
		});
		expect(
			readDate({ year: '2000', month: '01', day: '05', hour: '6', minute: '45', second: '' })
		).toMatchObject({ date: '2000-01-05', dropped: ['the time of day 6:45'] });
	});

	it.each([
		[undefined],
		[{}],
		[{ year: '' }],
		[{ year: 'soon' }],
		[{ year: '-4000' }],
		[{ year: '12' }]
	])('refuses %j', (date) => {
		expect(readDate(date)).toHaveProperty('error');
	});
});

describe('media', () => {
	it.each([
		['https://youtu.be/x', { kind: 'link', url: 'https://youtu.be/x', what: 'YouTube video' }],
		[
			'//upload.wikimedia.org/a.jpg',
			{ kind: 'link', url: 'https://upload.wikimedia.org/a.jpg', what: 'image' }
		],
		['http://www.youtube.com/watch?v=x', { kind: 'dropped', what: 'YouTube video' }],
		['/static/img/family.jpg', { kind: 'dropped', what: 'image' }],
		['javascript:alert(1)', { kind: 'dropped' }],
		[
			'https://e.org/\u001b]0;title\u0007',
			{ kind: 'dropped', what: 'web page', reason: 'it holds control characters' }
		],
		['<iframe src="https://e.org"></iframe>', { kind: 'dropped', what: 'HTML (<iframe>)' }],
		['<blockquote>Q</blockquote>', { kind: 'quote', html: '<blockquote>Q</blockquote>' }],
		['', { kind: 'none' }]
	])('%s', (url, expected) => {
		expect(readMediaUrl(url)).toMatchObject(expected);
	});

	it.each([
		['https://vimeo.com/1', 'Vimeo video'],
		['https://soundcloud.com/a/b', 'SoundCloud audio'],
		['https://twitter.com/#!/a/status/1', 'tweet'],
		['https://www.google.com/maps/place/x', 'Google Maps'],
		['https://en.wikipedia.org/wiki/X', 'Wikipedia article'],
		['https://example.org/page', 'web page']
	])('%s is a %s', (url, kind) => {
		expect(mediaKind(url)).toBe(kind);
	});
});

const slide = (fields: Record<string, unknown>) => ({
	start_date: { year: '2020' },
	text: { headline: 'A slide', text: '<p>Its text.</p>' },
	...fields
});
const story = (events: unknown[], extra: Record<string, unknown> = {}) =>
	importTimelineJs({ events, ...extra }, { fileName: 'story.json' });

describe('importTimelineJs', () => {
	it('maps a slide to an event with plain text, dates, precision, media link and an unsourced note', () => {
		const { events } = story([
			slide({
				start_date: { year: '1943', month: '7' },
				end_date: { year: '1943', month: '9', day: '' },
				text: { headline: 'The <i>first</i> &amp; last', text: '<p>One.</p><p>Two &gt; one.</p>' },
				media: {
					url: 'https://youtu.be/x',
					caption: '<b>A film</b>',
					credit: '<a href="http://c.org">C</a>'
				},
				unique_id: 'first-and-last'
			})
		]);
		expect(events).toEqual([
			{
				id: 'first-and-last',
				title: 'The first & last',
				start: '1943-07-01',
				end: '1943-09-01',
				precision: 'month',
				kind: 'other',
				summary: 'One.\n\nTwo > one.',
				unsourced:
					'Imported from the TimelineJS file story.json, whose slides carry no source documents to quote.',
				media: { url: 'https://youtu.be/x', caption: 'A film', credit: 'C' }
			}
		]);
	});

	it('leaves out an empty end date, and keeps a year-only end at the precision it shares with the start', () => {
		const { events, notes } = story([
			slide({ end_date: { year: '', month: '', day: '' } }),
			slide({ start_date: { year: '1943', month: '7' }, end_date: { year: '1946' } }),
			slide({ start_date: { year: '1978' }, end_date: { year: '1978' } })
		]);
		expect(events.map(({ start, end, precision }) => [start, end, precision])).toEqual([
			['2020-01-01', undefined, 'year'],
			['1943-01-01', '1946-01-01', 'year'],
			['1978-01-01', undefined, 'year']
		]);
		expect(notes.filter((note) => note.topic === 'date').map((note) => note.message)).toEqual([
			'start 1943-07-01 kept only as the year 1943, as the end date gives only a year'
		]);
	});

	it('reads an "about" display date as approximate and notes any other', () => {
		const { events, notes } = story([
			slide({
				start_date: { year: '2023', month: '2', day: '1' },
				display_date: 'about 1 February 2023'
			}),
			slide({ display_date: 'The 2020s' })
		]);
		expect(events.map((event) => event.precision)).toEqual(['approximate', 'year']);
		expect(notes.map((note) => note.message)).toContain(
			'display date "The 2020s" not kept: dates are written from start and end'
		);
	});

	it('makes ids from unique_id or the headline, unique, and says when one changed', () => {
		const { events, notes } = story([
			slide({}),
			slide({}),
			slide({ unique_id: 'My Slide!' }),
			slide({ unique_id: 'a-slide' }),
			slide({ text: { headline: '', text: '' } })
		]);
		expect(events.map((event) => event.id)).toEqual([
			'a-slide',
			'a-slide-2',
			'my-slide',
			'a-slide-3',
			'untitled-slide-5'
		]);
		expect(notes.filter((note) => note.topic === 'id').map((note) => note.message)).toEqual([
			'id "a-slide-2": "a-slide" was already used',
			'unique_id "My Slide!" became "my-slide"',
			'unique_id "a-slide" became "a-slide-3" (already used)'
		]);
	});

	it('titles a slide with no headline from its caption or first sentence, and says so', () => {
		const { events, notes } = story([
			slide({ text: { text: 'First sentence here. Second.' } }),
			slide({ text: {}, media: { url: 'http://a.org/v', caption: 'a video' } }),
			slide({ text: {} })
		]);
		expect(events.map((event) => [event.title, event.summary])).toEqual([
			['First sentence here.', 'First sentence here. Second.'],
			['a video', 'The TimelineJS slide has no text.'],
			['Untitled slide 3', 'The TimelineJS slide has no text.']
		]);
		expect(notes.filter((note) => note.topic === 'title')).toHaveLength(3);
	});

	it('keeps a quotation given as media as a paragraph of the summary, with its source', () => {
		const { events } = story([
			slide({
				media: { url: '<blockquote>We won.</blockquote>', caption: 'Victory speech', credit: 'NYT' }
			})
		]);
		expect(events[0]!.summary).toBe('Its text.\n\n“We won.” — Victory speech; NYT');
		expect(events[0]!.media).toBeUndefined();
	});

	it('turns groups into themes with fixed colours, and a location name into the place', () => {
		const { events, themes, notes } = story([
			slide({ group: 'Politics', location: { name: 'Florida, Missouri', lat: 39.4, lon: -91.7 } }),
			slide({ group: '<b>Culture</b>' }),
			slide({ group: 'Politics' })
		]);
		expect(themes.map(({ id, label, color }) => [id, label, color])).toEqual([
			['politics', 'Politics', THEME_PALETTE[0]],
			['culture', 'Culture', THEME_PALETTE[1]]
		]);
		expect(events.map((event) => event.themes)).toEqual([['politics'], ['culture'], ['politics']]);
		expect(events[0]!.place).toEqual({ name: 'Florida, Missouri' });
		expect(notes.map((note) => note.message)).toContain(
			'location: place name kept, map position and icon not used'
		);
	});

	it('notes what it does not map: eras, backgrounds, autolink, slide types, unknown fields, slides without a date', () => {
		const { events, notes } = story(
			[
				slide({
					background: { color: '#000', url: null },
					autolink: true,
					type: 'overview',
					extra: 'x'
				}),
				slide({ start_date: { year: '' } }),
				'not a slide'
			],
			{
				title: {
					text: { headline: 'The story', text: '<p>Intro one.</p><p>Intro two.</p>' },
					background: { url: 'https://b.org/i.png' }
				},
				eras: [
					{
						start_date: { year: '1990' },
						end_date: { year: '1999' },
						text: { headline: 'Nineties' }
					}
				],
				scale: 'cosmological'
			}
		);
		expect(events).toHaveLength(1);
		const messages = notes.map((note) => `${note.slide ?? '-'} ${note.topic}: ${note.message}`);
		expect(messages).toEqual(
			expect.arrayContaining([
				'1 background: background not used',
				'1 field: autolink not used: the text is plain, its addresses are not made links',
				'1 field: slide type not used: imported as an ordinary event',
				'1 field: field "extra" not mapped',
				'2 skipped: not imported: its start date has no year',
				'3 skipped: not imported: it is not a slide (a JSON object)',
				'0 site: title slide background not used',
				'- era: era "Nineties" (1990–1999) not mapped: the site has no eras',
				'- field: scale "cosmological" not supported: dates are read as calendar years'
			])
		);
	});

	it('makes the site copy from the title slide, or from the file name', () => {
		const withTitle = importTimelineJs(
			{
				title: {
					text: { headline: 'The <b>story</b>', text: '<p>Intro one.</p><p>Intro two.</p>' }
				},
				events: [slide({})]
			},
			{ fileName: 'story.json', siteUrl: 'https://news.example.com/story' }
		).site;
		expect(withTitle).toMatchObject({
			title: 'The story',
			url: 'https://news.example.com/story',
			description: 'Intro one.',
			intro: [
				'Intro one.',
				'Intro two.',
				'Imported from the TimelineJS file story.json: 1 events. Its slides carry no source documents, so no event here has a verbatim source excerpt; each says so.'
			]
		});
		expect(story([slide({})]).site).toMatchObject({ title: 'Story', url: 'https://example.org' });
	});

	it.each([
		[null, 'expected a TimelineJS document (a JSON object), got null'],
		[[1, 2], 'expected a TimelineJS document (a JSON object), got a list'],
		[{ slides: [] }, 'expected an "events" list, as every TimelineJS document has, got nothing'],
		[
			{ events: [{ text: { headline: 'x' } }] },
			'expected at least one slide with a start date, got none of 1'
		]
	])('refuses %j: %s', (document, message) => {
		expect(() => importTimelineJs(document, { fileName: 'x.json' })).toThrow(
			new TimelineJsError(message)
		);
	});
});

describe('the theme palette', () => {
	const css = readFileSync('src/app.css', 'utf8');
	const backgrounds = [
		...css.matchAll(/--bg:\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/g)
	].flatMap((match) => [match[1]!, match[2]!]);

	it('reaches 3:1 contrast on the light and the dark background', () => {
		expect(backgrounds).toHaveLength(2);
		for (const color of THEME_PALETTE)
			for (const background of backgrounds)
				expect(
					contrastRatio(color, background),
					`${color} on ${background}`
				).toBeGreaterThanOrEqual(3);
	});

	it('stays distinguishable with normal vision and three colour-vision deficiencies', () => {
		for (const [index, first] of THEME_PALETTE.entries())
			for (const second of THEME_PALETTE.slice(index + 1))
				for (const vision of VISIONS)
					expect(
						perceivedDifference(first, second, vision),
						`${first} vs ${second} (${vision})`
					).toBeGreaterThanOrEqual(10);
	});
});

describe('the four TimelineJS files in tests/fixtures/timelinejs', () => {
	const files = readdirSync(FIXTURES)
		.filter((name) => name.endsWith('.json'))
		.sort();

	it('are all there', () => {
		expect(files).toEqual([
			'contrib_women_in_computing.json',
			'houston_timeline3.json',
			'republican_timeline3.json',
			'twain_marktwain.json'
		]);
	});

	it.each(files)('%s imports into a dataset that validates, with no markup left in it', (file) => {
		const imported = importTimelineJs(JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')), {
			fileName: file
		});
		const root = mkdtempSync(join(tmpdir(), 'timelinejs-'));
		writeImportedDataset(imported, join(root, 'data'), file);
		const { dataset, problems } = loadDataset(join(root, 'data'), root);
		expect(problems.length === 0 ? '' : formatProblems(problems)).toBe('');
		expect(dataset!.events).toHaveLength(imported.events.length);
		for (const event of dataset!.events) {
			expect(event.excerpts).toEqual([]);
			expect(event.unsourced).toMatch(/^Imported from the TimelineJS file /);
			if (event.media) expect(event.media.url).toMatch(/^https:\/\//);
		}
		const everyText = JSON.stringify([dataset!.site, dataset!.events]);
		expect(everyText).not.toMatch(/<\/?[a-z][a-z0-9]*[\s>/]/i);
		expect(everyText).not.toMatch(/&(#\d+|#x[0-9a-f]+|[a-z]+);/i);
	});

	it('report what each could not map', () => {
		const read = (file: string) =>
			importTimelineJs(JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')), { fileName: file });
		const counts = Object.fromEntries(
			files.map((file) => {
				const { events, notes, slides } = read(file);
				const topics: Record<string, number> = {};
				for (const note of notes) topics[note.topic] = (topics[note.topic] ?? 0) + 1;
				return [
					file,
					{
						slides,
						events: events.length,
						media: events.filter((event) => event.media).length,
						topics
					}
				];
			})
		);
		expect(counts).toEqual({
			'contrib_women_in_computing.json': {
				slides: 11,
				events: 10,
				media: 9,
				topics: { date: 1, links: 3, media: 10, background: 1, site: 3, dataset: 2 }
			},
			'houston_timeline3.json': {
				slides: 19,
				events: 18,
				media: 14,
				topics: { links: 5, media: 15, site: 3, dataset: 2 }
			},
			'republican_timeline3.json': {
				slides: 14,
				events: 13,
				media: 10,
				topics: { links: 16, media: 12, site: 2, dataset: 2 }
			},
			'twain_marktwain.json': {
				slides: 18,
				events: 17,
				media: 4,
				topics: {
					date: 16,
					title: 4,
					text: 4,
					media: 17,
					place: 12,
					background: 6,
					field: 1,
					site: 4,
					dataset: 2
				}
			}
		});
		const messages = (file: string) =>
			read(file).notes.map((note) => `${note.slide ?? '-'} ${note.message}`);
		expect(messages('contrib_women_in_computing.json')).toEqual(
			expect.arrayContaining([
				'2 quotation given as media kept as a paragraph of the summary, not as a source excerpt',
				'3 start 1943-07-01 kept only as the year 1943, as the end date gives only a year',
				'4 Google Maps shown only as a link: https://www.google.com/maps/place/University+of+Pennsylvania/@39.9522188,-75.1932137,17z/data=!3m1!4b1!4m2!3m1!1s0x89c6c65a7f3bccc1:0x9eaa6a2b2d6fe94'
			])
		);
		expect(messages('houston_timeline3.json')).toEqual(
			expect.arrayContaining([
				"1 image dropped, a path on the original site's server, which this site does not have: /static/img/examples/houston/family.jpg",
				'18 tweet shown only as a link (its protocol-relative address is read as https): https://twitter.com/Blavity/status/851872780949889024'
			])
		);
		expect(messages('twain_marktwain.json')).toEqual(
			expect.arrayContaining([
				'0 no title headline: the site is called "Twain marktwain" (change it in site.yaml)',
				'2 start date: the time of day 6:45:56 not kept',
				'4 YouTube video dropped, not https (the site links only to https): http://www.youtube.com/watch?v=C-nTpGMMVjY',
				'1 slide type not used: imported as an ordinary event'
			])
		);
	});
});
