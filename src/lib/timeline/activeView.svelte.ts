// Which drawing answers the reader: the lanes (drawing.svelte.ts) or, where the frame is narrow, the
// rows once their code has loaded (VerticalTimeline). The zoom buttons, the address and the page's
// requests (a date range, everything) go to whichever it is, and read its dates back.
import type VerticalTimeline from '../components/timeline/VerticalTimeline.svelte';
import type { TimelineDrawing } from './drawing.svelte';
import { isoDateToTime } from './isoDate';
import type { VerticalLayout } from './verticalLayout.svelte';
import { IDENTITY, maxZoom, stateForRange } from './zoom';

/** What the rows report of themselves (VerticalTimeline's `onchange`). */
export interface RowsState {
	dates: { from: string; to: string };
	zoomed: boolean;
	canZoomIn: boolean;
}

export interface ActiveViewInputs {
	/** A page that turns its timeline vertical in a narrow frame (the home page, a theme's). */
	vertical?: VerticalLayout;
	/** The build wrote the vertical rows into the page. */
	prerenderRows: boolean;
	eventCount: number;
}

export class ActiveView {
	/** The rows' component, once drawn (bound by the component that draws it). */
	rows = $state<ReturnType<typeof VerticalTimeline>>();
	rowsState = $state<RowsState>();
	/** Until the browser has measured the frame, the build's rows are there and CSS picks the layout. */
	slotShown: boolean;
	/** The rows answer the reader (the frame is narrow and their code has run). */
	rowsLive: boolean;
	/** The browser draws the timeline itself, in one layout or the other. */
	live: boolean;
	/** The visible dates (ISO). */
	dates: { from: string; to: string };
	zoomed: boolean;
	canZoomIn: boolean;
	readonly #drawing: TimelineDrawing;

	/** `inputs` is read whenever they are needed, so the view follows the component's props. */
	constructor(drawing: TimelineDrawing, inputs: () => ActiveViewInputs) {
		this.#drawing = drawing;
		const { zoom } = drawing;
		this.slotShown = $derived.by(() => {
			const { vertical, prerenderRows } = inputs();
			return !!vertical && prerenderRows && vertical.narrow !== false && !this.#rowsDrawn(inputs);
		});
		this.rowsLive = $derived(
			this.#rowsDrawn(inputs) && !!this.rows && !!this.rowsState && inputs().eventCount > 0
		);
		this.live = $derived(this.rowsLive || drawing.live);
		this.dates = $derived(this.rowsLive ? this.rowsState!.dates : drawing.dates);
		this.zoomed = $derived(this.rowsLive ? this.rowsState!.zoomed : zoom.view.k > 1.0001);
		this.canZoomIn = $derived(
			this.rowsLive
				? this.rowsState!.canZoomIn
				: drawing.live && zoom.view.k < maxZoom(zoom.extent) - 1e-6
		);
	}

	/** The frame is narrow and the rows' code has loaded. */
	#rowsDrawn(inputs: () => ActiveViewInputs): boolean {
		const { vertical } = inputs();
		return !!(vertical?.narrow && vertical.component);
	}

	/** Shows [from, to] (ISO dates). */
	showDates(from: string, to: string, animate = true) {
		if (this.rowsLive) this.rows!.showRange(isoDateToTime(from), isoDateToTime(to));
		else {
			const { zoom } = this.#drawing;
			zoom.moveTo(stateForRange(isoDateToTime(from), isoDateToTime(to), zoom.extent), animate);
		}
	}

	/** Brings an event into view at the same zoom. */
	reveal(id: string) {
		if (this.rowsLive) this.rows!.reveal(id);
		else this.#drawing.focus.reveal(id);
	}

	/** Zoomed in further than `opening` (ISO dates; the whole period when none): a cluster opened. */
	zoomedPast(opening: { from: string; to: string } | undefined): boolean {
		if (!this.live || !this.zoomed) return false;
		if (!opening) return true;
		const span = ({ from, to }: { from: string; to: string }) =>
			isoDateToTime(to) - isoDateToTime(from);
		return span(this.dates) < span(opening) * 0.99;
	}

	showAll() {
		if (this.rowsLive) this.rows!.showAll();
		else this.#drawing.zoom.moveTo(IDENTITY);
	}

	/** Zooms by `factor` around the event in focus, or the view's centre. */
	zoomAroundFocus(factor: number) {
		if (this.rowsLive) this.rows!.zoomAroundFocus(factor);
		else this.#drawing.focus.zoomAroundFocus(factor);
	}

	#shownDates: { from: string; to: string } | undefined;
	#shownInRows = false;

	/**
	 * Shows the dates the page asks for once the browser has taken over (whichever comes last), and
	 * again if the layout changes (a long record's rows take over once its events have loaded). An
	 * effect: call it from one.
	 */
	showRequested(dates: { from: string; to: string } | undefined) {
		if (!this.live || !dates) return;
		if (dates === this.#shownDates && this.rowsLive === this.#shownInRows) return;
		this.#shownDates = dates;
		this.#shownInRows = this.rowsLive;
		this.showDates(dates.from, dates.to, false);
	}
}
