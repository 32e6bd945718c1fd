// What a timeline draws at each moment: the prerendered figure until the browser has measured the frame
// (and again while printing the opening view, where its container queries fit the paper), then the
// geometry of the live view. Holds the zoom and focus behaviours the layers answer to.
import type { TimelineEntry } from '../model';
import {
	axisMarks,
	drawnStretches,
	timelineGeometry,
	type AxisMark,
	type DrawnStretch,
	type Geometry,
	type Thread
} from './geometry';
import { rememberingIsoDateToTime, timeToIsoDate } from './isoDate';
import type { Mark } from './lanes';
import { MarkFocus } from './markFocus.svelte';
import { MARK_RADIUS } from './marks';
import type { FigureMark, FigureThread, FigureTick, OpeningFigure } from './opening';
import { eventsAroundEmptyView, positionInTrack, trackOf, type Track } from './track';
import { DAY, stateForRange } from './zoom';
import { ZoomBehaviour } from './zoomBehaviour.svelte';

/** The closest a reader can zoom: a week across the frame. */
const SMALLEST_SPAN = 7 * DAY;

export interface DrawingInputs {
	events: readonly TimelineEntry[];
	shown: readonly TimelineEntry[];
	figure: OpeningFigure;
	selectedId?: string;
	highlightThemes: readonly string[];
	belowHeight: number;
}

/** What the layers draw: of the live view (marks laid out `layoutWidth` px wide) or of the figure. */
export interface Layers {
	marks: readonly (Mark | FigureMark)[];
	ticks: readonly (AxisMark | FigureTick)[];
	threads: readonly (Thread | FigureThread)[];
	stretches: readonly DrawnStretch[];
	bottom: number;
	layoutWidth: number;
}

export class TimelineDrawing {
	readonly zoom: ZoomBehaviour;
	readonly focus: MarkFocus;
	frame = $state<HTMLElement>();
	printing = $state(false);
	/** The events drawn (a filter may hide some), with their times. */
	shown: Track;
	/** Whether the browser draws the view itself (it has measured the frame and has the events). */
	live: boolean;
	geometry: Geometry | undefined;
	layers: Layers;
	/** The visible dates, rounded to days (ISO). */
	dates: { from: string; to: string };
	/** The key of the mark that takes Tab: the active event's, else the first. */
	tabStop: string;
	/** The event the tooltip is about, and its mark. */
	tooltip: { mark: Mark; event: TimelineEntry } | undefined;
	/** When the live view holds no event: the events before and after it, to move to. */
	around: { before?: TimelineEntry; after?: TimelineEntry } | undefined;

	/**
	 * An event opened (a mark, the panel's Previous and Next, an address) is the one the reader is
	 * at: the Tab stop's, and where the focus goes when its mark is drawn anew (into a cluster). An
	 * effect.
	 */
	followSelection: () => void;
	/** Escape puts away a tooltip before it closes an open event (the explorer's, listening after). */
	dismissTooltip: (event: KeyboardEvent) => void;

