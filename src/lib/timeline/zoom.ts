// The zoom state as a value ({k, x}, as in d3-zoom) and the pure maths that derive and constrain views from it.

/** Scale factor and horizontal translation of the base scale, like d3-zoom's transform (no y). */
export interface ZoomState {
	k: number;
	x: number;
}

/** What the view is constrained by: the whole time domain (ms), the width in px, and the smallest span. */
export interface ZoomExtent {
	domain: readonly [number, number];
	width: number;
	minSpan: number;
}

export const IDENTITY: ZoomState = { k: 1, x: 0 };
export const DAY = 86_400_000;

/**
 * The domain of a timeline: all dates with a margin, so the first and last events are not on the
 * edge. A margin of 5.5% of the span is 5% of the domain: the 12 px radius of a mark and a pixel
 * to spare in the narrowest frame (276 px), where the opening view draws the first and last events.
 */
export function paddedDomain(times: readonly number[], minimumMargin = 10 * DAY): [number, number] {
	const first = Math.min(...times);
	const last = Math.max(...times);
	const margin = Math.max(minimumMargin, (last - first) * 0.055);
	return [first - margin, last + margin];
}

/** The largest zoom factor: the whole domain shown in `minSpan`. */
export function maxZoom(extent: ZoomExtent): number {
	return Math.max(1, (extent.domain[1] - extent.domain[0]) / extent.minSpan);
}

/** Keeps the zoom between "everything" and the smallest span, and the view inside the domain. */
export function constrain(state: ZoomState, extent: ZoomExtent): ZoomState {
	const k = Math.min(Math.max(state.k, 1), maxZoom(extent));
	const x = Math.min(0, Math.max(state.x, extent.width * (1 - k)));
	return { k, x };
}

/** The visible range [from, to] in ms. */
export function visibleRange(state: ZoomState, extent: ZoomExtent): [number, number] {
	const [start, end] = extent.domain;
	const perPixel = (end - start) / (extent.width * state.k);
	return [start - state.x * perPixel, start + (extent.width - state.x) * perPixel];
}

/** The state that shows [from, to] (constrained, so an impossible range gives the nearest possible view). */
export function stateForRange(from: number, to: number, extent: ZoomExtent): ZoomState {
	const [start, end] = extent.domain;
	const k = (end - start) / Math.max(to - from, 1);
	const bounded = constrain({ k, x: 0 }, extent).k;
	const centre = (from + to) / 2;
	const x = extent.width / 2 - ((centre - start) / (end - start)) * extent.width * bounded;
	return constrain({ k: bounded, x }, extent);
}

/** Zooms by `factor` keeping the point at `anchor` px where it is (the pointer, or the centre). */
export function zoomBy(
	state: ZoomState,
	factor: number,
	anchor: number,
	extent: ZoomExtent
): ZoomState {
	const k = constrain({ k: state.k * factor, x: 0 }, extent).k;
	return constrain({ k, x: anchor - (anchor - state.x) * (k / state.k) }, extent);
}

/** Pans the least needed so that `time` lies at least `margin` px inside the view. */
export function revealTime(
	state: ZoomState,
	time: number,
	extent: ZoomExtent,
	margin: number
): ZoomState {
	const px = pixelOf(time, state, extent);
	const safeMargin = Math.min(margin, extent.width / 2);
	if (px < safeMargin) return constrain({ ...state, x: state.x + safeMargin - px }, extent);
	if (px > extent.width - safeMargin)
		return constrain({ ...state, x: state.x - (px - (extent.width - safeMargin)) }, extent);
	return state;
}

/** Horizontal position of `time` in px under `state`. */
export function pixelOf(time: number, state: ZoomState, extent: ZoomExtent): number {
	const [start, end] = extent.domain;
	return state.x + ((time - start) / (end - start)) * extent.width * state.k;
}

/**
 * How far one wheel event zooms, as a power of 2: d3-zoom's default, whose tenfold step with Ctrl
 * is for a touchpad's pinch (which sends small, fractional steps with Ctrl). A mouse wheel's notch
 * (a whole 50 px or more) held with Ctrl, as an embed asks for, zooms as a plain notch does; with
 * d3's default it zoomed four times per notch.
 */
export function wheelZoom(event: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>): number {
	const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
	const pinch =
		event.ctrlKey &&
		!event.deltaMode &&
		(!Number.isInteger(event.deltaY) || Math.abs(event.deltaY) < 50);
	return -event.deltaY * perUnit * (pinch ? 10 : 1);
}
