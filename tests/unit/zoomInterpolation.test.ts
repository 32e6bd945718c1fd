// The zoom interpolator handed to d3-zoom: exact ends, linear centre, geometric width.
import { describe, expect, it } from 'vitest';
import { interpolateZoom } from '../../src/lib/shims/zoomInterpolation';
import { interrupt } from '../../src/lib/shims/noTransitions';

describe('interpolateZoom', () => {
	const step = interpolateZoom([0, 0, 100], [50, 10, 400]);

	it('starts and ends at the given views', () => {
		expect(step(0)).toEqual([0, 0, 100]);
		expect(step(1)).toEqual([50, 10, 400]);
	});

	it('moves the centre linearly and scales the width geometrically', () => {
		expect(step(0.5)).toEqual([25, 5, 200]);
	});
});

describe('interrupt', () => {
	it('is a harmless no-op: no d3 transition is ever created', () => {
		expect(interrupt()).toBeUndefined();
	});
});
