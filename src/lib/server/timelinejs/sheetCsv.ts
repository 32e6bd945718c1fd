// The CSV a TimelineJS Google Sheet exports, read into the TimelineJS document the import takes, row by row as TimelineJS reads it.
import { parse } from 'csv-parse/sync';
import { TimelineJsError } from './importTimelineJs.ts';
import { SLIDE_FIELDS } from './slide.ts';

/** The columns of TimelineJS's sheet template, in its order. */
export const SHEET_COLUMNS = [
	'Year',
	'Month',
	'Day',
	'Time',
	'End Year',
	'End Month',
	'End Day',
	'End Time',
	'Display Date',
	'Headline',
	'Text',
	'Media',
	'Media Credit',
	'Media Caption',
	'Media Thumbnail',
	'Type',
	'Group',
	'Background'
] as const;

/** Without these a file is not a sheet made from the template. */
const REQUIRED = ['Year', 'Headline', 'Text'];
/** Newer templates add alternative text for the media; TimelineJS reads it as `media.alt`. */
const ALT_TEXT = 'Alt Text';

/** Whether the import should read `path` as a sheet's CSV rather than as JSON. */
export const isSheetCsv = (path: string) => /\.csv$/i.test(path);

type Row = Map<string, string>;

/**
 * Reads the CSV of a TimelineJS sheet as TimelineJS itself does (its ConfigFactory): a row of
 * type `title` is the title slide, rows of type `era` are eras, every other row is a slide. The
 * document keeps everything the sheet says, so the import notes what it cannot carry over
 * exactly as it does for a JSON file; a column the template does not have becomes a field of
 * that name on the slide (renamed where a slide has a field of that name), which the import
 * reports as not mapped. Throws a TimelineJsError when
 * the columns are not the template's, and csv-parse's error when the text is not CSV.
 */
export function readSheetCsv(csv: string): Record<string, unknown> {
	const [header, ...records] = parse(csv, {
		bom: true,
		relax_column_count: true,
		skip_empty_lines: true
	}) as string[][];
	// A second column of one name (a header "text" beside the template's "Text") is the sheet's own.
	const named = new Set<string>();
	const columns = (header ?? []).map((title) => {
		const name = templateName(title);
		const column = named.has(name) ? `${title.trim()} (sheet column)` : name;
		named.add(column);
		return column;
	});
	const missing = REQUIRED.filter((column) => !columns.includes(column));
	if (missing.length > 0)
		throw new TimelineJsError(
			`expected the columns of the TimelineJS sheet template (${SHEET_COLUMNS.join(', ')}), ` +
				`got ${columns.length > 0 ? columns.map((column) => `"${column}"`).join(', ') : 'none'} (no ${missing.join(', ')})`
		);
	const document: Record<string, unknown> = { events: [] };
	const events: unknown[] = [];
	const eras: unknown[] = [];
	for (const record of records) {
		const row: Row = new Map(
			columns.map((column, index) => [column, (record[index] ?? '').trim()])
		);
		if ([...row.values()].every((cell) => cell === '')) continue;
		const slide = slideOf(row);
		const type = cell(row, 'Type').toLowerCase();
		if (type === 'title' && document.title === undefined) document.title = slide;
		else if (type === 'era') eras.push(slide);
		else {
			// Another type (or a second title row) is an ordinary slide to TimelineJS; the import says so.
			if (type !== '') slide.type = cell(row, 'Type');
			events.push(slide);
		}
	}
	document.events = events;
	if (eras.length > 0) document.eras = eras;
	return document;
}

/** One row as a TimelineJS slide, with only the fields the row fills. */
function slideOf(row: Row): Record<string, unknown> {
	const slide: Record<string, unknown> = {};
	const start = dateOf(row, '');
	const end = dateOf(row, 'End ');
	if (start) slide.start_date = start;
	if (end) slide.end_date = end;
	const text = filled({ headline: cell(row, 'Headline'), text: cell(row, 'Text') });
	if (text) slide.text = text;
	const media = filled({
		url: cell(row, 'Media'),
		credit: cell(row, 'Media Credit'),
		caption: cell(row, 'Media Caption'),
		thumbnail: cell(row, 'Media Thumbnail'),
		alt: cell(row, ALT_TEXT)
	});
	if (media) slide.media = media;
	if (cell(row, 'Display Date')) slide.display_date = cell(row, 'Display Date');
	if (cell(row, 'Group')) slide.group = cell(row, 'Group');
	const background = cell(row, 'Background');
	if (background)
		slide.background = /^(https?:)?\/\/?/.test(background)
			? { url: background }
			: { color: background };
	for (const [column, value] of row) {
		if (value === '' || KNOWN.has(column) || column === '') continue;
		// Reported as not mapped under its header, never in place of a field of the slide's own.
		const name =
			SLIDE_FIELDS.has(column) || column in Object.prototype ? `${column} (sheet column)` : column;
		Object.defineProperty(slide, name, {
			value,
			enumerable: true,
			writable: true,
			configurable: true
		});
	}
	return slide;
}

const KNOWN = new Set<string>([...SHEET_COLUMNS, ALT_TEXT]);

/** A start (`prefix` '') or end (`'End '`) date: year, month and day as the sheet has them, the time split at its colons. */
function dateOf(row: Row, prefix: string): Record<string, string> | undefined {
	// TimelineJS drops spaces and thousands separators from the numbers ("1,999" is 1999).
	const number = (column: string) => cell(row, `${prefix}${column}`).replace(/[\s,]+/g, '');
	const [hour = '', minute = '', second = ''] = cell(row, `${prefix}Time`).split(':');
	return filled({
		year: number('Year'),
		month: number('Month'),
		day: number('Day'),
		hour: hour.trim(),
		minute: minute.trim(),
		second: second.trim()
	});
}

function cell(row: Row, column: string): string {
	return row.get(column) ?? '';
}

/** The fields that have a value, or nothing when none has. */
function filled(fields: Record<string, string>): Record<string, string> | undefined {
	const kept = Object.entries(fields).filter(([, value]) => value !== '');
	return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/** A header as the template spells it, whatever its case and spacing; other headers as written. */
function templateName(header: string): string {
	const trimmed = header.trim().replace(/\s+/g, ' ');
	const known = [...SHEET_COLUMNS, ALT_TEXT].find(
		(column) => column.toLowerCase() === trimmed.toLowerCase()
	);
	return known ?? trimmed;
}
