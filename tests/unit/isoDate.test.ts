// Calendar date checks and conversions.
import { describe, expect, it } from 'vitest';
import {
	isIsoDate,
	isoDateToTime,
	rememberingIsoDateToTime,
	percentAlong,
	timeToIsoDate
} from '../../src/lib/timeline/isoDate';

describe('isIsoDate', () => {
	it.each([
		['2021-03-18', true],
		['2024-02-29', true],
		['2023-02-29', false],
		['2022-13-14', false],
		['2021-04-31', false],
		['2021-3-18', false],
		['2021-03-18T00:00', false],
		[' 2021-03-18', false],
		['', false]
	])('%j → %s', (value, expected) => {
		expect(isIsoDate(value)).toBe(expected);
	});
});

describe('isoDateToTime and timeToIsoDate', () => {
	it('round-trip at UTC midnight', () => {
		for (const date of ['2021-02-10', '2023-12-31', '2024-01-27']) {
			expect(timeToIsoDate(isoDateToTime(date))).toBe(date);
			expect(isoDateToTime(date) % 86_400_000).toBe(0);
		}
	});
});

describe('percentAlong', () => {
	it('places dates along a range', () => {
		expect(percentAlong('2021-01-01', '2021-01-01', '2021-01-11')).toBe(0);
		expect(percentAlong('2021-01-06', '2021-01-01', '2021-01-11')).toBe(50);
		expect(percentAlong('2021-01-11', '2021-01-01', '2021-01-11')).toBe(100);
	});
	it('does not divide by zero for a one-day range', () => {
		expect(percentAlong('2021-01-01', '2021-01-01', '2021-01-01')).toBe(0);
	});
});

describe('rememberingIsoDateToTime', () => {
	it('gives what isoDateToTime gives, the first time and every time after', () => {
		const timeOf = rememberingIsoDateToTime();
		for (const date of ['2021-03-18', '2024-01-27', '2021-03-18', '1999-12-31', '2024-01-27'])
			expect(timeOf(date)).toBe(isoDateToTime(date));
	});
});
