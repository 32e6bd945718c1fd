// Calendar days for dayjs without its UTC plugin: the day's fields copied into a local date, so
// formatting never shifts a date across midnight whatever the reader's time zone.
import dayjs from 'dayjs';

/** A dayjs value showing the UTC calendar day of `time` (ms) or of an ISO date string. */
export function calendarDay(value: number | string): dayjs.Dayjs {
	const utc = new Date(typeof value === 'string' ? `${value}T00:00:00Z` : value);
	const local = new Date(2000, 0, 1);
	local.setFullYear(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
	return dayjs(local);
}
