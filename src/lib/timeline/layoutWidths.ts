// The widths the timeline is laid out at, in a module of their own: the build's stylesheet of the
// prerendered figure is made from them too (figureStyle.ts, loaded by vite.config.ts).

/**
 * The widths a layout is computed at. A frame is laid out at the largest of these that it is at
 * least as wide as, and drawn at its own width with positions as fractions of it: whatever fits at
 * the smaller width fits at the larger, so the build can lay out each of these once and let the
 * browser's container queries pick one (see opening.ts). Steps of about a quarter: a frame wastes
 * at most a fifth of its width on marks, while labels still take the room they are drawn with.
 */
export const LAYOUT_WIDTHS = [256, 320, 400, 500, 620, 780, 960, 1200, 1500, 1880, 2360] as const;

/**
 * The root font size LAYOUT_WIDTHS are given at, px (browsers' default). Where the text is larger
 * than this, a frame is laid out at its width in rem: a reader who sets a larger text size gets the
 * layout of a narrower frame, whose labels, as fractions of the frame, have room for the larger
 * type; the figure's container queries say the widths in rem too (figureStyle.ts). Smaller text
 * keeps the layout of the frame's width in px, whose labels already fit.
 */
export const DEFAULT_TEXT_SIZE = 16;

/** The page's root font size, px (in the browser). */
export const pageTextSize = () =>
	parseFloat(getComputedStyle(document.documentElement).fontSize) || DEFAULT_TEXT_SIZE;
