// The date and place the handout and the worksheet print over an event's title.
import { describe, expect, it } from 'vitest';
import { printedDateAndPlace } from '../../src/lib/present/wording';

describe('printedDateAndPlace', () => {
	it('marks a date the documents do not give, and leaves a documented one bare', () => {
		const place = { name: 'Anchorage, Alaska', country: 'United States' };
		expect(
			printedDateAndPlace({ dateLabel: '18–19 March 2021', dateFrom: 'public-record', place })
		).toBe('18–19 March 2021 (date from the public record) · Anchorage, Alaska, United States');
		expect(printedDateAndPlace({ dateLabel: '22 March 2021', dateFrom: 'documents', place })).toBe(
			'22 March 2021 · Anchorage, Alaska, United States'
		);
	});

	it('prints the date alone for an event that says no place', () => {
		expect(printedDateAndPlace({ dateLabel: '2021', place: undefined })).toBe('2021');
	});
});
