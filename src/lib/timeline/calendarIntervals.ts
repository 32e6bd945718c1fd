// The UTC calendar steps the axis ticks on (days, Monday weeks, months, quarters, years), without d3-time:
// its package is one file that builds all of its intervals (and d3-array's tick maths) when loaded,
// so importing four of them ships them all to every reader.

/** A calendar step: where the period containing a time starts, and the starts within a range. */
export interface CalendarInterval {
	/** The start of the period containing `time` (ms). */
	floor(time: number): number;
	/** Every period start in [from, to) (ms), in order. */
	range(from: number, to: number): number[];
}

const DAY = 86_400_000;

function interval(floor: (date: Date) => void, step: (date: Date) => void): CalendarInterval {
	const floorTime = (time: number) => {
		const date = new Date(time);
		floor(date);
		return date.getTime();
	};
	return {
		floor: floorTime,
		range(from, to) {
			const starts: number[] = [];
			const date = new Date(floorTime(from));
			if (date.getTime() < from) step(date);
			for (; date.getTime() < to; step(date)) starts.push(date.getTime());
			return starts;
		}
	};
}

const startOfDay = (date: Date) => date.setUTCHours(0, 0, 0, 0);

export const utcDays = interval(startOfDay, (date) => date.setTime(date.getTime() + DAY));

export const utcMondays = interval(
	(date) => {
		startOfDay(date);
		date.setTime(date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY);
	},
	(date) => date.setTime(date.getTime() + 7 * DAY)
);

/** Months in steps of `months` (1 or 3 for quarters), aligned on January. */
export function utcMonthsEvery(months: number): CalendarInterval {
	return interval(
		(date) => {
			startOfDay(date);
			date.setUTCMonth(date.getUTCMonth() - (date.getUTCMonth() % months), 1);
		},
		(date) => date.setUTCMonth(date.getUTCMonth() + months)
	);
}

export const utcMonths = utcMonthsEvery(1);

/** Years in steps of `years` (1, 5, 10, 50, 100), aligned on multiples of the step like d3-time's. */
export function utcYearsEvery(years: number): CalendarInterval {
	return interval(
		(date) => {
			startOfDay(date);
			date.setUTCFullYear(Math.floor(date.getUTCFullYear() / years) * years, 0, 1);
		},
		(date) => date.setUTCFullYear(date.getUTCFullYear() + years)
	);
}

export const utcYears = utcYearsEvery(1);
