// The vocabulary chart's geometry: marks close in time are spread so that none hides another.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/server/data/load';
import {
	aroundWord,
	CHART,
	spreadApart,
	vocabularyChart
} from '../../src/lib/server/analysis/vocabularyChart';

describe('spreadApart', () => {
	it.each([
		['none', [], []],
		['already apart', [0, 20, 40], [0, 20, 40]],
		['same place', [10, 10, 10], [10, 24, 38]],
		['a crowd pushes right, in time order', [5, 0, 30], [14, 0, 30]],
		['a gap absorbs the push', [0, 1, 100], [0, 14, 100]]
	])('%s', (_, positions, expected) => {
		expect(spreadApart(positions, 14)).toEqual(expected);
	});
});

describe('vocabularyChart on the real data', () => {
	it('keeps every two marks of a row at least 14 units apart, in time order', () => {
		const chart = vocabularyChart(loadDataset('data').dataset!);
		for (const row of chart.rows) {
			const sorted = chart.marks
				.filter((mark) => mark.descriptor === row.id)
				.sort((a, b) => a.x - b.x);
			for (let index = 1; index < sorted.length; index++) {
				expect(sorted[index]!.x - sorted[index - 1]!.x).toBeGreaterThanOrEqual(14 - 1e-9);
				expect(sorted[index]!.date >= sorted[index - 1]!.date).toBe(true);
			}
		}
	});

	it('draws every mark inside the chart, on an axis that ends with the data', () => {
		const dataset = loadDataset('data').dataset!;
		const chart = vocabularyChart(dataset);
		for (const mark of chart.marks) {
			expect(mark.x).toBeGreaterThanOrEqual(CHART.left);
			expect(mark.x).toBeLessThanOrEqual(CHART.width - CHART.right);
		}
		const lastYear = dataset.events.at(-1)!.start.slice(0, 4);
		expect(chart.years.at(-1)!.label).toBe(lastYear);
	});

	it('lists the marks in time order, each sentence cut around its counted word', () => {
		const chart = vocabularyChart(loadDataset('data').dataset!);
		const dates = chart.marks.map((mark) => mark.date);
		expect(dates).toEqual([...dates].sort());
		for (const mark of chart.marks) {
			expect(mark.parts.join('')).toBe(mark.sentence);
			expect(mark.parts[1]).toBe(mark.word);
		}
	});
});

describe('aroundWord', () => {
	it('finds the whole word as written, not inside another', () => {
		expect(aroundWord('Candid talks were held candidly, candid and frank.', 'candid')).toEqual([
			'Candid talks were held candidly, ',
			'candid',
			' and frank.'
		]);
		expect(aroundWord('No such word.', 'candid')).toEqual(['No such word.', '', '']);
	});
});
