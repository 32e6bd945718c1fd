// Where each event of a deck sits on the whole period, as fractions of the strip's width, with a
// tick and a label for every new year; the slides draw it under each event.
import { isoDateToTime } from '../timeline/isoDate';

export interface StripYear {
	label: string;
	/** From 0 (the first event) to 1 (the last). */
	at: number;
	/** How the label hangs on its tick: inward at the ends, so it never leaves the strip. */
	align: 'start' | 'middle' | 'end';
}

export interface PeriodStrip {
	/** Each event's place, in the order given. */
	dots: number[];
	years: StripYear[];
}

/** Labels closer than this to an end hang inward from their tick. */
const EDGE = 0.06;
/** A year's label closer than this to the one before it is left out (years of a long period). */
const CROWDED = 0.07;

export function periodStrip(starts: readonly string[]): PeriodStrip {
	if (starts.length === 0) return { dots: [], years: [] };
	const times = starts.map(isoDateToTime);
	const first = Math.min(...times);
	const last = Math.max(...times);
	const span = Math.max(1, last - first);
	const fraction = (time: number) => (time - first) / span;
	const firstYear = new Date(first).getUTCFullYear();
	const lastYear = new Date(last).getUTCFullYear();
	const years: StripYear[] = [{ label: String(firstYear), at: 0, align: 'start' }];
	for (let year = firstYear + 1; year <= lastYear; year++) {
		const at = fraction(Date.UTC(year, 0, 1));
		if (at - years.at(-1)!.at < CROWDED) continue;
		years.push({
			label: String(year),
			at,
			align: at > 1 - EDGE ? 'end' : at < EDGE ? 'start' : 'middle'
		});
	}
	return { dots: times.map(fraction), years };
}
