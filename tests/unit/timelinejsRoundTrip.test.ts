// TimelineJS round trip: our export read back by our import gives the same events, as far as the format can carry them.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/server/data/load';
import { importTimelineJs } from '../../src/lib/server/timelinejs/importTimelineJs';
import { writeImportedDataset } from '../../src/lib/server/timelinejs/writeDataset';
import { toTimelineJs } from '../../src/lib/server/timelinejs/exportTimelineJs';
import type { Dataset } from '../../src/lib/model';

/** Export → JSON file → import → data folder → the site's loader, as a newsroom's round trip would go. */
function roundTrip(dataset: Dataset): Dataset {
	const file = JSON.parse(JSON.stringify(toTimelineJs(dataset)));
	const imported = importTimelineJs(file, {
		fileName: 'timelinejs.json',
		siteUrl: dataset.site.url
	});
	const root = mkdtempSync(join(tmpdir(), 'round-trip-'));
	writeImportedDataset(imported, join(root, 'data'), 'timelinejs.json');
	const { dataset: back, problems } = loadDataset(join(root, 'data'), root);
	expect(problems).toEqual([]);
	return back!;
}

/*
 * What a TimelineJS slide carries, and so what survives the trip: id (unique_id), title, start,
 * end, precision (year, month and day from the date fields; approximate from display_date),
 * summary (as plain-text paragraphs), the first theme (as the slide's group, by its label) and
 * media. What it cannot carry:
 * - excerpts: a slide holds no source text to check a quote against, so the import makes each
 *   event unsourced, with a note naming the page where its excerpts are;
 * - kind, place, participants, links, questions, elsewhere: TimelineJS has no such fields
 *   (every event comes back as kind "other", with no place or participants);
 * - themes after the first, and each theme's id, description and colour: a slide has one
 *   group, a label (the import gives it a new id and a colour from a fixed palette).
 */
describe('TimelineJS round trip of data/', () => {
	const { dataset } = loadDataset('data');
	const back = roundTrip(dataset!);
	const byId = new Map(back.events.map((event) => [event.id, event]));

	it('gives back every event, in the same order, with the same ids', () => {
		expect(back.events.map((event) => event.id)).toEqual(dataset!.events.map((event) => event.id));
	});

	it.each(dataset!.events.map((event) => [event.id, event] as const))(
		'%s: same title, dates, precision and summary',
		(id, event) => {
			const returned = byId.get(id)!;
			expect({
				title: returned.title,
				start: returned.start,
				end: returned.end,
				precision: returned.precision,
				summary: returned.summary,
				dateLabel: returned.dateLabel
			}).toEqual({
				title: event.title,
				start: event.start,
				end: event.end,
				precision: event.precision,
				summary: event.summary,
				dateLabel: event.dateLabel
			});
		}
	);

	it('keeps a date from the public record as such, and notes nothing of a display date the dates give', () => {
		for (const event of dataset!.events)
			expect(byId.get(event.id)!.dateFrom, event.id).toBe(event.dateFrom);
		const file = JSON.parse(JSON.stringify(toTimelineJs(dataset!)));
		const { notes } = importTimelineJs(file, {
			fileName: 'timelinejs.json',
			siteUrl: dataset!.site.url
		});
		expect(notes.filter((note) => /not kept: dates are written/.test(note.message))).toEqual([]);
	});

	it('keeps the first theme, by its label', () => {
		const labels = (data: Dataset) => new Map(data.themes.map((theme) => [theme.id, theme.label]));
		const before = labels(dataset!);
		const after = labels(back);
		for (const event of dataset!.events)
			expect(
				byId.get(event.id)!.themes.map((id) => after.get(id)),
				event.id
			).toEqual(event.themes.slice(0, 1).map((id) => before.get(id)));
	});

	it('cannot carry the excerpts, and says where they are instead of faking a quote', () => {
		for (const event of back.events) {
			expect(event.excerpts).toEqual([]);
			expect(event.unsourced).toBe(
				`Exported with its verbatim excerpts from ${dataset!.site.url}/events/${event.id}; a TimelineJS file carries no source texts, so they could not be imported.`
			);
		}
	});

	it('cannot carry kinds, places, participants, links or questions', () => {
		for (const event of back.events) {
			expect(event).toMatchObject({ kind: 'other', participants: [], links: [] });
			expect(event.place).toBeUndefined();
		}
		expect(back.events.some((event) => event.questions)).toBe(false);
	});

	it('takes the site title and description from the title slide', () => {
		expect(back.site).toMatchObject({
			title: dataset!.site.title,
			description: dataset!.site.description,
			url: dataset!.site.url
		});
	});
});

describe('TimelineJS round trip of an imported story', () => {
	const file = 'contrib_women_in_computing.json';
	const imported = importTimelineJs(
		JSON.parse(readFileSync(`tests/fixtures/timelinejs/${file}`, 'utf8')),
		{
			fileName: file
		}
	);
	const root = mkdtempSync(join(tmpdir(), 'round-trip-'));
	writeImportedDataset(imported, join(root, 'data'), file);
	const once = loadDataset(join(root, 'data'), root).dataset!;
	const twice = roundTrip(once);

	it('is stable: exporting and importing again changes no event', () => {
		const essentials = (data: Dataset) =>
			data.events.map(
				({ id, title, start, end, precision, summary, media, unsourced, themes }) => ({
					id,
					title,
					start,
					end,
					precision,
					summary,
					media,
					unsourced,
					themes
				})
			);
		expect(essentials(twice)).toEqual(essentials(once));
	});
});
