// Smooth zoom animation between two views: the zoom factor changes geometrically and the centre date linearly.
import { constrain, type ZoomExtent, type ZoomState } from './zoom';

/** The view a fraction `t` (0 to 1) of the way from `from` to `to`. */
export function interpolateZoomState(
	from: ZoomState,
	to: ZoomState,
	t: number,
	extent: ZoomExtent
): ZoomState {
	const centre = (state: ZoomState) => (extent.width / 2 - state.x) / state.k;
	const k = from.k * (to.k / from.k) ** t;
	const c = centre(from) + (centre(to) - centre(from)) * t;
	if (t >= 1) return to;
	return constrain({ k, x: extent.width / 2 - c * k }, extent);
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
