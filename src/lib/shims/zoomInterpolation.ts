// Stands in for d3-interpolate in the browser bundle. d3-zoom imports only `interpolateZoom` from it,
// but the package's single file also carries colour interpolation, which drags in all of d3-color.
// This is a complete, simpler zoom interpolator with the same signature: the view's centre moves
// linearly and its width changes geometrically. Aliased in vite.config.ts.

type View = [number, number, number];

/** Interpolates between two views [centre x, centre y, width] for t from 0 to 1. */
export function interpolateZoom(from: View, to: View): (t: number) => View {
	const [x0, y0, w0] = from;
	const [x1, y1, w1] = to;
	return (t) => [x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, w0 * (w1 / w0) ** t];
}
