// Zoom state maths: constraints, visible ranges, zooming around a point, revealing a date.
import { describe, expect, it } from 'vitest';
import { isoDateToTime as t } from '../../src/lib/timeline/isoDate';
import {
	constrain,
	DAY,
	maxZoom,
	paddedDomain,
	pixelOf,
	revealTime,
	stateForRange,
	visibleRange,
	wheelZoom,
	zoomBy,
	type ZoomExtent
} from '../../src/lib/timeline/zoom';

const extent: ZoomExtent = {
	domain: [t('2021-01-01'), t('2024-01-01')],
	width: 1000,
	minSpan: 7 * DAY
};

describe('paddedDomain', () => {
	it('adds a margin of at least ten days on each side', () => {
		const [from, to] = paddedDomain([t('2021-03-18'), t('2021-03-20')]);
		expect(from).toBe(t('2021-03-08'));
		expect(to).toBe(t('2021-03-30'));
	});
	it('adds 5.5% of a long span: 5% of the domain, room for a mark at each end of a 276 px frame', () => {
		const [from, to] = paddedDomain([t('2021-01-01'), t('2024-01-01')]);
		expect((t('2021-01-01') - from) / DAY).toBeCloseTo(60.225, 1);
		expect((to - t('2024-01-01')) / DAY).toBeCloseTo(60.225, 1);
		expect(((t('2021-01-01') - from) / (to - from)) * 276).toBeGreaterThan(13);
	});
});

describe('constrain', () => {
	it.each([
		[
			{ k: 0.5, x: 0 },
			{ k: 1, x: 0 }
		],
		[
			{ k: 1, x: 50 },
			{ k: 1, x: 0 }
		],
		[
			{ k: 2, x: -1500 },
			{ k: 2, x: -1000 }
		],
		[
			{ k: 1e9, x: 0 },
			{ k: maxZoom(extent), x: 0 }
		],
		[
			{ k: 3, x: -800 },
			{ k: 3, x: -800 }
		]
	])('%j → %j', (state, expected) => {
		expect(constrain(state, extent)).toEqual(expected);
	});
});

describe('visibleRange and stateForRange', () => {
	it('shows everything at identity', () => {
		expect(visibleRange({ k: 1, x: 0 }, extent)).toEqual([...extent.domain]);
	});

	it('round-trip a range inside the domain', () => {
		const [from, to] = visibleRange(
			stateForRange(t('2021-03-01'), t('2021-04-01'), extent),
			extent
		);
		expect(from).toBeCloseTo(t('2021-03-01'), -3);
		expect(to).toBeCloseTo(t('2021-04-01'), -3);
	});

	it('clamp a range narrower than a week to a week around its centre', () => {
		const [from, to] = visibleRange(
			stateForRange(t('2022-06-10'), t('2022-06-11'), extent),
			extent
		);
		expect((to - from) / DAY).toBeCloseTo(7, 5);
		expect((from + to) / 2).toBeCloseTo(t('2022-06-10') + DAY / 2, -3);
	});

	it('keep a range past the edge inside the domain', () => {
		const [from, to] = visibleRange(
			stateForRange(t('2023-12-01'), t('2024-06-01'), extent),
			extent
		);
		expect(to).toBeCloseTo(extent.domain[1], -3);
		expect(from).toBeGreaterThan(extent.domain[0]);
	});
});

describe('zoomBy', () => {
	it('keeps the anchor date under the anchor pixel', () => {
		const before = { k: 2, x: -300 };
		const anchorTime =
			extent.domain[0] + ((250 - before.x) / (1000 * 2)) * (extent.domain[1] - extent.domain[0]);
		const after = zoomBy(before, 2, 250, extent);
		expect(after.k).toBe(4);
		expect(pixelOf(anchorTime, after, extent)).toBeCloseTo(250, 6);
	});

	it('cannot zoom out past everything', () => {
		expect(zoomBy({ k: 1.5, x: -100 }, 0.25, 500, extent)).toEqual({ k: 1, x: 0 });
	});
});

describe('revealTime', () => {
	it('leaves a visible date alone', () => {
		const state = { k: 4, x: -1000 };
		expect(revealTime(state, visibleRange(state, extent)[0] + 100 * DAY, extent, 40)).toBe(state);
	});
	it('pans just enough to bring a date inside the margin', () => {
		const state = { k: 4, x: -1000 };
		const target = visibleRange(state, extent)[1] + 30 * DAY;
		expect(pixelOf(target, revealTime(state, target, extent, 40), extent)).toBeCloseTo(960, 6);
	});
});

describe('agreement with d3', () => {
	it('maps dates to pixels exactly as a d3 UTC time scale rescaled by a d3-zoom transform', async () => {
		const { scaleUtc } = await import('d3-scale');
		const { zoomIdentity } = await import('d3-zoom');
		const base = scaleUtc().domain(extent.domain).range([0, extent.width]);
		let seed = 3;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		for (let run = 0; run < 100; run++) {
			const state = constrain({ k: 1 + random() * 100, x: -random() * 100_000 }, extent);
			const rescaled = zoomIdentity.translate(state.x, 0).scale(state.k).rescaleX(base);
			const time = extent.domain[0] + random() * (extent.domain[1] - extent.domain[0]);
			expect(pixelOf(time, state, extent)).toBeCloseTo(rescaled(new Date(time)), 3);
			const [from, to] = visibleRange(state, extent);
			expect(from).toBeCloseTo(rescaled.domain()[0]!.getTime(), -1);
			expect(to).toBeCloseTo(rescaled.domain()[1]!.getTime(), -1);
		}
	});
});

describe('wheelZoom', () => {
	const notch = { deltaY: -100, deltaMode: 0, ctrlKey: false };
	it('zooms a mouse notch by the same step with Ctrl held as without (an embed asks for Ctrl)', () => {
		expect(wheelZoom(notch)).toBeCloseTo(0.2);
		expect(wheelZoom({ ...notch, ctrlKey: true })).toBeCloseTo(0.2);
		expect(wheelZoom({ ...notch, deltaY: 53, ctrlKey: true })).toBeCloseTo(-0.106);
	});
	it('keeps the tenfold step for a touchpad pinch: small or fractional steps with Ctrl', () => {
		expect(wheelZoom({ deltaY: -4, deltaMode: 0, ctrlKey: true })).toBeCloseTo(0.08);
		expect(wheelZoom({ deltaY: -62.5, deltaMode: 0, ctrlKey: true })).toBeCloseTo(1.25);
		expect(wheelZoom({ deltaY: -4, deltaMode: 0, ctrlKey: false })).toBeCloseTo(0.008);
	});
	it('reads lines and pages as d3 does', () => {
		expect(wheelZoom({ deltaY: -3, deltaMode: 1, ctrlKey: true })).toBeCloseTo(0.15);
		expect(wheelZoom({ deltaY: 1, deltaMode: 2, ctrlKey: false })).toBe(-1);
	});
});
