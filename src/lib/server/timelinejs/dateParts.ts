// One TimelineJS date, written in parts ({year, month, day, hour…} with strings or numbers), read as
// our date and precision (slideDates.ts makes a slide's dates one event's).
import { isIsoDate } from '../../timeline/isoDate.ts';
import { fieldText, type Fields } from './fields.ts';

/** A TimelineJS date as read: the first day of what is known of it, and how much is known. */
export interface ReadDate {
	/** YYYY-MM-DD: the first day of the year or month when only that is known. */
	date: string;
	precision: 'day' | 'month' | 'year';
	/** What was in the date but is not kept, in words ("the time of day 6:45:56"). */
	dropped: string[];
}

const RANK = { day: 0, month: 1, year: 2 } as const;

const wholeNumber = (value: unknown): number | undefined => {
	const text = fieldText(value);
	return /^-?\d+$/.test(text) ? Number(text) : undefined;
};

const iso = (year: number, month = 1, day = 1) =>
	`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * Reads a TimelineJS date, or says why it cannot: a year is needed, between 100 and 9999 (the
 * site's dates are YYYY-MM-DD); a month or day that is not a real one is dropped and said.
 */
export function readDate(value: unknown): ReadDate | { error: string } {
	if (value === null || typeof value !== 'object') return { error: 'no date' };
	const fields = value as Fields;
	const year = wholeNumber(fields.year);
	if (year === undefined)
		return { error: fieldText(fields.year) ? `year "${fieldText(fields.year)}"` : 'no year' };
	if (year < 100 || year > 9999) return { error: `year ${year} (the site covers 100 to 9999)` };
	const dropped: string[] = [];
	const month = wholeNumber(fields.month);
	const day = wholeNumber(fields.day);
	const time = ['hour', 'minute', 'second', 'millisecond'].map((name) => fieldText(fields[name]));
	if (time.some(Boolean)) dropped.push(`the time of day ${time.filter(Boolean).join(':')}`);
	if (fieldText(fields.format)) dropped.push(`the format "${fieldText(fields.format)}"`);
	if (fieldText(fields.month) && (month === undefined || month < 1 || month > 12)) {
		dropped.push(`the month "${fieldText(fields.month)}" (no such month)`);
		return { date: iso(year), precision: 'year', dropped };
	}
	if (month === undefined) {
		if (fieldText(fields.day))
			dropped.push(`the day "${fieldText(fields.day)}" of an unknown month`);
		return { date: iso(year), precision: 'year', dropped };
	}
	if (!fieldText(fields.day)) return { date: iso(year, month), precision: 'month', dropped };
	if (day === undefined || !isIsoDate(iso(year, month, day))) {
		dropped.push(`the day "${fieldText(fields.day)}" (no such day in that month)`);
		return { date: iso(year, month), precision: 'month', dropped };
	}
	return { date: iso(year, month, day), precision: 'day', dropped };
}

/** The coarser of two precisions: an event has one precision for its start and its end. */
export function coarser(
	first: ReadDate['precision'],
	second: ReadDate['precision']
): ReadDate['precision'] {
	return RANK[first] >= RANK[second] ? first : second;
}

/** The date cut to `precision`: the first day of its month or year. */
export function truncate(date: string, precision: ReadDate['precision']): string {
	if (precision === 'year') return `${date.slice(0, 4)}-01-01`;
	if (precision === 'month') return `${date.slice(0, 7)}-01`;
	return date;
}

/** Whether a display_date says the date is approximate ("about 1 February 2023", "c. 1950"). */
export function saysApproximate(displayDate: string): boolean {
	return /^(about|around|approximately|approx\.?|circa|ca?\.)(\s|$)/i.test(displayDate.trim());
}
