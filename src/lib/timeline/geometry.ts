// Everything a timeline draws for one view (axis, marks, theme threads) from its events, the view and
// its frame's size: pure, so the build prerenders exactly what the browser then draws.
import type { Mark } from './lanes';
import { layoutMarks, MARK_RADIUS } from './marks';
import { axisTicks, type AxisTicks, type Tick } from './ticks';
import type { Track } from './track';
import type { UncoveredStretch } from './uncovered';
import { DEFAULT_TEXT_SIZE, LAYOUT_WIDTHS } from './layoutWidths';
import { visibleRange, type ZoomState } from './zoom';

/** Below this layout width the frame is shorter and labels narrower (phones, narrow embeds). */
const NARROW_WIDTH = 500;
/** From this layout width on (desktops), labels are never cut: see `wholeLabels` in lanes.ts. */
const WHOLE_LABELS_WIDTH = 960;
/**
 * From this layout width on (screens of about 1,530 px and wider) the frame has two lanes more:
 * there the last marks before the right edge carry their labels on their left, and each such label
 * needs a lane free across the room before its mark.
 */
const WIDEST_WIDTH = 1500;
/**
 * Below this frame width (px, at the default text size, and in proportion to a larger one) the
 * explorer's timeline is vertical (rows.ts): the horizontal layout needs room.
 */
export const VERTICAL_BELOW = 620;
export const LANE_HEIGHT = 30;
export const AXIS_HEIGHT = 46;
/** Height of one theme's thread row above the axis, px. */
const THREAD_ROW = 7;
/** From the axis line up to the first thread's row, px. */
const THREADS_OFFSET = 6;
/** Space kept above the marks, px. */
const TOP_MARGIN = 8;

/**
 * Which of LAYOUT_WIDTHS a frame `width` px wide is laid out at (its index), on a page whose root
 * font size is `textSize` px: its width in rem picks it where the text is larger than the default;
 * where it is smaller, its width in px (a layout is never wider than the frame, whose marks and
 * gaps do not shrink with it).
 */
export function layoutBucket(width: number, textSize = DEFAULT_TEXT_SIZE): number {
	// Each width in rem as the stylesheet's queries write it (px ÷ 16, exact) times the root size.
	const rem = Math.max(textSize, DEFAULT_TEXT_SIZE);
	let bucket = 0;
	while (
		bucket + 1 < LAYOUT_WIDTHS.length &&
		(LAYOUT_WIDTHS[bucket + 1]! / DEFAULT_TEXT_SIZE) * rem <= width
	)
		bucket++;
	return bucket;
}

/** The frame's height, px, when nothing says otherwise (see `.surface` in Timeline.svelte). */
export function defaultFrameHeight(layoutWidth: number): number {
	if (layoutWidth < NARROW_WIDTH) return 272;
	if (layoutWidth < WHOLE_LABELS_WIDTH) return 320;
	return layoutWidth < WIDEST_WIDTH ? 380 : 420;
}

/** A story's frame is never shorter: its stretches' wordings and the zoom's room need some height. */
const MIN_STORY_HEIGHT = 200;

/**
 * The frame's height, px, for a page that draws a few events (a theme's story) with `threadRows`
 * threads: room for each event in a lane of its own and the lane kept free on top, which is all
 * any zoom can need, so that five events do not stand at the bottom of a frame made for the whole
 * record. Undefined when that is no less than the frame of the narrowest lanes (a phone's rows
 * take over below them), whose default heights then stand.
 */
export function storyFrameHeight(events: number, threadRows: number): number | undefined {
	const height = Math.max(
		MIN_STORY_HEIGHT,
		AXIS_HEIGHT + threadsHeight(threadRows) + TOP_MARGIN + (events + 1) * LANE_HEIGHT
	);
	return height < defaultFrameHeight(VERTICAL_BELOW) ? height : undefined;
}

/** Height taken by the threads of `rows` highlighted themes, px. */
export function threadsHeight(rows: number): number {
	return rows ? THREADS_OFFSET + rows * THREAD_ROW : 0;
}

export interface GeometryInput {
	/** The events to draw, in order. */
	track: Track;
	/** The time range of the whole timeline (ms): of every event, drawn or filtered out. */
	domain: readonly [number, number];
	/** The zoom, in px of `width` (as d3-zoom keeps it). */
	view: ZoomState;
	/** Width of the frame, px. */
	width: number;
	/** The page's root font size, px (the reader's text size; 16 when absent): see layoutBucket. */
	textSize?: number;
	/** Height of the frame above any layer drawn under the axis, px; the default for its width when absent. */
	height?: number;
	/** Height of the layer drawn under the axis (the tone strip), px. */
	below?: number;
	highlightThemes?: readonly string[];
	/** Events that must stay single marks (the focused and the selected one). */
	pinned?: readonly string[];
	/** The stretches no collected document covers (uncovered.ts), of all the events. */
	uncovered?: readonly UncoveredStretch[];
}

/** A highlighted theme's thread: through each of its events' marks, or along its row where they are off screen. */
export interface Thread {
	theme: string;
	/** SVG points, x as a fraction of the frame's width and y in px above the axis line (negative). */
	points: string;
}

