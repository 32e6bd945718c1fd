// The vertical timeline (narrow frames: phones): every event a row in time order; the gap above a
// row is the time since the previous event at the view's density, capped so that a long silence
// reads as long without scrolling for screens, with a break mark where it is capped; the rows
// grouped by year; the highlighted themes' threads down a gutter. Pure: the build prerenders the
// rows as the browser draws them, from the same track and domain as the horizontal layout.
import { EVENT_KIND_LABELS, type TimelineEntry } from '../model';
import type { Track } from './track';
import type { UncoveredStretch } from './uncovered';
import { DAY } from './zoom';

/** The longest gap drawn to scale, px; longer ones are drawn this long, broken. */
export const MAX_GAP = 144;
/** How tall the whole range's time is at the opening density, px (the rows' own heights come on top). */
const OPENING_TIME_HEIGHT = 480;
/** The densest view: px per day (a week is a screen's third). */
const DENSEST = 40;

export interface Row {
	/** Position of the row's event in the track. */
	index: number;
	/** Space above the row, px. */
	gap: number;
	/** The time since the previous event was longer than the gap shows: draw a break, saying how long. */
	broken: boolean;
	/** The time since the previous event, ms (0 for the first). */
	elapsed: number;
	/** The row's year (UTC). */
	year: number;
	/** The stretches no collected document covers between the previous row and this one. */
	uncovered: UncoveredStretch[];
	/** How many events between the previous row and this one a filter leaves out. */
	hidden: number;
}

export interface RowOptions {
	/** Density: px of gap per day between events. */
	pxPerDay: number;
	/** The longest gap drawn to scale, px. */
	maxGap: number;
	/** The stretches no collected document covers (of all the events). */
	uncovered?: readonly UncoveredStretch[];
	/**
	 * Each event's place among all the events, where a filter shows only some of them: a gap then
	 * says how many it leaves out (a long one is not a silence of the record).
	 */
	positions?: ReadonlyMap<string, number>;
}

export function timelineRows(
	track: Track,
	{ pxPerDay, maxGap, uncovered = [], positions }: RowOptions
): Row[] {
	const rows: Row[] = [];
	let stretch = 0;
	for (let index = 0; index < track.entries.length; index++) {
		const start = track.starts[index]!;
		const elapsed = index === 0 ? 0 : start - track.starts[index - 1]!;
		const wanted = (elapsed / DAY) * pxPerDay;
		// Stretches hold no event, so each falls between two consecutive rows (or before the first).
		const before: UncoveredStretch[] = [];
		while (stretch < uncovered.length && uncovered[stretch]!.from < start)
			before.push(uncovered[stretch++]!);
		rows.push({
			index,
			// A tenth of a pixel is finer than any screen draws, and keeps the page's markup short.
			gap: Math.round(Math.min(wanted, maxGap) * 10) / 10,
			broken: wanted > maxGap,
			elapsed,
			year: new Date(start).getUTCFullYear(),
			uncovered: index > 0 ? before : [],
			hidden:
				index > 0 && positions
					? positions.get(track.entries[index]!.id)! -
						positions.get(track.entries[index - 1]!.id)! -
						1
					: 0
		});
	}
	return rows;
}

/** Px per day at the opening view (density factor 1): the whole range's time `OPENING_TIME_HEIGHT` px tall. */
export function openingDensity(domain: readonly [number, number]): number {
	return OPENING_TIME_HEIGHT / Math.max((domain[1] - domain[0]) / DAY, 1);
}

/** The largest density factor: a day `DENSEST` px tall. */
export function maxDensityFactor(domain: readonly [number, number]): number {
	return Math.max(1, DENSEST / openingDensity(domain));
}

/** The density factor (1 … max) at which the days from `from` to `to` fill `height` px. */
export function densityForRange(
	domain: readonly [number, number],
	from: number,
	to: number,
	height: number
): number {
	const days = Math.max((to - from) / DAY, 1);
	const factor = height / days / openingDensity(domain);
	return Math.min(Math.max(factor, 1), maxDensityFactor(domain));
}

/** Rows grouped by year, in order: each group a year's run of consecutive rows. */
export function rowsByYear(rows: readonly Row[]): { year: number; rows: Row[] }[] {
	const groups: { year: number; rows: Row[] }[] = [];
	for (const row of rows) {
		const last = groups.at(-1);
		if (last?.year === row.year) last.rows.push(row);
		else groups.push({ year: row.year, rows: [row] });
	}
	return groups;
}

/** A break's words: how long the silence was, roughly ("3 weeks", "8 months", "2 years"). */
export function elapsedLabel(elapsed: number): string {
	const days = Math.round(elapsed / DAY);
	const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
	if (days < 14) return plural(days, 'day');
	if (days < 61) return plural(Math.round(days / 7), 'week');
	// Months up to three years: 2 years and 8 months is not "3 years".
	if (days < 1096) return plural(Math.round(days / 30.44), 'month');
	return plural(Math.round(days / 365.25), 'year');
}

