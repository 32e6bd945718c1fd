// Keyboard and pointer focus on a timeline's marks: the one Tab stop, arrow keys through the events in
// time order, + and − to zoom around the focused event, and which event the tooltip is about.
import { tick } from 'svelte';
import type { Track } from './track';
import { pixelOf, revealTime } from './zoom';
import type { ZoomBehaviour } from './zoomBehaviour.svelte';

/** Each zoom key press doubles or halves the scale. */
const ZOOM_STEP = 2;
/** How far inside the frame a focused event is brought, px. */
const REVEAL_MARGIN = 60;

export class MarkFocus {
	/** The event the reader last moved to or opened: kept a single mark, and the Tab stop's home. */
	activeId = $state<string>();
	hoveredId = $state<string>();
	focusedId = $state<string>();
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
		const index = this.activeId ? track.entries.findIndex((e) => e.id === this.activeId) : -1;
		const anchor = index >= 0 ? pixelOf(track.starts[index]!, view, extent) : extent.width / 2;
		this.#zoom.zoomAround(
			factor,
			anchor >= 0 && anchor <= extent.width ? anchor : extent.width / 2
		);
	}

	/** Moves focus to an event's mark, panning it into view first when it is off screen. */
	async focusEvent(id: string) {
		this.activeId = id;
		const track = this.#track();
		const index = track.entries.findIndex((entry) => entry.id === id);
		const find = () =>
			this.#frame()?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
		// Focus at once when the mark is already drawn, so a quick Enter opens the right event;
		// otherwise once pinning and panning have drawn it.
		find()?.focus();
		const { view, extent } = this.#zoom;
		this.#zoom.moveTo(revealTime(view, track.starts[index]!, extent, REVEAL_MARGIN), false);
		await tick();
		await new Promise((resolve) => requestAnimationFrame(resolve));
		if (document.activeElement !== find()) find()?.focus();
	}

	keydown = (event: KeyboardEvent, id: string) => {
		if (event.altKey || event.ctrlKey || event.metaKey) return;
		const { entries } = this.#track();
		const index = entries.findIndex((entry) => entry.id === id);
		const go = (target: number) => {
			event.preventDefault();
			const next = entries[Math.min(Math.max(target, 0), entries.length - 1)];
			if (next) void this.focusEvent(next.id);
		};
		const zoom = (factor: number) => {
			event.preventDefault();
			this.zoomAroundFocus(factor);
		};
		switch (event.key) {
			case 'ArrowRight':
			case 'ArrowDown':
				return go(index + 1);
			case 'ArrowLeft':
			case 'ArrowUp':
				return go(index - 1);
			case 'Home':
				return go(0);
			case 'End':
				return go(entries.length - 1);
			case '+':
			case '=':
				return zoom(ZOOM_STEP);
			case '-':
			case '_':
				return zoom(1 / ZOOM_STEP);
		}
	};

	focusMark = (id: string | undefined) => {
		this.focusedId = id;
		if (id) this.activeId = id;
	};

	hover = (id: string | undefined) => {
		this.hoveredId = id;
	};

	/** The event the tooltip is about: the hovered one, else the focused one unless its details are open. */
	tooltipFor(selectedId: string | undefined): string | undefined {
		return this.hoveredId ?? (this.focusedId === selectedId ? undefined : this.focusedId);
	}
}

export { ZOOM_STEP };
