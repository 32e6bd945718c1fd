// The CSV of a TimelineJS Google Sheet: read as TimelineJS reads it, imported with the same report as a JSON file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../src/lib/server/timelinejs/command';
import { importTimelineJs } from '../../src/lib/server/timelinejs/importTimelineJs';
import { readSheetCsv, SHEET_COLUMNS } from '../../src/lib/server/timelinejs/sheetCsv';

const SHEETS = resolve('tests/fixtures/timelinejs-sheet');

function run(file: string) {
	const cwd = mkdtempSync(join(tmpdir(), 'import-sheet-'));
	const out: string[] = [];
	const err: string[] = [];
	const code = importCommand([file], {
		cwd,
		log: (text) => out.push(text),
		error: (text) => err.push(text)
	});
	return { code, out: out.join('\n'), err: err.join('\n'), cwd };
}

describe('importing the CSV of a TimelineJS sheet', () => {
	it('reads the template’s columns, in its order', () => {
		const header = readFileSync(join(SHEETS, 'houston_sheet.csv'), 'utf8').split('\r\n')[0];
		expect(header).toBe(SHEET_COLUMNS.join(','));
	});

	it('gives the same story as the JSON file the sheet was made from: events, site and notes', () => {
		const fromJson = importTimelineJs(
			JSON.parse(readFileSync('tests/fixtures/timelinejs/houston_timeline3.json', 'utf8')),
			{ fileName: 'houston' }
		);
		const fromCsv = importTimelineJs(
			readSheetCsv(readFileSync(join(SHEETS, 'houston_sheet.csv'), 'utf8')),
			{ fileName: 'houston' }
		);
		expect(fromCsv.events).toHaveLength(18);
		expect(fromCsv).toEqual(fromJson);
	});

	it('imports a sheet written from the template, reporting what it could not map', () => {
		const { code, out, err, cwd } = run(join(SHEETS, 'template_sheet.csv'));
		expect(err).toBe('');
		expect(code).toBe(0);
		const lines = [
			'Imported ' + join(SHEETS, 'template_sheet.csv') + ' into imported/template_sheet.csv/',
			'  6 slides → 4 events (1 slide not imported), 2 themes (from groups), 1 media link; the title slide → site.yaml',
			'  - site: title slide background not used',
			'Slide 1 → events/talks-in-anchorage.yaml:',
			'  - links: text: 1 link address not kept (https://example.org/a)',
			'  - date: start date: the time of day 9:30 AM not kept',
			'  - media: media thumbnail not used',
			'  - field: field "Notes" not mapped',
			'  - date: display date "c. November 2022" not kept: dates are written from start and end',
			'  - background: background not used',
			'  - date: start date: the day "30" (no such day in that month) not kept',
			'  - skipped: not imported: its start date has no year',
			'  - era: era "The years of talks" (2021–2024) not mapped: the site has no eras',
			"Validated with the site's own loader: no problems in imported/template_sheet.csv/."
		];
		for (const line of lines) expect(out.split('\n')).toContain(line);
		const site = readFileSync(join(cwd, 'imported/template_sheet.csv/site.yaml'), 'utf8');
		expect(site).toContain('title: Talks and tensions');
		expect(site).toContain('A sheet written from the TimelineJS template, with a comma, a "quote"');
		const anchorage = readFileSync(
			join(cwd, 'imported/template_sheet.csv/events/talks-in-anchorage.yaml'),
			'utf8'
		);
		expect(anchorage).toContain('start: 2021-03-18');
		expect(anchorage).toContain('end: 2021-03-19');
		expect(anchorage).toContain('url: https://example.org/anchorage.jpg');
		// "1,999" is the year 1999, as TimelineJS reads it.
		expect(
			readFileSync(join(cwd, 'imported/template_sheet.csv/events/year-with-a-comma.yaml'), 'utf8')
		).toContain('start: 1999-01-01');
	});

	it('keeps a column of the sheet’s own apart from the slide’s fields, whatever its header', () => {
		const header = [...SHEET_COLUMNS, 'text', '__proto__', 'Notes'];
		const values = new Map([
			['Year', '2021'],
			['Headline', 'Talks'],
			['Text', 'What was said.'],
			['text', 'a note in a column named text'],
			['__proto__', 'polluted?'],
			['Notes', 'a note']
		]);
		const csv = [header, header.map((column) => values.get(column) ?? '')]
			.map((cells) => cells.map((cell) => `"${cell}"`).join(','))
			.join('\n');
		const [slide] = readSheetCsv(csv).events as Record<string, unknown>[];
		expect(slide!.text).toEqual({ headline: 'Talks', text: 'What was said.' });
		expect(slide!['text (sheet column)']).toBe('a note in a column named text');
		expect(slide!['__proto__ (sheet column)']).toBe('polluted?');
		expect(Object.getPrototypeOf(slide)).toBe(Object.prototype);
		expect(slide!.Notes).toBe('a note');
		const imported = importTimelineJs(readSheetCsv(csv), { fileName: 'sheet' });
		expect(imported.notes.map((note) => note.message)).toEqual(
			expect.arrayContaining([
				'field "text (sheet column)" not mapped',
				'field "__proto__ (sheet column)" not mapped',
				'field "Notes" not mapped'
			])
		);
	});

	it('refuses a CSV that is not a sheet of the template, and one that is not CSV', () => {
		const dir = mkdtempSync(join(tmpdir(), 'import-sheet-bad-'));
		writeFileSync(join(dir, 'budget.csv'), 'Item,Cost\nPaper,3\n');
		expect(run(join(dir, 'budget.csv'))).toMatchObject({
			code: 2,
			err: expect.stringMatching(
				/: not a TimelineJS sheet we can import: expected the columns of the TimelineJS sheet template \(Year, Month, .+\), got "Item", "Cost" \(no Year, Headline, Text\)$/
			)
		});
		writeFileSync(join(dir, 'broken.csv'), 'Year,Headline,Text\n2021,"Unclosed,quote\n');
		expect(run(join(dir, 'broken.csv'))).toMatchObject({
			code: 2,
			err: expect.stringMatching(/broken\.csv: not valid CSV \(.+\)$/)
		});
	});
});
