// Stretches of the record that no collected document covers: runs of whole months between two events
// with no event in them. Every engagement or incident the documents report or mention is an event
// (see the about page), so such a run is a time the documents are silent about, not a silence
// between the two countries; the timeline draws it as such rather than as an empty axis. Computed
// from all the events, whatever a filter shows: a theme's quiet months are not gaps in the record.
import { textWidth } from './textWidth';
import { LONG_MONTHS } from './ticks';
import type { Track } from './track';

/** The fewest whole months without an event that count as a stretch the documents do not cover. */
export const UNCOVERED_MONTHS = 3;

/** One way of writing a stretch's words: its lines, and the room they need, in ems of their type (so at any text size). */
export interface Wording {
	lines: string[];
	need: number;
}

export interface UncoveredStretch {
	/** From the first day of its first month to the first day after its last month, ms (UTC). */
	from: number;
	to: number;
	/** Its months: "April 2021 – October 2022", "July – October 2023". */
	months: string;
	/**
	 * Its words written ever shorter: the sentence on one line, on two, then "No document covers"
	 * and "No document" over the short months ("Jul – Oct 2023"). The band shows the first that fits
	 * it (UncoveredStretches.svelte), or none: its sentence is then in its tooltip and for screen
	 * readers.
	 */
	wordings: Wording[];
}

/** The type size of a stretch's words at the reader's default text size, px (0.75rem). */
export const STRETCH_TYPE_SIZE = 12;
/** Room kept free on each side of a stretch's words, px. */
const STRETCH_PADDING = 2;

function wordings(months: string, shortMonths: string): Wording[] {
	return [
		[uncoveredSentence({ months })],
		['No collected document covers', months],
		['No document covers', shortMonths],
		['No document', shortMonths]
	].map((lines) => {
		const widest = Math.max(...lines.map((line) => textWidth(line, STRETCH_TYPE_SIZE)));
		// Thousandths of an em are finer than any screen draws, and short in the page.
		const need = Math.ceil(((widest + 2 * STRETCH_PADDING) / STRETCH_TYPE_SIZE) * 1000) / 1000;
		return { lines, need };
	});
}

/** Months since year 0 (UTC) of a time. */
const monthOf = (time: number) => {
	const date = new Date(time);
	return date.getUTCFullYear() * 12 + date.getUTCMonth();
};

const startOfMonth = (month: number) => Date.UTC(Math.floor(month / 12), month % 12, 1);

function monthRange(first: number, last: number, short: boolean): string {
	const name = (month: number) => {
		const full = LONG_MONTHS[month % 12]!;
		return short ? full.slice(0, 3) : full;
	};
	const [firstYear, lastYear] = [Math.floor(first / 12), Math.floor(last / 12)];
	return firstYear === lastYear
		? `${name(first)} – ${name(last)} ${lastYear}`
		: `${name(first)} ${firstYear} – ${name(last)} ${lastYear}`;
}

/**
 * The stretches of at least UNCOVERED_MONTHS whole months in which no event of `track` falls. An
 * event covers every month from its start's to its end's; one dated only to its year covers the year.
 */
export function uncoveredStretches(track: Track): UncoveredStretch[] {
	const stretches: UncoveredStretch[] = [];
	let coveredTo = -Infinity;
	track.entries.forEach((entry, index) => {
		const yearOnly = entry.precision === 'year';
		let first = monthOf(track.starts[index]!);
		let last = monthOf(track.ends[index]!);
		if (yearOnly) [first, last] = [first - (first % 12), last - (last % 12) + 11];
		if (first - coveredTo - 1 >= UNCOVERED_MONTHS && coveredTo > -Infinity) {
			const [from, to] = [coveredTo + 1, first - 1];
			const months = monthRange(from, to, false);
			stretches.push({
				from: startOfMonth(from),
				to: startOfMonth(to + 1),
				months,
				wordings: wordings(months, monthRange(from, to, true))
			});
		}
		coveredTo = Math.max(coveredTo, last);
	});
	return stretches;
}

/** What a stretch says where there is room for it. */
export const uncoveredSentence = (stretch: Pick<UncoveredStretch, 'months'>) =>
	`No collected document covers ${stretch.months}`;
