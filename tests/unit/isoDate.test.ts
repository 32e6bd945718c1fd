// Calendar date checks and conversions.
import { describe, expect, it } from 'vitest';
import { isIsoDate, isoDateToTime, timeToIsoDate } from '../../src/lib/timeline/isoDate';

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
