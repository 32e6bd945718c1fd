// A finger drawn up or down over the timeline scrolls the page, as it does anywhere else on it;
// drawn sideways it pans the timeline, and two fingers pinch it (d3-zoom). The frame's CSS lets the
// browser scroll up and down (touch-action: pan-y), but d3-zoom cancels every move of a finger it
// follows; a listener ahead of its own keeps a vertical swipe from it.

/** How far a finger moves before its direction says whose gesture it is, px. */
export const SWIPE_SLOP = 8;

/**
 * Whose gesture one finger moved by (dx, dy) px is: the page's (mostly up or down) or the
 * timeline's (mostly sideways); undefined while it has moved less than `slop`.
 */
export function swipeOwner(
	dx: number,
	dy: number,
	slop = SWIPE_SLOP
): 'page' | 'timeline' | undefined {
	if (Math.max(Math.abs(dx), Math.abs(dy)) < slop) return undefined;
	return Math.abs(dy) > Math.abs(dx) ? 'page' : 'timeline';
}

/**
 * Keeps one finger's moves from the listeners registered on `node` after this one (d3-zoom's) while
 * its direction is undecided or up and down; returns what stops it.
 */
export function leaveVerticalSwipesToPage(node: HTMLElement): () => void {
	let start: { x: number; y: number } | undefined;
	let owner: 'page' | 'timeline' | undefined;
	const touchstart = (event: TouchEvent) => {
		const [touch] = event.touches;
		start =
			event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : undefined;
		owner = undefined;
	};
	const touchmove = (event: TouchEvent) => {
		const [touch] = event.touches;
		if (event.touches.length !== 1 || !touch || !start || owner === 'timeline') return;
		owner ??= swipeOwner(touch.clientX - start.x, touch.clientY - start.y);
		if (owner !== 'timeline') event.stopImmediatePropagation();
	};
	node.addEventListener('touchstart', touchstart, { passive: true });
	node.addEventListener('touchmove', touchmove, { passive: true });
	return () => {
		node.removeEventListener('touchstart', touchstart);
		node.removeEventListener('touchmove', touchmove);
	};
}
