// Stands in for d3-transition in the browser bundle. d3-zoom uses two things from it: `interrupt`,
// and the `selection.interrupt()` method that the package adds to d3 selections, both to cancel d3
// transitions on a node. This project animates zooms itself (zoomAnimation.ts) and never creates a
// d3 transition, so there is never anything to cancel. Aliased in vite.config.ts; it keeps about
// 7 KB (gzip) of transition, colour and easing code out of every page.
import { selection } from 'd3-selection';

/** Cancels the d3 transitions of a node: there are none. */
export function interrupt(): void {}

(selection.prototype as unknown as { interrupt: () => unknown }).interrupt = function (
	this: unknown
) {
	return this;
};
