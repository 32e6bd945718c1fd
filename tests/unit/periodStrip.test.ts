import { describe, expect, it } from 'vitest';
import { periodStrip } from '../../src/lib/present/periodStrip';

describe('periodStrip', () => {
	it('places the first event at 0, the last at 100 and the others in proportion', () => {
		const { dots } = periodStrip(['2021-01-01', '2021-01-11', '2021-01-31', '2021-01-21']);
		expect(dots).toEqual([0, (1 / 3) * 100, 100, (2 / 3) * 100]);
	});

	it('labels the first year at the start and every new year at its first day', () => {
		const { years } = periodStrip(['2021-03-18', '2023-06-18', '2024-01-27']);
		expect(years.map((year) => [year.label, year.align])).toEqual([
			['2021', 'start'],
			['2022', 'middle'],
			['2023', 'middle'],
			['2024', 'end']
		]);
		const span = Date.UTC(2024, 0, 27) - Date.UTC(2021, 2, 18);
		expect(years[1]!.at).toBeCloseTo(((Date.UTC(2022, 0, 1) - Date.UTC(2021, 2, 18)) / span) * 100);
	});

	it('leaves out a year whose label would crowd the one before it', () => {
		const { years } = periodStrip(['2021-12-28', '2022-12-01']);
		expect(years.map((year) => year.label)).toEqual(['2021']);
	});

	it('holds one event, or none, without dividing by zero', () => {
		expect(periodStrip(['2022-05-05'])).toEqual({
			dots: [0],
			years: [{ label: '2022', at: 0, align: 'start' }]
		});
		expect(periodStrip([])).toEqual({ dots: [], years: [] });
	});
});
