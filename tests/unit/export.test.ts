// The public export mirrors the validated data exactly, and the CSV survives spreadsheet quoting rules.
import { describe, expect, it } from 'vitest';
import { toEventsCsv, toPublicJson } from '../../src/lib/server/exports/export';
import { loadDataset } from '../../src/lib/server/data/load';
import { fixtureDataset } from '../helpers/fixtureData';

const { root, dataDir } = fixtureDataset();
const dataset = loadDataset(dataDir, root).dataset!;
const exported = toPublicJson(dataset);

describe('toPublicJson', () => {
	it('lists events in chronological order with every documented field', () => {
		expect(exported.events.map((event) => event.id)).toEqual(['one', 'two']);
		expect(Object.keys(exported.events[0]!).sort()).toEqual(
			[
				'id',
				'title',
				'start',
				'end',
				'elsewhere',
				'precision',
				'dateFrom',
				'publicRecord',
				'kind',
				'place',
				'participants',
				'summary',
				'themes',
				'links',
				'media',
				'unsourced',
				'excerpts'
			].sort()
		);
		expect(exported.events[1]!.end).toBeNull();
		expect(exported.events[1]!.place).toEqual({ name: 'By telephone', country: null });
		expect(exported.events[1]!.links).toEqual([{ event: 'one', relation: 'follows-up' }]);
		expect(exported.events[1]!.media).toBeNull();
		expect(exported.events[1]!.unsourced).toBeNull();
		expect(exported.events[1]!.dateFrom).toBe('documents');
		expect(exported.events[1]!.publicRecord).toBeNull();
	});

	it('says which date comes from the public record, and what else the entry takes from it', () => {
		const fromRecord = {
			...dataset,
			events: [
				{
					...dataset.events[0]!,
					dateFrom: 'public-record' as const,
					publicRecord: 'The place, Anchorage; the report says only “in Alaska”.'
				}
			]
		};
		expect(toPublicJson(fromRecord).events[0]).toMatchObject({
			dateFrom: 'public-record',
			publicRecord: 'The place, Anchorage; the report says only “in Alaska”.'
		});
		expect(toEventsCsv(fromRecord).split('\r\n')[1]).toMatch(
			/,1,,public-record,"The place, Anchorage; the report says only “in Alaska”\."$/
		);
	});

	it('marks an event with no excerpt by its unsourced note, and one with no place by null', () => {
		const unsourced = {
			...dataset,
			events: [
				{
					...dataset.events[0]!,
					excerpts: [],
					place: undefined,
					unsourced: 'Imported from a TimelineJS file.',
					media: { url: 'https://example.org/a.jpg', caption: 'A picture' }
				}
			]
		};
		const [event] = toPublicJson(unsourced).events;
		expect(event).toMatchObject({
			place: null,
			excerpts: [],
			unsourced: 'Imported from a TimelineJS file.',
			media: { url: 'https://example.org/a.jpg', caption: 'A picture', credit: null }
		});
		expect(toEventsCsv(unsourced).split('\r\n')[1]).toMatch(
			/^one,First meeting,2021-03-18,2021-03-19,day,talks,,,.*,,0,Imported from a TimelineJS file\.,documents,$/
		);
	});

	it('gives offsets such that sources[k].text.slice(start, end) === quote', () => {
		const texts = new Map(exported.sources.map((source) => [source.id, source.text]));
		const excerpts = exported.events.flatMap((event) => event.excerpts);
		expect(excerpts.length).toBe(3);
		for (const excerpt of excerpts) {
			expect(texts.get(excerpt.source)!.slice(excerpt.start, excerpt.end)).toBe(excerpt.quote);
		}
	});

	it('carries sources and themes as they are in data/', () => {
		expect(exported.sources[0]).toMatchObject({
			id: 'sample',
			title: 'A sample readout',
			publisher: 'Sample Publisher',
			published: '2021-03-20',
			kind: 'readout',
			voice: 'chinese-government',
			file: 'sample-original.txt'
		});
		expect(exported.themes).toEqual(
			dataset.themes.map(({ id, label, description, color }) => ({ id, label, description, color }))
		);
	});

	it('survives a JSON round trip unchanged', () => {
		expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
	});
});

describe('toEventsCsv', () => {
	const csv = toEventsCsv(dataset);
	const lines = csv.trimEnd().split('\r\n');

	it('has a header and one row per event', () => {
		expect(lines[0]).toBe(
			'id,title,start,end,precision,kind,place,country,participants,summary,themes,sources,excerpt_count,unsourced,date_from,public_record'
		);
		expect(lines).toHaveLength(1 + dataset.events.length);
	});

	it('quotes fields that hold commas and leaves plain ones bare', () => {
		expect(lines[1]).toBe(
			'one,First meeting,2021-03-18,2021-03-19,day,talks,"Anchorage, Alaska",United States,"Person A (Minister, us)",The first meeting of the fixture.,climate,sample,1,,documents,'
		);
		expect(lines[2]).toContain(',,day,call,By telephone,,,');
	});

	it('neutralises values a spreadsheet would run as a formula', () => {
		const hostile = {
			...dataset,
			events: [{ ...dataset.events[0]!, title: '=HYPERLINK("https://example.com")' }]
		};
		expect(toEventsCsv(hostile).split('\r\n')[1]).toContain(
			`"'=HYPERLINK(""https://example.com"")"`
		);
	});
});
