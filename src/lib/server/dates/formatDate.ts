// Human-readable event dates that show how precisely each date is known.
import type dayjs from 'dayjs';
import type { Precision } from '../../model.ts';
import { calendarDay } from './calendarDay.ts';

const DAY = 'D MMMM YYYY';

/** The date an event is known to have happened, in words: exact days, ranges, months, years, approximations. */
export function formatEventDate(
	start: string,
	end: string | undefined,
	precision: Precision
): string {
	const first = calendarDay(start);
	const last = end ? calendarDay(end) : first;
	if (precision === 'year')
		return last.year() > first.year()
			? `${first.format('YYYY')}–${last.format('YYYY')}`
			: first.format('YYYY');
	if (precision === 'month') {
		if (last.year() > first.year())
			return `${first.format('MMMM YYYY')} – ${last.format('MMMM YYYY')}`;
		if (last.month() > first.month())
			return `${first.format('MMMM')} – ${last.format('MMMM YYYY')}`;
		return first.format('MMMM YYYY');
	}
	const range = end && end !== start ? formatRange(first, calendarDay(end)) : first.format(DAY);
	return precision === 'approximate' ? `about ${range}` : range;
}

/** A short form for tight spaces such as tooltips and axis labels: `18 Mar 2021`, `May 2023`. */
export function formatShortDate(date: string, precision: Precision = 'day'): string {
	const day = calendarDay(date);
	if (precision === 'year') return day.format('YYYY');
	if (precision === 'month') return day.format('MMM YYYY');
	return `${precision === 'approximate' ? 'c. ' : ''}${day.format('D MMM YYYY')}`;
}

function formatRange(first: dayjs.Dayjs, last: dayjs.Dayjs): string {
	if (first.year() !== last.year()) return `${first.format(DAY)} – ${last.format(DAY)}`;
	if (first.month() !== last.month()) return `${first.format('D MMMM')} – ${last.format(DAY)}`;
	return `${first.format('D')}–${last.format(DAY)}`;
}
