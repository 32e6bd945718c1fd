// Smooth zoom animation between two views: the zoom factor changes geometrically, around the one
// date that stays at the same place on the screen, so that zooming in to a range never takes that
// range out of view on the way (with a centre moving linearly, it swept off the screen and back).
import { constrain, type ZoomExtent, type ZoomState } from './zoom';

/** The view a fraction `t` (0 to 1) of the way from `from` to `to`. */
export function interpolateZoomState(
	from: ZoomState,
	to: ZoomState,
	t: number,
	extent: ZoomExtent
): ZoomState {
	if (t >= 1) return to;
	const k = from.k * (to.k / from.k) ** t;
	// A move with (almost) no zoom has no such date near the screen: its centre moves linearly.
	if (Math.abs(Math.log(to.k / from.k)) < 1e-6) {
		const centre = (state: ZoomState) => (extent.width / 2 - state.x) / state.k;
		const c = centre(from) + (centre(to) - centre(from)) * t;
		return constrain({ k, x: extent.width / 2 - c * k }, extent);
	}
	// The date (in px at the whole view's scale) drawn at the same pixel in both views.
	const fixed = (to.x - from.x) / (from.k - to.k);
	const pixel = from.k * fixed + from.x;
	return constrain({ k, x: pixel - k * fixed }, extent);
}

/** Cubic ease in and out. */
export function easeInOut(t: number): number {
	return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/**
 * Animates from `from` to `to` over `duration` ms, calling `apply` once per frame; returns a
 * function that stops it (a new gesture or animation must win at once).
 */
export function animateZoom(
	from: ZoomState,
	to: ZoomState,
	extent: ZoomExtent,
	duration: number,
	apply: (state: ZoomState) => void,
	done: () => void
): () => void {
	let frame = 0;
	const started = performance.now();
	const step = (now: number) => {
		const t = Math.min(1, (now - started) / duration);
		apply(interpolateZoomState(from, to, easeInOut(t), extent));
		if (t < 1) frame = requestAnimationFrame(step);
		else done();
	};
	frame = requestAnimationFrame(step);
	return () => cancelAnimationFrame(frame);
}
