// WCAG contrast maths against known reference values.
import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from '../../src/lib/colour';

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
