// Keyboard and pointer focus on a timeline's marks: the one Tab stop, the keyboard model (keys.ts)
// with zooming around the focused event, and which event the tooltip is about.
import { tick } from 'svelte';
import { movedTo, timelineKeyAction } from './keys';
import { positionInTrack, type Track } from './track';
import { pixelOf, revealTime } from './zoom';
import type { ZoomBehaviour } from './zoomBehaviour.svelte';

/** How far inside the frame a focused event is brought, px. */
const REVEAL_MARGIN = 60;
/** How long a focused event's mark is waited for once its view is set, ms: a busy machine may
 *  give the page few frames in that time, and a frame count alone gave up too soon. */
const TIME_TO_DRAW = 1000;

export class MarkFocus {
	/** The event the reader last moved to or opened: kept a single mark, and the Tab stop's home. */
	activeId = $state<string>();
	hoveredId = $state<string>();
	/** The event whose mark has a focus the browser shows (the keyboard's, not a tap's or a click's). */
	focusedId = $state<string>();
	/** The event whose tooltip the reader put away with Escape (WCAG 1.4.13): it stays away until
	 *  the pointer or the focus reaches another mark. */
	dismissedId = $state<string>();
	#zoom: ZoomBehaviour;
	#track: () => Track;
	#frame: () => HTMLElement | undefined;

	constructor(zoom: ZoomBehaviour, track: () => Track, frame: () => HTMLElement | undefined) {
		this.#zoom = zoom;
		this.#track = track;
		this.#frame = frame;
	}

	/** Zooms in (factor > 1) or out around the active event when it is in view, else the centre. */
	zoomAroundFocus(factor: number) {
		const { view, extent } = this.#zoom;
		const track = this.#track();
		const index = positionInTrack(track, this.activeId);
		const anchor = index >= 0 ? pixelOf(track.starts[index]!, view, extent) : extent.width / 2;
		this.#zoom.zoomAround(
			factor,
			anchor >= 0 && anchor <= extent.width ? anchor : extent.width / 2
		);
	}

	/** Pans an event's mark into view at the same zoom; a mark in view stays where it is. */
	reveal(id: string, animate = true) {
		const track = this.#track();
		const index = positionInTrack(track, id);
		if (index < 0) return;
		const { view, extent } = this.#zoom;
		this.#zoom.moveTo(revealTime(view, track.starts[index]!, extent, REVEAL_MARGIN), animate);
	}

	/** An event's own mark, where it is drawn alone. */
	#markOf(id = '') {
		return this.#frame()?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
	}

	/** Moves focus to an event's mark, panning it into view first when it is off screen. */
	async focusEvent(id: string) {
		this.activeId = id;
		// Focus at once when the mark is already drawn, so a quick Enter opens the right event;
		// otherwise once pinning and panning have drawn it.
		this.#markOf(id)?.focus();
		this.reveal(id, false);
		await tick();
		// A busy page may take more than a frame to draw it; a later move of the reader's wins, and
		// so does a Tab out of the timeline meanwhile (the focus is then neither in the frame nor
		// lost with a mark that was drawn anew).
		const giveUp = performance.now() + TIME_TO_DRAW;
		while (this.activeId === id && performance.now() < giveUp) {
			await new Promise((resolve) => requestAnimationFrame(resolve));
			if (this.activeId !== id) return;
			const active = document.activeElement;
			if (active && active !== document.body && !this.#frame()?.contains(active)) return;
			const mark = this.#markOf(id);
			if (mark) {
				if (active !== mark) mark.focus();
				return;
			}
		}
	}

	keydown = (event: KeyboardEvent, id: string) => {
		const action = timelineKeyAction(event);
		if (!action) return;
		event.preventDefault();
		if ('zoom' in action) return this.zoomAroundFocus(action.zoom);
		const track = this.#track();
		const { entries } = track;
		const index = positionInTrack(track, id);
		const next = entries[movedTo(action.move, index, entries.length)];
		if (next) void this.focusEvent(next.id);
	};

	focusMark = (id: string | undefined, shown = false) => {
		// A tap on a cluster moves the focus to one of its events: no tooltip should stay over the
		// marks a touch reader has no pointer to move off.
		this.focusedId = shown ? id : undefined;
		if (id) this.activeId = id;
		if (id && id !== this.dismissedId) this.dismissedId = undefined;
	};

	hover = (id: string | undefined) => {
		this.hoveredId = id;
		if (id && id !== this.dismissedId) this.dismissedId = undefined;
	};

	/** Escape puts away the tooltip shown, if any, and says whether it did. */
	dismissTooltip(event: KeyboardEvent, selectedId: string | undefined): boolean {
		if (event.key !== 'Escape') return false;
		const id = this.tooltipFor(selectedId);
		if (!id) return false;
		this.dismissedId = id;
		return true;
	}

	/**
	 * A focused mark drawn anew (the event panel narrows the frame beside it, and a narrower frame
	 * may fold the mark into a cluster) drops the focus to the page: a keyboard or screen-reader
	 * reader would lose their place. It goes to the active event's mark instead, or to the Tab stop
	 * (its cluster, or the first mark in view), once drawn. A mark that is still there lost it to the
	 * reader's own move.
	 */
	focusOut = (event: FocusEvent) => {
		const mark = event.target as HTMLElement;
		requestAnimationFrame(() => {
			if (mark.isConnected || document.activeElement !== document.body) return;
			// The active event's own mark where it is drawn (a zoom under way draws it anew as it
			// moves to another lane or side), else the Tab stop.
			(
				this.#markOf(this.activeId) ?? this.#frame()?.querySelector<HTMLElement>('[tabindex="0"]')
			)?.focus();
		});
	};

	/** The event the tooltip is about: the hovered one, else the focused one unless its details are open. */
	tooltipFor(selectedId: string | undefined): string | undefined {
		const id = this.hoveredId ?? (this.focusedId === selectedId ? undefined : this.focusedId);
		return id === this.dismissedId ? undefined : id;
	}
}
