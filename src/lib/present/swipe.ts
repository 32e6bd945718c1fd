// A touch screen's swipe across the slides, read as a clicker's next or previous key.

/** What a touch moved by (dx, dy) px asks for: a clear sideways swipe is a move, anything else none. */
export function swipeMove(dx: number, dy: number): 'next' | 'previous' | undefined {
	if (Math.abs(dx) <= 50 || Math.abs(dx) <= Math.abs(dy) * 1.5) return undefined;
	return dx < 0 ? 'next' : 'previous';
}

/** An attachment: calls `onmove` for each swipe of a finger across the element. */
export function swipe(onmove: (move: 'next' | 'previous') => void) {
	return (element: HTMLElement) => {
		let start: { x: number; y: number } | undefined;
		const down = (event: PointerEvent) => {
			if (event.pointerType === 'touch') start = { x: event.clientX, y: event.clientY };
		};
		const up = (event: PointerEvent) => {
			if (!start || event.pointerType !== 'touch') return;
			const move = swipeMove(event.clientX - start.x, event.clientY - start.y);
			start = undefined;
			if (move) onmove(move);
		};
		// A touch the browser takes over (a vertical scroll, a pinch) is no swipe.
		const cancel = () => (start = undefined);
		element.addEventListener('pointerdown', down);
		element.addEventListener('pointerup', up);
		element.addEventListener('pointercancel', cancel);
		return () => {
			element.removeEventListener('pointerdown', down);
			element.removeEventListener('pointerup', up);
			element.removeEventListener('pointercancel', cancel);
		};
	};
}
