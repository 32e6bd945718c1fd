// Labels for machines and screen readers: an event's date for <time datetime>, no more precise than
// it is known; a quote's opening words, which tell apart links to one source's passages.
import { describe, expect, it } from 'vitest';
import { machineDate, quoteOpening } from '../../src/lib/machineLabels';

describe('machineDate', () => {
	it.each([
		['2021-03-18', 'day', '2021-03-18'],
		['2023-02-01', 'approximate', '2023-02-01'],
		['2023-05-01', 'month', '2023-05'],
		['1956-01-01', 'year', '1956']
	] as const)('%s (%s) → %s', (start, precision, expected) => {
		expect(machineDate({ start, precision })).toBe(expected);
	});
});

describe('quoteOpening', () => {
	it('gives the first words, marking what it leaves out', () => {
		expect(
			quoteOpening('The two sides had candid, substantive and fruitful strategic talks.')
		).toBe('“The two sides had candid, substantive…”');
		expect(quoteOpening('Helpful.')).toBe('“Helpful”');
		expect(quoteOpening('one two three four five six, seven')).toBe(
			'“one two three four five six…”'
		);
	});
});
