// The timeline's opening view for every frame width at once: what the build prerenders and the browser
// adopts. Each of LAYOUT_WIDTHS is laid out as the browser would lay it out; the figure holds every
// mark, tick and thread of any of them once, with the widths it is drawn at, and container queries
// show the right ones for the frame's width (see TimelineMarks.svelte and figureStyle.ts).
import {
	axisMarks,
	fraction,
	timelineGeometry,
	type AxisMark,
	type GeometryInput
} from './geometry';
import { LAYOUT_WIDTHS } from './layoutWidths';
import { labelPixels, markContent, type MarkContent } from './placement';
import type { TimelineEntry } from '../model';
import { rememberingIsoDateToTime } from './isoDate';
import { longDate } from './ticks';
import { trackDomain, trackOf, type Track } from './track';
import { uncoveredStretches, type UncoveredStretch } from './uncovered';
import { IDENTITY } from './zoom';

/**
 * How a mark is drawn at one layout width: [index in LAYOUT_WIDTHS, lane, label width in whole px
 * there (0: no label), 1 when the label is on the mark's left].
 */
export type FigurePlacement = [bucket: number, lane: number, label: number, left: 0 | 1];

/** A mark of the opening view at one or more layout widths, with all it shows: the page needs no events to draw it. */
export interface FigureMark {
	content: MarkContent;
	/** Start and end, as fractions of the frame's width. */
	x: number;
	x2: number;
	at: FigurePlacement[];
}

export interface FigureTick extends AxisMark {
	/** The layout widths it is drawn at (indices in LAYOUT_WIDTHS). */
	at: number[];
}

export interface FigureThread {
	theme: string;
	points: string;
	at: number[];
}

export interface OpeningFigure {
	domain: [number, number];
	/** The stretches no collected document covers, of all the events (the live view draws them too). */
	uncovered: UncoveredStretch[];
	/** Distance from the bottom of the frame to the lowest lane (the same at every width), px. */
	bottom: number;
	marks: FigureMark[];
	ticks: FigureTick[];
	threads: FigureThread[];
	/** The events' range in words ("10 February 2021 to 30 January 2024"), which the timeline's description gives. */
	span: string;
}

/**
 * The opening view (everything in range, nothing zoomed) at every layout width from `fromWidth` on
 * (narrower frames may draw the timeline otherwise: the home page's rows, on a phone).
 */
export function openingFigure(
	track: Track,
	domain: readonly [number, number],
	{
		fromWidth = 0,
		uncovered = [],
		highlightThemes
	}: Pick<GeometryInput, 'highlightThemes' | 'uncovered'> & { fromWidth?: number } = {}
): Omit<OpeningFigure, 'span'> {
	const marks = new Map<string, FigureMark>();
	// Each mark's first event, to put the figure's marks in the order a live view draws them.
	const firstOf = new Map<FigureMark, number>();
	const ticks = new Map<string, FigureTick>();
	const threads = new Map<string, FigureThread>();
	let bottom = 0;
	LAYOUT_WIDTHS.forEach((width, bucket) => {
		if (width < fromWidth) return;
		// The stretches are the figure's own (below), the same at every width: not the geometry's.
		const geometry = timelineGeometry({ highlightThemes, track, domain, view: IDENTITY, width });
		bottom = geometry.bottom;
		for (const mark of geometry.marks) {
			const figureMark = marks.get(mark.key) ?? {
				content: markContent(track.entries, { ...mark, count: mark.ids.length }),
				x: fraction(mark.x / width),
				x2: fraction(mark.x2 / width),
				at: []
			};
			figureMark.at.push([bucket, mark.lane, labelPixels(mark.labelWidth), mark.labelLeft ? 1 : 0]);
			marks.set(mark.key, figureMark);
			firstOf.set(figureMark, mark.first);
		}
		for (const tick of axisMarks(geometry.axis, geometry.range)) {
			const figureTick = ticks.get(tick.key) ?? { ...tick, at: [] };
			figureTick.at.push(bucket);
			ticks.set(tick.key, figureTick);
		}
		for (const thread of geometry.threads) {
			const key = `${thread.theme} ${thread.points}`;
			const figureThread = threads.get(key) ?? { ...thread, at: [] };
			figureThread.at.push(bucket);
			threads.set(key, figureThread);
		}
	});
	return {
		domain: [domain[0], domain[1]],
		uncovered: [...uncovered],
		bottom,
		marks: [...marks.values()].sort((a, b) => a.x - b.x || firstOf.get(a)! - firstOf.get(b)!),
		ticks: [...ticks.values()],
		threads: [...threads.values()]
	};
}

/**
 * The figure for a page: `shown` (all events by default) laid out over the range of `all`, with
 * `highlightThemes` highlighted and threaded, for frames from `fromWidth` px wide. With
 * `documented` (the data has sources), a run of months without events is a stretch the collected
 * documents do not cover, and drawn as such; a story with no documents (an imported TimelineJS one)
 * has only gaps.
 */
export function figureFor(
	all: readonly TimelineEntry[],
	{
		shown = all,
		highlightThemes = [],
		fromWidth = 0,
		documented = false
	}: {
		shown?: readonly TimelineEntry[];
		highlightThemes?: readonly string[];
		fromWidth?: number;
		documented?: boolean;
	} = {}
): OpeningFigure {
	const timeOf = rememberingIsoDateToTime();
	const track = trackOf(all, timeOf);
	const [first, last] = [all[0], all.at(-1)];
	return {
		...openingFigure(trackOf(shown, timeOf), trackDomain(track), {
			highlightThemes,
			fromWidth,
			uncovered: documented ? uncoveredStretches(track) : []
		}),
		span: first && last ? `${longDate(first.start)} to ${longDate(last.end ?? last.start)}` : ''
	};
}
