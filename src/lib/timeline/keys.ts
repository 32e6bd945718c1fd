// The timeline's keyboard model, one for its horizontal and vertical layouts: arrow keys through the
// events in time order, Home and End for the first and last, + and − to zoom; and which clicks on an
// event are the timeline's.

/** Each zoom key press doubles or halves the scale (or the vertical layout's density). */
export const ZOOM_STEP = 2;

export type KeyAction = { move: number | 'first' | 'last' } | { zoom: number };

/** What a key pressed on an event does, if anything (keys with Alt, Ctrl or Meta are the browser's). */
export function timelineKeyAction(event: {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
}): KeyAction | undefined {
	if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
	switch (event.key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return { move: 1 };
		case 'ArrowLeft':
		case 'ArrowUp':
			return { move: -1 };
		case 'Home':
			return { move: 'first' };
		case 'End':
			return { move: 'last' };
		case '+':
		case '=':
			return { zoom: ZOOM_STEP };
		case '-':
		case '_':
			return { zoom: 1 / ZOOM_STEP };
	}
	return undefined;
}

/** The position a move leads to from `index` among `count` events. */
export function movedTo(move: number | 'first' | 'last', index: number, count: number): number {
	const target = move === 'first' ? 0 : move === 'last' ? count - 1 : index + move;
	return Math.min(Math.max(target, 0), count - 1);
}

/** A plain primary click on an event is the timeline's (it opens the panel); a click with a
 *  modifier key or another button is the browser's (its link opens in a new tab or window). */
export function isPlainClick(event: {
	button: number;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	shiftKey: boolean;
}): boolean {
	return event.button === 0 && !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey);
}
