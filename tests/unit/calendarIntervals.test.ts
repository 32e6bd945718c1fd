// The axis's calendar steps agree with d3-time's UTC intervals on seeded random ranges and on edge cases.
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { describe, expect, it } from 'vitest';
import {
	utcDays,
	utcMondays,
	utcMonths,
	utcMonthsEvery,
	utcYears,
	utcYearsEvery,
	type CalendarInterval
} from '../../src/lib/timeline/calendarIntervals';

const DAY = 86_400_000;
const CASES: [string, CalendarInterval, TimeInterval][] = [
	['days', utcDays, utcDay],
	['Monday weeks', utcMondays, utcMonday],
	['months', utcMonths, utcMonth],
	['quarters', utcMonthsEvery(3), utcMonth.every(3)!],
	['years', utcYears, utcYear],
	['decades', utcYearsEvery(10), utcYear.every(10)!],
	['half-centuries', utcYearsEvery(50), utcYear.every(50)!]
];

function seeded(seed: number) {
	return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe.each(CASES)('UTC %s', (_name, ours, d3) => {
	const random = seeded(7);
	const start = Date.UTC(1999, 0, 1);
	const times = Array.from({ length: 300 }, () => start + Math.floor(random() * 40 * 365 * DAY));

	it('floors like d3-time', () => {
		for (const time of times) expect(ours.floor(time)).toBe(d3.floor(new Date(time)).getTime());
	});

	it('lists the same period starts over ranges of every size', () => {
		for (const [index, from] of times.entries()) {
			const to = from + Math.floor(random() * (index % 3 === 0 ? 3000 : 60) * DAY);
			expect(ours.range(from, to)).toEqual(
				d3.range(new Date(from), new Date(to)).map((date) => date.getTime())
			);
		}
	});

	it('includes a range start that falls on a period start, and excludes the end', () => {
		const boundary = ours.floor(Date.UTC(2022, 6, 15, 13));
		const next = ours.range(boundary + 1, boundary + 120 * 365 * DAY)[0]!;
		expect(ours.range(boundary, next)).toEqual([boundary]);
		expect(ours.range(boundary, boundary)).toEqual([]);
	});
});

it('weeks start on Monday, including across a leap day and a year end', () => {
	expect(new Date(utcMondays.floor(Date.UTC(2024, 1, 29))).toISOString()).toBe(
		'2024-02-26T00:00:00.000Z'
	);
	expect(new Date(utcMondays.floor(Date.UTC(2022, 0, 1, 23))).toISOString()).toBe(
		'2021-12-27T00:00:00.000Z'
	);
});