/** A row's date under its year's heading: the short date without the year ("18 Mar", "May"). */
export function dateInYear(shortDateLabel: string, year: number): string {
	const suffix = ` ${year}`;
	return shortDateLabel.endsWith(suffix) ? shortDateLabel.slice(0, -suffix.length) : shortDateLabel;
}

/**
 * A row's name: what the row shows, in its order (its date under the year, its title), so that a
 * reader using voice control can say what they see; then the whole date, as a mark's name gives it
 * (with the year the row leaves to its heading, and where it comes from the public record), and
 * the kind its shape stands for: "May CIA director Burns visits Beijing in secret, May 2023 (date
 * from the public record), Visit", where "May …, 2023, Visit" read as a verb and hid the origin.
 */
export function rowName(
	entry: Pick<TimelineEntry, 'title' | 'kind' | 'shortDateLabel' | 'dateWithOrigin'>,
	year: number
): string {
	const when = dateInYear(entry.shortDateLabel, year);
	return `${when} ${entry.title}, ${entry.dateWithOrigin}, ${EVENT_KIND_LABELS[entry.kind]}`;
}

/**
 * One highlighted theme's thread at a row, in the gutter's `column` (its place among the
 * highlighted themes): whether it comes from a row above, goes on to a row below, and whether the
 * row's event is on it.
 */
export interface RowThread {
	theme: string;
	column: number;
	above: boolean;
	below: boolean;
	on: boolean;
}

/** The threads at each row (by track position): each highlighted theme runs from its first event to its last. */
export function rowThreads(track: Track, highlightThemes: readonly string[]): RowThread[][] {
	const threads: RowThread[][] = track.entries.map(() => []);
	highlightThemes.forEach((theme, column) => {
		let first = -1;
		let last = -1;
		track.entries.forEach((entry, index) => {
			if (!entry.themes.includes(theme)) return;
			if (first < 0) first = index;
			last = index;
		});
		for (let index = Math.max(first, 0); first >= 0 && index <= last; index++)
			threads[index]!.push({
				theme,
				column,
				above: index > first,
				below: index < last,
				on: track.entries[index]!.themes.includes(theme)
			});
	});
	return threads;
}

/** A row's height before it is drawn, px (a title on two lines), and a year heading's. */
const ROW_ESTIMATE = 60;
const YEAR_ESTIMATE = 53;

/** The room rows `from` … `to - 1` take by estimate (gaps, rows, year headings), px: a long record's undrawn rows. */
export function estimatedHeight(rows: readonly Row[], from: number, to: number): number {
	let height = 0;
	for (let index = from; index < to; index++) {
		const row = rows[index]!;
		height += row.gap + ROW_ESTIMATE;
		if (index === 0 || rows[index - 1]!.year !== row.year) height += YEAR_ESTIMATE;
	}
	return height;
}

/** The row at `offset` px into the rows, by estimate (the last one past their end). */
export function rowAtOffset(rows: readonly Row[], offset: number): number {
	let height = 0;
	for (let index = 0; index < rows.length; index++) {
		height += estimatedHeight(rows, index, index + 1);
		if (height > offset) return index;
	}
	return Math.max(rows.length - 1, 0);
}

/** Records of up to this many events draw every row; longer ones a window of this many around the view. */
export const ROW_WINDOW = 240;

/** The rows drawn ([start, end) of a record's rows), and the room the others take above and below, px. */
export interface RowWindow {
	start: number;
	end: number;
	above: number;
	below: number;
}

/** The window of rows drawn from `start` on (every row, for a record of up to ROW_WINDOW events). */
export function rowWindow(rows: readonly Row[], start: number): RowWindow {
	if (rows.length <= ROW_WINDOW) return { start: 0, end: rows.length, above: 0, below: 0 };
	const from = Math.min(Math.max(start, 0), rows.length - ROW_WINDOW);
	const end = from + ROW_WINDOW;
	return {
		start: from,
		end,
		above: estimatedHeight(rows, 0, from),
		below: estimatedHeight(rows, end, rows.length)
	};
}

/**
 * Where the window should start now that rows `first` … `last` are on the screen, so that they stay
 * well inside it; undefined while they do. With `first` -1 (none of the drawn rows is on the
 * screen) `atTop` says which row is at the screen's top by the estimates.
 */
export function windowStartFor(
	drawn: RowWindow,
	count: number,
	first: number,
	last: number,
	atTop: () => number | undefined
): number | undefined {
	const margin = ROW_WINDOW / 8;
	const nearTop = first - drawn.start < margin && drawn.start > 0;
	const nearBottom = drawn.end - 1 - last < margin && drawn.end < count;
	if (first >= 0 && !nearTop && !nearBottom) return undefined;
	const index = first >= 0 ? first : atTop();
	if (index === undefined) return undefined;
	const start = Math.max(0, index - ROW_WINDOW / 4);
	return start === drawn.start ? undefined : start;
}
