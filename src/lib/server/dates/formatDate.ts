// Human-readable event dates that show how precisely each date is known.
import type dayjs from 'dayjs';
import type { Precision } from '../../model.ts';
import { calendarDay } from './calendarDay.ts';

/** The words of one length of date: in full for pages, abbreviated for tight spaces. */
interface DateWords {
	day: string;
	dayAndMonth: string;
	month: string;
	monthAlone: string;
	about: string;
}

const IN_FULL: DateWords = {
	day: 'D MMMM YYYY',
	dayAndMonth: 'D MMMM',
	month: 'MMMM YYYY',
	monthAlone: 'MMMM',
	about: 'about '
};
const SHORT: DateWords = {
	day: 'D MMM YYYY',
	dayAndMonth: 'D MMM',
	month: 'MMM YYYY',
	monthAlone: 'MMM',
	about: 'c. '
};

/** The date an event is known to have happened, in words: exact days, ranges, months, years, approximations. */
export function formatEventDate(
	start: string,
	end: string | undefined,
	precision: Precision
): string {
	return formatDates(start, end, precision, IN_FULL);
}

/**
 * A short form for tight spaces such as a row's date or a cluster's range: `18 Mar 2021`,
 * `18–19 Mar 2021`, `May 2023`, `c. 1–4 Feb 2023`.
 */
export function formatShortDate(
	start: string,
	end: string | undefined,
	precision: Precision = 'day'
): string {
	return formatDates(start, end, precision, SHORT);
}

function formatDates(
	start: string,
	end: string | undefined,
	precision: Precision,
	words: DateWords
): string {
	const first = calendarDay(start);
	const last = end ? calendarDay(end) : first;
	if (precision === 'year')
		return last.year() > first.year()
			? `${first.format('YYYY')}–${last.format('YYYY')}`
			: first.format('YYYY');
	if (precision === 'month') {
		if (last.year() > first.year())
			return `${first.format(words.month)} – ${last.format(words.month)}`;
		if (last.month() > first.month())
			return `${first.format(words.monthAlone)} – ${last.format(words.month)}`;
		return first.format(words.month);
	}
	const range =
		end && end !== start ? formatRange(first, calendarDay(end), words) : first.format(words.day);
	return precision === 'approximate' ? `${words.about}${range}` : range;
}

function formatRange(first: dayjs.Dayjs, last: dayjs.Dayjs, words: DateWords): string {
	if (first.year() !== last.year()) return `${first.format(words.day)} – ${last.format(words.day)}`;
	if (first.month() !== last.month())
		return `${first.format(words.dayAndMonth)} – ${last.format(words.day)}`;
	return `${first.format('D')}–${last.format(words.day)}`;
}
