// Stands in for d3-transition in the browser bundle. d3-zoom uses one thing from it, `interrupt`,
// to cancel the d3 transitions of a node (and `selection.interrupt()`, which zoomSelection.ts
// provides). This project animates zooms itself (zoomAnimation.ts) and never creates a d3
// transition, so there is never anything to cancel. Aliased in vite.config.ts; it keeps d3's
// transition, colour and easing code out of every page.

/** Cancels the d3 transitions of a node: there are none. */
export function interrupt(): void {}
