// The room's presentation's behaviour: the slide shown, the overview, the blanked screen and the
// keys' list, moved by a clicker's keys, swipes and buttons, in step with the address's hash and
// with the presenter view.
import { tick } from 'svelte';
import { replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
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

function describe(target: Slide): string {
	if (target.kind === 'event') return `${target.event.title}, ${target.event.dateLabel}`;
	return target.title;
}

/** The keys' list (?) of the room's window: each key, and what it does. */
export const DECK_KEYS: readonly (readonly [string, string])[] = [
	['→ ↓ Space PageDown Enter', 'Next slide'],
	['← ↑ PageUp Backspace Shift+Space', 'Previous slide'],
	['Home / End', 'First / last slide'],
	['a number, then Enter', 'Go to that slide'],
	['F', 'Full screen on or off'],
	['B or .', 'Blank the screen; a next key shows it'],
	['O', 'Overview of all slides'],
	['In the overview: arrows, PageUp / PageDown', 'Move through the slides'],
	['In the overview: Enter, O or Escape', 'Close it on the chosen slide'],
	['S', 'Presenter view: notes, next slide, timer'],
	['L', 'Light or dark slides'],
	['?', 'This list'],
	['Swipe left / right', 'Next / previous slide on a touch screen']
];

export class DeckNavigation {
	index = $state(0);
	overview = $state(false);
	blank = $state(false);
	help = $state(false);
	/** Said to a screen reader when the slide or the colours change. */
	announcement = $state('');
	readonly digits = new TypedDigits();
	#slides: () => readonly Slide[];
	#sync: ReturnType<typeof openSlideSync> | undefined;

	constructor(slides: () => readonly Slide[]) {
		this.#slides = slides;
	}

	/** Shows slide `next`, recorded in the hash (in place: Back leaves the presentation, as it
	 *  leaves a page, rather than stepping through its slides) and told to the presenter view. */
	go(next: number, { record = true, broadcast = true } = {}): void {
		const slides = this.#slides();
		const bounded = Math.min(Math.max(next, 0), slides.length - 1);
		if (bounded === this.index && record) return;
		this.index = bounded;
		// A slide comes back at its top, as it first showed, however far down it was scrolled.
		document.getElementById(`slide-${bounded + 1}`)?.scrollTo({ top: 0 });
		this.announcement = `Slide ${bounded + 1} of ${slides.length}: ${describe(slides[bounded]!)}`;
		// Only the hash changes: the page's own address with a new fragment.
		const address = `${location.pathname}${location.search}#${bounded + 1}`;
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		if (record) replaceState(address, {});
		if (broadcast) this.#sync?.send(bounded);
	}

	/** Blanks the screen or shows it again, and tells the presenter view, which shows it too. */
	showBlank(blanked: boolean): void {
		if (this.blank === blanked) return;
		this.blank = blanked;
		this.#sync?.sendBlanked(blanked);
	}

	async perform(requested: DeckAction): Promise<void> {
		// Any key over the list of keys only puts it away: a clicker's next key would otherwise move
		// the room on to a slide the teacher has not seen, the list hiding it.
		if (this.help) {
			this.help = false;
			return;
		}
		const action = this.blank ? actionWhileBlank(requested) : requested;
		const typed = action.type === 'digit' ? 0 : this.digits.take();
		if (this.blank && action.type !== 'blank') this.showBlank(false);
		const count = this.#slides().length;
		const moved = slideMovedTo(action.type, this.index, count);
		if (moved !== undefined) return this.go(moved);
		switch (action.type) {
			case 'fullscreen':
				return toggleFullscreen();
			case 'blank':
				return this.showBlank(!this.blank);
			case 'help':
				this.help = !this.help;
				return;
			case 'notes': {
				const url = `${resolve('/present/notes')}${location.search}#${this.index + 1}`;
				window.open(url, 'timeline-speaker-notes', 'popup,width=1280,height=800');
				return;
			}
			case 'scheme': {
				const scheme = switchScheme();
				this.announcement = scheme === 'light' ? 'Light slides' : 'Dark slides';
				return this.#sync?.sendScheme(scheme);
			}
			case 'overview':
				this.overview = !this.overview;
				if (this.overview) {
					await tick();
					document.getElementById(`overview-${this.index}`)?.focus();
				}
				return;
			case 'digit':
				return this.digits.type(action.digit);
			case 'jump':
				if (typed >= 1) this.go(Math.min(typed, count) - 1);
		}
	}

	readonly keydown = (event: KeyboardEvent): void => {
		if (this.help && event.key === 'Escape') {
			event.preventDefault();
			this.help = false;
			return;
		}
		// The overview takes its own keys, but for the two that close it.
		if (this.overview && event.key !== 'Escape' && event.key !== 'o' && event.key !== 'O') return;
		const action = actionForKeyPress(event, {
			pendingDigits: !!this.digits.value,
			overviewOpen: this.overview
		});
		if (!action) return;
		event.preventDefault();
		// A held key (a clicker's button held down) moves one slide, not a slide for each repeat.
		if (!event.repeat) void this.perform(action);
	};

	readonly followHash = (): void => {
		this.go(slideFromHash(location.hash, this.#slides()), { record: false });
	};

	/** Reads the slide from the address and joins the presenter view of the deck `tour`; returns
	 *  what leaves it. */
	connect(tour: string): () => void {
		this.index = slideFromHash(location.hash, this.#slides());
		const sync = openSlideSync(tour, {
			onslide: (next) => this.go(next, { broadcast: false }),
			current: () => this.index,
			blanked: () => this.blank,
			onblank: () => void this.perform({ type: 'blank' }),
			// The presenter view's L: the room shows the colours it asks for.
			onscheme: (scheme) => showScheme(scheme)
		});
		this.#sync = sync;
		// A presenter view already open (the room's window reloaded, or opened after it) follows,
		// once the page has read its tour from the address (a deck of another tour replaces this one),
		// and learns that the screen is no longer blanked.
		void tick().then(() => {
			this.#sync?.send(this.index);
			this.#sync?.sendBlanked(this.blank);
		});
		return () => {
			sync.close();
			this.#sync = undefined;
		};
	}
}
