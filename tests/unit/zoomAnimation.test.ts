// Zoom animation maths: starts and ends exactly, zooms geometrically, keeps the view inside the domain.
import { describe, expect, it } from 'vitest';
import { easeInOut, interpolateZoomState } from '../../src/lib/timeline/zoomAnimation';
import type { ZoomExtent } from '../../src/lib/timeline/zoom';

const extent: ZoomExtent = { domain: [0, 1000 * 86_400_000], width: 1000, minSpan: 7 * 86_400_000 };

describe('interpolateZoomState', () => {
	const from = { k: 1, x: 0 };
	const to = { k: 16, x: -8000 };

	it('starts at the first view and ends at the second', () => {
		expect(interpolateZoomState(from, to, 0, extent)).toEqual(from);
		expect(interpolateZoomState(from, to, 1, extent)).toEqual(to);
	});

	it('zooms geometrically, so each frame zooms by the same factor', () => {
		expect(interpolateZoomState(from, to, 0.5, extent).k).toBeCloseTo(4, 10);
		expect(interpolateZoomState(from, to, 0.25, extent).k).toBeCloseTo(2, 10);
	});

	it('keeps a range it zooms in to in view all the way', () => {
		// From the whole domain to days 600–650, far from its centre.
		const target = { k: 20, x: -20 * 600 };
		for (let t = 0; t <= 1; t += 0.05) {
			const state = interpolateZoomState(from, target, t, extent);
			const left = -state.x / state.k;
			const right = (extent.width - state.x) / state.k;
			expect(left, `t = ${t}`).toBeLessThanOrEqual(600 + 1e-9);
			expect(right, `t = ${t}`).toBeGreaterThanOrEqual(650 - 1e-9);
		}
	});

	it('pans without zooming by moving its centre evenly', () => {
		const a = { k: 4, x: -1000 };
		const b = { k: 4, x: -2000 };
		expect(interpolateZoomState(a, b, 0.5, extent).x).toBeCloseTo(-1500, 9);
	});

	it('never leaves the domain on the way', () => {
		for (let t = 0; t <= 1; t += 0.05) {
			const state = interpolateZoomState(from, { k: 16, x: -15000 }, t, extent);
			expect(state.x).toBeLessThanOrEqual(0);
			expect(state.x).toBeGreaterThanOrEqual(extent.width * (1 - state.k) - 1e-9);
		}
	});
});

describe('easeInOut', () => {
	it.each([
		[0, 0],
		[0.5, 0.5],
		[1, 1]
	])('%f → %f', (t, expected) => {
		expect(easeInOut(t)).toBeCloseTo(expected, 10);
	});
	it('is monotonic', () => {
		for (let t = 0; t < 1; t += 0.01)
			expect(easeInOut(t + 0.01)).toBeGreaterThanOrEqual(easeInOut(t));
	});
});