export interface Geometry {
	/** The width everything below was laid out at; a mark's `x` divided by it is a fraction of the frame. */
	layoutWidth: number;
	/** The visible time range, ms. */
	range: [number, number];
	axis: AxisTicks;
	marks: Mark[];
	threads: Thread[];
	/** The uncovered stretches in view. */
	stretches: DrawnStretch[];
	/** Height of the frame above the layer under the axis, px. */
	height: number;
	/** Distance from the bottom of the frame to the lowest lane, px. */
	bottom: number;
}

/** Fractions with six decimals: a thousandth of a pixel on the widest screen, and short in the HTML. */
export const fraction = (value: number) => Math.round(value * 1e6) / 1e6;

export function timelineGeometry(input: GeometryInput): Geometry {
	const { track, domain, view, width, below = 0, highlightThemes = [] } = input;
	const layoutWidth = LAYOUT_WIDTHS[layoutBucket(width, input.textSize)]!;
	const height = input.height ?? defaultFrameHeight(layoutWidth);
	const threads = threadsHeight(highlightThemes.length);
	// One lane stays free on top for a focused or selected event that fits nowhere else.
	const lanes = Math.max(
		2,
		Math.floor((height - AXIS_HEIGHT - threads - TOP_MARGIN) / LANE_HEIGHT) - 1
	);
	const extent = { domain, width: layoutWidth, minSpan: 0 };
	const state = { k: view.k, x: (view.x * layoutWidth) / Math.max(width, 1) };
	const range = visibleRange(state, extent);
	const marks = layoutMarks(track, state, extent, {
		lanes,
		labelReserve: layoutWidth < NARROW_WIDTH ? 150 : 220,
		wholeLabels: layoutWidth >= WHOLE_LABELS_WIDTH,
		pinned: new Set(input.pinned),
		highlightThemes
	});
	const markOfEvent = new Map<string, Mark>();
	for (const mark of marks) for (const id of mark.ids) markOfEvent.set(id, mark);
	return {
		layoutWidth,
		range,
		axis: axisTicks(range[0], range[1], layoutWidth),
		marks,
		threads: highlightThemes.map((theme, row) => ({
			theme,
			points: threadPoints(track, markOfEvent, theme, row, { range, layoutWidth, threads })
		})),
		stretches: drawnStretches(input.uncovered ?? [], range),
		height,
		bottom: below + AXIS_HEIGHT + threads
	};
}

/** An uncovered stretch as drawn: its band's ends as fractions of the frame (within it). */
export interface DrawnStretch extends UncoveredStretch {
	key: string;
	x: number;
	x2: number;
}

/** The stretches in the range `[from, to]` (ms), as drawn over it. */
export function drawnStretches(
	stretches: readonly UncoveredStretch[],
	[from, to]: readonly [number, number]
): DrawnStretch[] {
	return stretches
		.filter((stretch) => stretch.to > from && stretch.from < to)
		.map((stretch) => {
			const x = fraction(Math.max(0, (stretch.from - from) / (to - from)));
			const x2 = fraction(Math.min(1, (stretch.to - from) / (to - from)));
			return { ...stretch, key: String(stretch.from), x, x2 };
		});
}

interface ThreadFrame {
	range: [number, number];
	layoutWidth: number;
	/** Height of all the threads' rows, px. */
	threads: number;
}

/**
 * A theme's thread drops from its row to each of its events' marks and back; it runs along its
 * row past events off screen. y is px above the axis line (negative), so the points hold for any
 * frame height.
 */
function threadPoints(
	track: Track,
	markOfEvent: ReadonlyMap<string, Mark>,
	theme: string,
	row: number,
	{ range, layoutWidth, threads }: ThreadFrame
): string {
	const lineY = -(THREADS_OFFSET + row * THREAD_ROW);
	const points: string[] = [];
	track.entries.forEach((entry, index) => {
		if (!entry.themes.includes(theme)) return;
		const mark = markOfEvent.get(entry.id);
		if (mark) {
			const x = fraction(mark.x / layoutWidth);
			// The bottom of the mark's circle, which sits in the middle of its lane.
			const markY = -(threads + mark.lane * LANE_HEIGHT + (LANE_HEIGHT - 4) / 2 - MARK_RADIUS);
			points.push(`${x},${lineY}`, `${x},${markY}`, `${x},${lineY}`);
		} else {
			const x = fraction((track.starts[index]! - range[0]) / (range[1] - range[0]));
			points.push(`${x},${lineY}`);
		}
	});
	return points.join(' ');
}

/** A tick or period of the axis as drawn: its row, its line's place as a fraction of the frame, and its label. */
export interface AxisMark {
	key: string;
	row: 'tick' | 'context';
	x: number;
	label: string;
	align?: Tick['align'];
}

/** The axis of a view as drawn over the visible range `range` (ms). */
export function axisMarks(axis: AxisTicks, [from, to]: readonly [number, number]): AxisMark[] {
	const rows = [
		['tick', axis.ticks],
		['context', axis.context]
	] as const;
	return rows.flatMap(([row, ticks]) =>
		ticks.map((tick) => {
			const x = fraction((tick.time - from) / (to - from));
			const align = tick.align;
			return { key: `${row} ${x} ${tick.label} ${align ?? ''}`, row, x, label: tick.label, align };
		})
	);
}
