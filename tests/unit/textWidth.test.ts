// Text widths estimated from a table, the same at build time and in the browser; titles cut at word boundaries.
import { describe, expect, it } from 'vitest';
import { textWidth, wordCuts } from '../../src/lib/timeline/textWidth';

describe('textWidth', () => {
	it.each([
		// Measured in Chromium with DejaVu Sans, the face the table was taken from.
		['Biden–Xi phone call', 13, 'regular', 127.3],
		['November 2023', 12, 'bold', 107],
		['2024', 12, 'regular', 30.5]
	] as const)('estimates "%s" at %d px %s as the font draws it', (text, size, weight, measured) => {
		expect(textWidth(text, size, weight)).toBeCloseTo(measured, 0);
	});

	it('gives letters beyond ASCII a width, and ideographs a full em', () => {
		expect(textWidth('é', 10)).toBeGreaterThan(5);
		expect(textWidth('中国', 10)).toBe(20);
	});
});

describe('wordCuts', () => {
	const starts = (text: string) => wordCuts(text, 13).map(([start]) => start);

	it('cuts at every word, the whole title last with its own width', () => {
		const title = 'Sullivan and Wang Yi meet in Vienna';
		expect(starts(title)).toEqual([
			'Sullivan',
			'Sullivan and',
			'Sullivan and Wang',
			'Sullivan and Wang Yi',
			'Sullivan and Wang Yi meet',
			'Sullivan and Wang Yi meet in',
			title
		]);
		const cuts = wordCuts(title, 13);
		expect(cuts[3]![1]).toBeCloseTo(textWidth('Sullivan and Wang Yi…', 13), 6);
		expect(cuts.at(-1)![1]).toBeCloseTo(textWidth(title, 13), 6);
	});

	it('cuts a hyphenated word after its hyphen, not inside a part, and after a dash', () => {
		expect(starts('Counter-narcotics working group')).toEqual([
			'Counter',
			'Counter-narcotics',
			'Counter-narcotics working',
			'Counter-narcotics working group'
		]);
		expect(starts('Biden–Xi phone call')[0]).toBe('Biden');
		// The room of "Counter…" is that of "Counter-" with the ellipsis: the hyphen goes.
		expect(wordCuts('Counter-narcotics working group', 13)[0]![1]).toBeCloseTo(
			textWidth('Counter-…', 13),
			6
		);
	});

	it('drops a dangling dash or comma before the ellipsis, and says each start once', () => {
		expect(starts('Talks – with many words after').slice(0, 2)).toEqual(['Talks', 'Talks – with']);
		expect(starts('Beijing, then Washington')).toEqual([
			'Beijing',
			'Beijing, then',
			'Beijing, then Washington'
		]);
	});

	it('never asks more room for a start than for a longer one', () => {
		// The ellipsis is wider than the short last word: the whole title needs less than its last cut.
		const cuts = wordCuts('Talks held in a', 13);
		expect(cuts.at(-1)![1]).toBeLessThan(textWidth('Talks held in…', 13));
		for (let index = 1; index < cuts.length; index++)
			expect(cuts[index - 1]![1]).toBeLessThanOrEqual(cuts[index]![1]);
	});
});