	/** `inputs` is read whenever they are needed, so the drawing follows the component's props. */
	constructor(inputs: () => DrawingInputs) {
		const zoom = (this.zoom = new ZoomBehaviour(() => inputs().figure.domain, SMALLEST_SPAN));
		this.focus = new MarkFocus(
			zoom,
			() => this.shown,
			() => this.frame
		);
		this.followSelection = () => {
			const { selectedId } = inputs();
			if (selectedId) this.focus.activeId = selectedId;
		};
		this.dismissTooltip = (event) => {
			if (this.focus.dismissTooltip(event, inputs().selectedId)) event.preventDefault();
		};
		const timeOf = rememberingIsoDateToTime();
		const all = $derived(trackOf(inputs().events, timeOf));
		this.shown = $derived(
			inputs().shown === inputs().events ? all : trackOf(inputs().shown, timeOf)
		);
		// Paper gets the prerendered figure, whose container queries fit it, where it shows what the
		// screen does; a view of its own (a range, a voice filter: an embed's options, a reader's
		// zoom) prints as it is shown, its marks at fractions of the frame.
		this.live = $derived(
			zoom.width > 0 &&
				(!this.printing || zoom.view.k > 1 || this.shown !== all) &&
				inputs().events.length > 0
		);
		this.geometry = $derived.by(() => {
			if (!this.live) return undefined;
			const { figure, highlightThemes, selectedId, belowHeight } = inputs();
			const pinned = [this.focus.activeId, selectedId].filter((id): id is string => !!id);
			return timelineGeometry({
				track: this.shown,
				domain: figure.domain,
				view: zoom.view,
				width: zoom.width,
				textSize: zoom.textSize,
				height: zoom.height - belowHeight,
				below: belowHeight,
				highlightThemes,
				pinned,
				uncovered: figure.uncovered
			});
		});
		this.layers = $derived.by(() => {
			const geometry = this.geometry;
			if (!geometry) {
				const { figure } = inputs();
				return {
					...figure,
					stretches: drawnStretches(figure.uncovered, figure.domain),
					layoutWidth: 1
				};
			}
			return {
				marks: geometry.marks,
				ticks: axisMarks(geometry.axis, geometry.range),
				threads: geometry.threads,
				stretches: geometry.stretches,
				bottom: geometry.bottom,
				layoutWidth: geometry.layoutWidth
			};
		});
		this.dates = $derived.by(() => {
			const [from, to] = this.geometry?.range ?? inputs().figure.domain;
			const day = (time: number) => timeToIsoDate(Math.round(time / DAY) * DAY);
			return { from: day(from), to: day(to) };
		});
		// The Tab stop is a mark in view: a mark left of the frame is drawn for the label it carries
		// into view (an embed's range, a panned view), and focus there would show nothing.
		this.tabStop = $derived.by(() => {
			const inView = (this.geometry?.marks ?? []).filter(
				(mark) => mark.x >= 0 && mark.x <= this.zoom.extent.width
			);
			const active = this.focus.activeId ?? '';
			return (inView.find((mark) => mark.ids.includes(active)) ?? inView[0])?.key ?? '';
		});
		this.tooltip = $derived.by(() => {
			const id = this.geometry && this.focus.tooltipFor(inputs().selectedId);
			if (!id) return undefined;
			const mark = this.geometry!.marks.find((candidate) => candidate.ids.includes(id));
			const event = this.shown.entries[positionInTrack(this.shown, id)];
			return mark && event ? { mark, event } : undefined;
		});
		this.around = $derived.by(() => {
			if (!this.geometry) return undefined;
			const { range, layoutWidth } = this.geometry;
			// An event whose date is just outside the range still has its mark drawn at the edge.
			const edge = (MARK_RADIUS * (range[1] - range[0])) / layoutWidth;
			const around = eventsAroundEmptyView(this.shown, range[0] - edge, range[1] + edge);
			const { entries } = this.shown;
			return around && { before: entries[around.before], after: entries[around.after] };
		});
	}

	/** Moves the view to an event at the same zoom, and makes it the active one. */
	showEvent(id: string) {
		const index = positionInTrack(this.shown, id);
		const range = this.geometry?.range;
		if (index < 0 || !range) return;
		const half = (range[1] - range[0]) / 2;
		const centre = (this.shown.starts[index]! + this.shown.ends[index]!) / 2;
		this.focus.activeId = id;
		this.zoom.moveTo(stateForRange(centre - half, centre + half, this.zoom.extent));
	}

	/** Draws the figure while the page is printed (an effect: returns what stops watching). */
	followPrinting = () => {
		const print = window.matchMedia('print');
		const change = () => (this.printing = print.matches);
		print.addEventListener('change', change);
		return () => print.removeEventListener('change', change);
	};

	/** A click on a live mark: a cluster opens, an event is selected; false leaves it to the link. */
	activate(mark: Mark | FigureMark, onselect: ((id: string) => void) | undefined): boolean {
		if (!('ids' in mark)) return false;
		if (mark.ids.length > 1) {
			this.#openCluster(mark);
			return true;
		}
		if (!onselect) return false;
		this.focus.activeId = mark.ids[0];
		onselect(mark.ids[0]!);
		return true;
	}

	/** Zooms to show every event of a cluster apart, the first of them active. */
	#openCluster(mark: Mark) {
		const { starts, ends } = this.shown;
		let to = -Infinity;
		for (let index = mark.first; index <= mark.last; index++) to = Math.max(to, ends[index]!);
		const from = starts[mark.first]!;
		const padding = Math.max((to - from) * 0.25, 2 * DAY);
		// The cluster's mark goes as its events come apart: a focus on it goes to the first of them
		// (MarkFocus.focusOut), which stays in view all the way (zoomAnimation.ts).
		this.focus.activeId = mark.ids[0];
		this.zoom.moveTo(stateForRange(from - padding, to + padding, this.zoom.extent));
	}
}
