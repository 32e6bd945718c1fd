// The TimelineJS export: the format TimelineJS reads, with our text escaped so it can never become markup there.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/server/data/load';
import { escapeHtml, toTimelineJs } from '../../src/lib/server/timelinejs/exportTimelineJs';
import { fixtureDataset } from '../helpers/fixtureData';

const { root, dataDir } = fixtureDataset();
const dataset = loadDataset(dataDir, root).dataset!;

describe('toTimelineJs', () => {
	const exported = toTimelineJs(dataset);

	it('gives one TimelineJS slide per event, with dates split the way TimelineJS wants them', () => {
		expect(exported.events.map((event) => event.unique_id)).toEqual(['one', 'two']);
		expect(exported.events[0]).toMatchObject({
			start_date: { year: '2021', month: '3', day: '18' },
			end_date: { year: '2021', month: '3', day: '19' },
			text: { headline: 'First meeting' },
			group: 'Climate change'
		});
		expect(exported.events[1]!.end_date).toBeUndefined();
	});

	it('shows a date from the public record, or known only about, as such', () => {
		const [fromRecord, about] = toTimelineJs({
			...dataset,
			events: [
				{ ...dataset.events[0]!, dateFrom: 'public-record' },
				{ ...dataset.events[1]!, precision: 'approximate', dateLabel: 'about 20 March 2021' }
			]
		}).events;
		expect(fromRecord!.display_date).toBe('18–19 March 2021 (date from the public record)');
		expect(about!.display_date).toBe('about 20 March 2021');
		expect(exported.events[1]!.display_date).toBeUndefined();
	});

	it('quotes the strongest excerpt with its source, escaped, and links to the sources', () => {
		const text = exported.events[1]!.text.text;
		expect(text).toContain('<blockquote>They also discussed trade.</blockquote>');
		expect(text).toContain('Sample Publisher, “A sample readout”, 20 March 2021');
		expect(text).toContain('<a href="https://fixture.example.org/events/two">');
	});

	it('says "No source excerpt" with the note for an unsourced event, and carries its media and paragraphs', () => {
		const unsourced = {
			...dataset,
			events: [
				{
					...dataset.events[0]!,
					summary: 'First paragraph.\n\nSecond <one>.',
					excerpts: [],
					unsourced: 'Imported from a file with no sources.',
					media: { url: 'https://example.org/a.jpg', caption: 'A "picture"' }
				}
			]
		};
		const [event] = toTimelineJs(unsourced).events;
		expect(event!.text.text).toBe(
			'<p>First paragraph.</p><p>Second &lt;one&gt;.</p>' +
				'<p>No source excerpt: Imported from a file with no sources.</p>' +
				'<p><a href="https://fixture.example.org/events/one">Sources and citations</a></p>'
		);
		expect(event!.media).toEqual({
			url: 'https://example.org/a.jpg',
			caption: 'A &quot;picture&quot;',
			credit: ''
		});
	});

	it('never lets data become markup', () => {
		const hostile = {
			...dataset,
			events: [{ ...dataset.events[0]!, title: '<img src=x onerror=alert(1)>', summary: 'a & "b"' }]
		};
		const [event] = toTimelineJs(hostile).events;
		expect(event!.text.headline).toBe('&lt;img src=x onerror=alert(1)&gt;');
		expect(event!.text.text).toContain('<p>a &amp; &quot;b&quot;</p>');
	});
});

describe('escapeHtml', () => {
	it('escapes the five characters HTML treats specially', () => {
		expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'
		);
	});
});
