// The presenter view's behaviour: the slide it shows, the keys that move it, and its link with the
// room's window, each moving the other on whichever screen it is.
import { replaceState } from '$app/navigation';
import {
	actionForKeyPress,
	actionWhileBlank,
	slideMovedTo,
	toggleFullscreen,
	type DeckAction
} from './keys';
import { showScheme, switchScheme } from './scheme';
import { slideFromHash, type Slide } from './slides';
import { openSlideSync } from './sync';
import { TypedDigits } from './typedDigits.svelte';

/** The keys that scroll the notes while the focus is in them: not a clicker's, which move slides. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'Home', 'End']);
/** What the presenter view's keys do; the overview and the presenter view's own key are the room's
 *  window's. */
const PRESENTER_ACTIONS = new Set<DeckAction['type']>([
	'next',
	'previous',
	'first',
	'last',
	'digit',
	'jump',
	'blank',
	'scheme',
	'fullscreen',
	'help'
]);
/** How long the room's window is given to answer, ms. */
const ROOM_ANSWER_MS = 1500;

/** The keys' list (?) of the presenter view, whose moves the room's window follows. */
export const PRESENTER_KEYS: readonly (readonly [string, string])[] = [
	['→ ↓ Space PageDown Enter', 'Next slide, here and in the room'],
	['← ↑ PageUp Backspace Shift+Space', 'Previous slide'],
	['Home / End', 'First / last slide'],
	['↑ ↓ Home End, once the notes are clicked', 'Scroll the notes (PageUp, PageDown still move)'],
	['a number, then Enter', 'Go to that slide'],
	['F', 'Full screen on or off, for this window'],
	['B or .', 'Blank the room’s screen; a next key shows it'],
	['L', 'Light or dark slides, here and in the room'],
	['O, in the room’s window', 'Overview of all slides'],
	['?', 'This list']
];

export class PresenterNavigation {
	index = $state(0);
	/** The room's screen is blanked (B): the presenter sees so, and a clicker's move only shows it. */
	blanked = $state(false);
	/** No window of the room's presentation has answered (undefined until it has had time to). */
	alone = $state<boolean>();
	/** The list of the presenter view's keys (?) is open. */
	help = $state(false);
	readonly digits = new TypedDigits();
	#slides: () => readonly Slide[];
	#sync: ReturnType<typeof openSlideSync> | undefined;

	constructor(slides: () => readonly Slide[]) {
		this.#slides = slides;
	}

	/** Shows slide `target` (recorded in the hash, so that a reload keeps it) and, unless the room's
	 *  window asked for it, moves the room's window there. */
	go(target: number, broadcast = true): void {
		this.index = Math.min(Math.max(target, 0), this.#slides().length - 1);
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		replaceState(`${location.pathname}${location.search}#${this.index + 1}`, {});
		if (broadcast) this.#sync?.send(this.index);
	}

	readonly keydown = (event: KeyboardEvent): void => {
		if (this.help && event.key === 'Escape') {
			event.preventDefault();
			this.help = false;
			return;
		}
		// In the notes, the arrow keys scroll them; a clicker's keys still move the slides.
		const inNotes = event.target instanceof Element && event.target.closest('.notes');
		if (inNotes && SCROLL_KEYS.has(event.key)) return;
		const pressed = actionForKeyPress(event, { pendingDigits: !!this.digits.value });
		if (!pressed || !PRESENTER_ACTIONS.has(pressed.type)) return;
		event.preventDefault();
		if (event.repeat) return;
		// Any key over the list of keys only puts it away, as in the room.
		if (this.help || pressed.type === 'help') {
			this.help = !this.help;
			return;
		}
		if (pressed.type === 'fullscreen') return void toggleFullscreen();
		const action = this.blanked ? actionWhileBlank(pressed) : pressed;
		if (action.type === 'digit') return this.digits.type(action.digit);
		const typed = this.digits.take();
		if (action.type === 'jump') {
			if (typed >= 1) this.go(Math.min(typed, this.#slides().length) - 1);
		} else if (action.type === 'blank') this.#sync?.sendBlank();
		// L from the presenter's keyboard switches the room's colours too, as in the room.
		else if (action.type === 'scheme') this.#sync?.sendScheme(switchScheme());
		else this.go(slideMovedTo(action.type, this.index, this.#slides().length)!);
	};

	/** Reads the slide from the address and joins the room's window of the deck `tour`; returns
	 *  what leaves it. */
	connect(tour: string): () => void {
		this.index = slideFromHash(location.hash, this.#slides());
		const sync = openSlideSync(tour, {
			onslide: (target) => {
				this.alone = false;
				this.go(target, false);
			},
			onscheme: (scheme) => showScheme(scheme),
			onblanked: (state) => {
				this.alone = false;
				this.blanked = state;
			}
		});
		this.#sync = sync;
		// The room's window says whether its screen is blanked, and where it is: opened on its own
		// (a bookmark, another screen, a reload), the presenter view shows what the room shows.
		// No answer: no presentation of this deck is open in this browser (a phone or another
		// computer cannot drive it), and the view says so rather than seem to.
		sync.ask();
		const unanswered = setTimeout(() => (this.alone ??= true), ROOM_ANSWER_MS);
		return () => {
			clearTimeout(unanswered);
			sync.close();
			this.#sync = undefined;
		};
	}
}
