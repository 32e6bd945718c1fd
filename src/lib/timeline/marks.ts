// From events and the current view to the marks to draw: visible slice, pixel positions, lanes and clusters.
import { placeMarksFrom, type MarkInput, type PlacedMark } from './lanes';
import type { ZoomExtent, ZoomState } from './zoom';

/** What the timeline needs of an event, with its dates as ms. */
export interface TimelineItem {
	id: string;
	title: string;
	start: number;
	end: number;
}

export interface MarkLayoutOptions {
	lanes: number;
	/** Widest label, px. */
	maxLabelWidth: number;
	/** Average width of a label character, px. */
	charWidth: number;
	/** Events that must stay single marks. */
	pinned: ReadonlySet<string>;
}

export const MARK_RADIUS = 12;
const GAP = 4;
const MIN_LABEL = 48;

/** Index of the first item whose start is at or after `time` (items sorted by start). */
export function firstStartingAfter(items: readonly TimelineItem[], time: number): number {
	let low = 0;
	let high = items.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (items[middle]!.start < time) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * The marks for the view: only events whose mark or label can show are laid out, so the work per
 * frame follows what is on screen, not the size of the dataset. `longest` is the longest event (ms).
 */
export function layoutMarks(
	items: readonly TimelineItem[],
	longest: number,
	state: ZoomState,
	extent: ZoomExtent,
	options: MarkLayoutOptions
): PlacedMark[] {
	const [start, end] = extent.domain;
	const msPerPixel = (end - start) / (extent.width * state.k);
	const from = start + (-state.x - MARK_RADIUS - options.maxLabelWidth) * msPerPixel;
	const to = start + (extent.width - state.x + MARK_RADIUS) * msPerPixel;
	// One object refilled for every event in view: at full view that is every event.
	const input: MarkInput = { id: '', index: 0, x: 0, x2: 0, labelWidth: 0 };
	// pixelOf, as one multiplication and one addition per date: at full view this runs for every event.
	const pxPerMs = (extent.width * state.k) / (end - start);
	const { maxLabelWidth, charWidth } = options;
	let index = firstStartingAfter(items, from - longest);
	const next = () => {
		while (index < items.length) {
			const item = items[index++]!;
			if (item.start > to) return undefined;
			if (item.end < from) continue;
			input.id = item.id;
			input.index = index - 1;
			input.x = state.x + (item.start - start) * pxPerMs;
			input.x2 = state.x + (item.end - start) * pxPerMs;
			input.labelWidth = Math.min(maxLabelWidth, item.title.length * charWidth + 8);
			return input;
		}
		return undefined;
	};
	return placeMarksFrom(next, {
		lanes: options.lanes,
		radius: MARK_RADIUS,
		gap: GAP,
		minLabel: MIN_LABEL,
		// "2321 events": the count's digits and seven more characters.
		clusterLabelWidth: (count) => (String(count).length + 7) * options.charWidth + 8,
		pinned: options.pinned,
		maxX: extent.width - GAP
	});
}
