// Strip rows: marks that would touch stack in the first free row; marks far apart stay on the first row.
import { describe, expect, it } from 'vitest';
import { stripRows } from '../../src/lib/timeline/stripRows';

describe('stripRows', () => {
	it.each([
		['none', [], []],
		['far apart', [0, 100, 200], [0, 0, 0]],
		['exactly clear (24 px + 2 px gap)', [0, 26], [0, 0]],
		['one pixel too close', [0, 25], [0, 1]],
		['three on one day', [50, 50, 50], [0, 1, 2]],
		['back to the first row once it is clear', [0, 10, 30], [0, 1, 0]]
	])('%s', (_, centres, rows) => {
		expect(stripRows(centres, 24)).toEqual(rows);
	});

	it('never lets two marks of a row come closer than their size and gap', () => {
		const centres = Array.from({ length: 200 }, (_, index) => (index * 37) % 500).sort(
			(a, b) => a - b
		);
		const rows = stripRows(centres, 24);
		for (let i = 0; i < centres.length; i++)
			for (let j = i + 1; j < centres.length; j++)
				if (rows[i] === rows[j]) expect(centres[j]! - centres[i]!).toBeGreaterThanOrEqual(26);
	});
});
