// Calendar dates as ISO strings (YYYY-MM-DD): parsing, checking and day arithmetic, always in UTC.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written as YYYY-MM-DD (rejects 2022-13-14 and 2023-02-29). */
export function isIsoDate(value: string): boolean {
	const match = ISO_DATE.exec(value);
	if (!match) return false;
	const [, year, month, day] = match.map(Number) as [number, number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

/** Milliseconds since the epoch at UTC midnight of an ISO date (assumed valid). */
export function isoDateToTime(value: string): number {
	// Sliced rather than split: the timeline converts every event's dates when it loads.
	return Date.UTC(+value.slice(0, 4), +value.slice(5, 7) - 1, +value.slice(8, 10));
}

/**
 * `isoDateToTime` with a memory, for many dates over fewer days (ten thousand events fall on about
 * a thousand): each distinct date is parsed once.
 */
export function rememberingIsoDateToTime(): (value: string) => number {
	const times = new Map<string, number>();
	return (value) => {
		let time = times.get(value);
		if (time === undefined) times.set(value, (time = isoDateToTime(value)));
		return time;
	};
}

/** The ISO date (UTC) of a moment given in milliseconds since the epoch. */
export function timeToIsoDate(time: number): string {
	return new Date(time).toISOString().slice(0, 10);
}

/** Where `date` falls between `from` and `to`, as a percentage (for strips that mark dates along a line). */
export function percentAlong(date: string, from: string, to: string): number {
	const start = isoDateToTime(from);
	return ((isoDateToTime(date) - start) / Math.max(1, isoDateToTime(to) - start)) * 100;
}
