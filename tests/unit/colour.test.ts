// WCAG contrast maths against known reference values.
import { describe, expect, it } from 'vitest';
import {
	composite,
	contrastOnBackgrounds,
	contrastRatio,
	parseCssColour,
	relativeLuminance,
	toHex
} from '../helpers/colour';

describe('relativeLuminance', () => {
	it.each([
		['#000000', 0],
		['#ffffff', 1],
		['#808080', 0.2158605]
	])('%s is %f', (hex, expected) => {
		expect(relativeLuminance(hex)).toBeCloseTo(expected, 5);
	});
});

describe('contrastRatio', () => {
	it.each([
		['#000000', '#ffffff', 21],
		['#ffffff', '#ffffff', 1],
		['#767676', '#ffffff', 4.54],
		['#ffffff', '#767676', 4.54]
	])('%s on %s is %f', (first, second, expected) => {
		expect(contrastRatio(first, second)).toBeCloseTo(expected, 2);
	});
});

describe('parseCssColour', () => {
	it.each([
		['rgb(26, 86, 184)', { r: 26, g: 86, b: 184, a: 1 }],
		['rgba(0, 0, 0, 0)', { r: 0, g: 0, b: 0, a: 0 }],
		['rgb(255 128 0 / 50%)', { r: 255, g: 128, b: 0, a: 0.5 }],
		['color(srgb 1 0.5 0 / 0.25)', { r: 255, g: 127.5, b: 0, a: 0.25 }],
		['#abc', { r: 170, g: 187, b: 204, a: 1 }],
		['#1a56b8', { r: 26, g: 86, b: 184, a: 1 }],
		['transparent', { r: 0, g: 0, b: 0, a: 0 }]
	])('%s', (value, expected) => {
		expect(parseCssColour(value)).toEqual(expected);
	});

	it.each(['currentcolor', 'oklch(0.5 0.1 200)', 'color(display-p3 1 0 0)', 'rgb(1, 2)', ''])(
		'refuses %s',
		(value) => {
			expect(parseCssColour(value)).toBeUndefined();
		}
	);
});

describe('composite', () => {
	const white = { r: 255, g: 255, b: 255, a: 1 };
	const black = { r: 0, g: 0, b: 0, a: 1 };
	it('an opaque colour hides what is below', () => {
		expect(composite(black, white)).toEqual(black);
	});
	it('a transparent colour shows what is below', () => {
		expect(composite({ ...black, a: 0 }, white)).toEqual(white);
	});
	it('half black over white is mid grey', () => {
		expect(toHex(composite({ ...black, a: 0.5 }, white))).toBe('#808080');
	});
});

describe('contrastOnBackgrounds', () => {
	const colour = (hex: string, a = 1) => ({ ...parseCssColour(hex)!, a });
	it('uses the nearest opaque background', () => {
		expect(
			contrastOnBackgrounds(colour('#000000'), [colour('#ffffff'), colour('#000000')])
		).toBeCloseTo(21, 5);
	});
	it('sees through transparent backgrounds to the page', () => {
		expect(
			contrastOnBackgrounds(colour('#767676'), [colour('#000000', 0), colour('#ffffff')])
		).toBeCloseTo(4.54, 2);
	});
	it('blends a translucent ring with what is behind it', () => {
		// Half-transparent black on white shows as #808080: 3.95:1, not 21:1.
		expect(contrastOnBackgrounds(colour('#000000', 0.5), [colour('#ffffff')])).toBeCloseTo(3.95, 2);
	});
});
