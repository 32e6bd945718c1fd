// Text widths estimated from a table, the same at build time and in the browser; titles cut at word boundaries.
import { describe, expect, it } from 'vitest';
import { fitWords, textWidth } from '../../src/lib/timeline/textWidth';

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

describe('fitWords', () => {
	const title = 'Sullivan and Wang Yi meet in Vienna';

	it('keeps a title that fits', () => {
		expect(fitWords(title, 500, 13)).toBe(title);
	});

	it('cuts at the last whole word that fits with an ellipsis', () => {
		const cut = fitWords(title, textWidth('Sullivan and Wang Yi…', 13) + 2, 13);
		expect(cut).toBe('Sullivan and Wang Yi…');
		expect(textWidth(cut, 13)).toBeLessThanOrEqual(textWidth('Sullivan and Wang Yi…', 13) + 2);
	});

	it('cuts a hyphenated word after its hyphen, not inside a part', () => {
		const title = 'Counter-narcotics working group launched';
		expect(fitWords(title, textWidth('Counter-narcotics…', 13) + 0.01, 13)).toBe(
			'Counter-narcotics…'
		);
		expect(fitWords(title, textWidth('Counter-narcotics…', 13) - 1, 13)).toBe('Counter…');
		expect(fitWords('Biden–Xi phone call', textWidth('Biden–Xi…', 13) + 0.01, 13)).toBe(
			'Biden–Xi…'
		);
	});

	it('drops a dangling dash or comma before the ellipsis', () => {
		expect(fitWords('Talks – with many words after', textWidth('Talks –…', 13) + 1, 13)).toBe(
			'Talks…'
		);
	});

	it('gives nothing when not even the first word fits', () => {
		expect(fitWords(title, 20, 13)).toBe('');
	});
});
