// What each key does in the presentation: the keys presentation clickers send, and a few for the presenter.

export type DeckAction =
	| { type: 'next' }
	| { type: 'previous' }
	| { type: 'first' }
	| { type: 'last' }
	| { type: 'fullscreen' }
	| { type: 'blank' }
	| { type: 'overview' }
	| { type: 'help' }
	| { type: 'notes' }
	| { type: 'scheme' }
	| { type: 'digit'; digit: string }
	| { type: 'jump' };

export interface KeyInput {
	key: string;
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	/** With Space, back: Shift+Space scrolls a page back, and moves back in reveal.js. */
	shiftKey?: boolean;
	/** Focus is in a text field, where keys belong to the field. */
	inTextField?: boolean;
	/** Digits have been typed, so Enter jumps rather than advances. */
	pendingDigits?: boolean;
	/** The overview is open: Escape closes it. */
	overviewOpen?: boolean;
}

/** The action for a key press, or undefined when the presentation should leave the key alone. */
export function actionForKey(input: KeyInput): DeckAction | undefined {
	if (input.inTextField || input.altKey || input.ctrlKey || input.metaKey) return undefined;
	const { key } = input;
	if (/^[0-9]$/.test(key)) return { type: 'digit', digit: key };
	if (key === ' ' && input.shiftKey) return { type: 'previous' };
	switch (key) {
		case 'Enter':
			return input.pendingDigits ? { type: 'jump' } : { type: 'next' };
		case 'ArrowRight':
		case 'ArrowDown':
		case ' ':
		case 'PageDown':
			return { type: 'next' };
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
		case 'Backspace':
			return { type: 'previous' };
		case 'Home':
			return { type: 'first' };
		case 'End':
			return { type: 'last' };
		case 'f':
		case 'F':
			return { type: 'fullscreen' };
		case 'b':
		case 'B':
		case '.':
			return { type: 'blank' };
		case 'o':
		case 'O':
			return { type: 'overview' };
		// Escape only closes: many clickers' start and stop button sends it, which opened the
		// overview over the slide in front of the class.
		case 'Escape':
			return input.overviewOpen ? { type: 'overview' } : undefined;
		case '?':
			return { type: 'help' };
		case 's':
		case 'S':
			return { type: 'notes' };
		case 'l':
		case 'L':
			return { type: 'scheme' };
		default:
			return undefined;
	}
}

/** What the deck's windows know of a key press besides the key: the focused element's kind. */
export interface KeyPress {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	shiftKey: boolean;
	target: EventTarget | null;
}

/**
 * The action for a key pressed in the presentation or its presenter view, or undefined when the
 * key belongs to what has the focus: a text field's keys, and Enter or Space on a button, link or
 * disclosure, which activate it (unless digits wait for their Enter).
 */
export function actionForKeyPress(
	press: KeyPress,
	state: Pick<KeyInput, 'pendingDigits' | 'overviewOpen'>
): DeckAction | undefined {
	// The window and the document, which have the focus when no element has, are no elements.
	const focused = press.target as Partial<Pick<Element, 'closest'>> | null;
	const activates = press.key === 'Enter' || press.key === ' ';
	if (activates && !state.pendingDigits && focused?.closest?.('button, a, summary'))
		return undefined;
	return actionForKey({
		...state,
		key: press.key,
		altKey: press.altKey,
		ctrlKey: press.ctrlKey,
		metaKey: press.metaKey,
		shiftKey: press.shiftKey,
		inTextField: !!focused?.closest?.('input, textarea, select, [contenteditable="true"]')
	});
}

/**
 * How long digits typed towards a jump ("12", then Enter) wait for their Enter: a stray digit is
 * forgotten, so that a clicker's Enter much later advances rather than jumps.
 */
export const DIGITS_FORGOTTEN_MS = 4000;

/** The moves a clicker's keys make; on a blanked screen they only bring the slide back. */
const MOVES = new Set<DeckAction['type']>(['next', 'previous', 'first', 'last']);

/** The slide (0-based, not yet bounded) a move takes a deck of `count` to from `index`; undefined
 *  for an action that is no move. */
export function slideMovedTo(
	type: DeckAction['type'],
	index: number,
	count: number
): number | undefined {
	const moved = { next: index + 1, previous: index - 1, first: 0, last: count - 1 };
	return MOVES.has(type) ? moved[type as keyof typeof moved] : undefined;
}

/**
 * A button clicked with the mouse lets go of the focus (a key's click has no `detail`), so that a
 * clicker's Space or Enter moves the slides rather than pressing the button again.
 */
export function letGoOfClickedButton(event: MouseEvent): void {
	if (event.detail > 0) (event.target as Element).closest('button')?.blur();
}

/**
 * What `action` does while the room's screen is blanked: a move only shows the slide again, as in
 * reveal.js, since a teacher who blanked the screen on a slide to talk comes back to that slide
 * with the one key a clicker has for it. Anything else does what it always does.
 */
export function actionWhileBlank(action: DeckAction): DeckAction {
	return MOVES.has(action.type) ? { type: 'blank' } : action;
}

/**
 * Where a key moves the overview's choice, a grid of `count` slides in rows of `columns`: the arrow
 * keys by one card or one row (at most to the first or last), PageDown and PageUp by one (a
 * clicker's keys), Home and End to the ends. Undefined for any other key, or with a modifier.
 */
export function overviewMove(
	input: Pick<KeyInput, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>,
	index: number,
	count: number,
	columns: number
): number | undefined {
	if (input.altKey || input.ctrlKey || input.metaKey || count === 0) return undefined;
	const step: Record<string, number> = {
		ArrowRight: 1,
		PageDown: 1,
		ArrowLeft: -1,
		PageUp: -1,
		ArrowDown: Math.max(1, columns),
		ArrowUp: -Math.max(1, columns),
		Home: -Infinity,
		End: Infinity
	};
	const by = step[input.key];
	if (by === undefined) return undefined;
	return Math.min(Math.max(index + by, 0), count - 1);
}

/** Full screen on or off, for whichever window the key was pressed in. */
export async function toggleFullscreen(): Promise<void> {
	if (document.fullscreenElement) await document.exitFullscreen();
	else await document.documentElement.requestFullscreen?.().catch(() => undefined);
}
