// Where each event of a deck sits on the whole period, as percentages of the strip's width, with a
// tick and a label for every new year; the slides draw it under each event.
import { percentAlong } from '../timeline/isoDate';

export interface StripYear {
	label: string;
	/** From 0 (the first event) to 100 (the last). */
	at: number;
	/** How the label hangs on its tick: inward at the ends, so it never leaves the strip. */
	align: 'start' | 'middle' | 'end';
}

export interface PeriodStrip {
	/** Each event's place, in the order given. */
	dots: number[];
	years: StripYear[];
}

/** Labels closer than this (percent) to an end hang inward from their tick. */
const EDGE = 6;
/** A year's label closer than this (percent) to the one before it is left out (years of a long period). */
const CROWDED = 7;

export function periodStrip(starts: readonly string[]): PeriodStrip {
	if (starts.length === 0) return { dots: [], years: [] };
	// ISO dates sort as text.
	const sorted = [...starts].sort();
	const first = sorted[0]!;
	const last = sorted.at(-1)!;
	const along = (date: string) => percentAlong(date, first, last);
	const years: StripYear[] = [{ label: first.slice(0, 4), at: 0, align: 'start' }];
	for (let year = +first.slice(0, 4) + 1; year <= +last.slice(0, 4); year++) {
		const at = along(`${year}-01-01`);
		if (at - years.at(-1)!.at < CROWDED) continue;
		years.push({
			label: String(year),
			at,
			align: at > 100 - EDGE ? 'end' : at < EDGE ? 'start' : 'middle'
		});
	}
	return { dots: starts.map(along), years };
}
