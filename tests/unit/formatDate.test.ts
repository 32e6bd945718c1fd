// Event dates in words, for every precision and range shape.
import { describe, expect, it } from 'vitest';
import { formatEventDate, formatShortDate } from '../../src/lib/server/dates/formatDate';

describe('formatEventDate', () => {
	it.each([
		['2021-03-18', undefined, 'day', '18 March 2021'],
		['2021-03-18', '2021-03-19', 'day', '18–19 March 2021'],
		['2021-03-18', '2021-03-18', 'day', '18 March 2021'],
		['2023-05-30', '2023-06-02', 'day', '30 May – 2 June 2023'],
		['2023-12-30', '2024-01-02', 'day', '30 December 2023 – 2 January 2024'],
		['2023-05-01', undefined, 'month', 'May 2023'],
		['2023-01-01', undefined, 'year', '2023'],
		['1956-01-01', '1962-01-01', 'year', '1956–1962'],
		['1956-01-01', '1956-01-01', 'year', '1956'],
		['1943-07-01', '1943-09-01', 'month', 'July – September 1943'],
		['1943-07-01', '1946-01-01', 'month', 'July 1943 – January 1946'],
		['1943-07-01', '1943-07-20', 'month', 'July 1943'],
		['2023-02-01', undefined, 'approximate', 'about 1 February 2023'],
		['2023-02-01', '2023-02-04', 'approximate', 'about 1–4 February 2023']
	] as const)('%s–%s (%s) → %s', (start, end, precision, expected) => {
		expect(formatEventDate(start, end, precision)).toBe(expected);
	});
});

describe('formatShortDate', () => {
	it.each([
		['2021-03-18', undefined, 'day', '18 Mar 2021'],
		['2021-03-18', '2021-03-19', 'day', '18–19 Mar 2021'],
		['2023-05-30', '2023-06-02', 'day', '30 May – 2 Jun 2023'],
		['2023-12-30', '2024-01-02', 'day', '30 Dec 2023 – 2 Jan 2024'],
		['2023-05-01', undefined, 'month', 'May 2023'],
		['1943-07-01', '1943-09-01', 'month', 'Jul – Sep 1943'],
		['2023-01-01', undefined, 'year', '2023'],
		['2023-02-01', undefined, 'approximate', 'c. 1 Feb 2023'],
		['2023-02-01', '2023-02-04', 'approximate', 'c. 1–4 Feb 2023']
	] as const)('%s–%s (%s) → %s', (start, end, precision, expected) => {
		expect(formatShortDate(start, end, precision)).toBe(expected);
	});
});

describe('in any time zone', () => {
	it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Tokyo', 'UTC'])(
		'keeps the calendar day in %s',
		(zone) => {
			const saved = process.env.TZ;
			process.env.TZ = zone;
			try {
				expect(formatEventDate('2021-03-18', '2021-03-19', 'day')).toBe('18–19 March 2021');
				expect(formatShortDate('2024-01-01', undefined, 'day')).toBe('1 Jan 2024');
				expect(formatEventDate('1843-01-01', undefined, 'year')).toBe('1843');
			} finally {
				process.env.TZ = saved;
			}
		}
	);
});
