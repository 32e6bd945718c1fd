// Two fingers on an element, as a scale: the ratio of their distance to where they started, with the
// point between them at the start. Browser only; the element's CSS gives up the browser's own
// pinch-zoom over it (touch-action: pan-y), as a map does.

export interface PinchHandlers {
	/** A pinch starts at (x, y) in the viewport. */
	start: (x: number, y: number) => void;
	/** The fingers are `scale` times as far apart as they started. */
	change: (scale: number) => void;
}

/** Follows pinches on `node`; returns what stops following. */
export function followPinch(node: HTMLElement, { start, change }: PinchHandlers): () => void {
	let startDistance = 0;
	let frame = 0;
	let scale = 1;
	const distance = (touches: TouchList) =>
		Math.hypot(
			touches[0]!.clientX - touches[1]!.clientX,
			touches[0]!.clientY - touches[1]!.clientY
		);
	const begin = (event: TouchEvent) => {
		if (event.touches.length !== 2) return;
		startDistance = Math.max(distance(event.touches), 1);
		const [one, two] = [event.touches[0]!, event.touches[1]!];
		start((one.clientX + two.clientX) / 2, (one.clientY + two.clientY) / 2);
	};
	const move = (event: TouchEvent) => {
		if (!startDistance || event.touches.length !== 2) return;
		event.preventDefault();
		scale = distance(event.touches) / startDistance;
		// Touch events come faster than frames: one change per frame.
		frame ||= requestAnimationFrame(() => {
			frame = 0;
			change(scale);
		});
	};
	const end = (event: TouchEvent) => {
		if (event.touches.length < 2) startDistance = 0;
	};
	node.addEventListener('touchstart', begin, { passive: true });
	node.addEventListener('touchmove', move, { passive: false });
	node.addEventListener('touchend', end, { passive: true });
	node.addEventListener('touchcancel', end, { passive: true });
	return () => {
		cancelAnimationFrame(frame);
		node.removeEventListener('touchstart', begin);
		node.removeEventListener('touchmove', move);
		node.removeEventListener('touchend', end);
		node.removeEventListener('touchcancel', end);
	};
}
