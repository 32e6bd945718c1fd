// From a track and a view to the marks to draw: the events in view, their positions, lanes and clusters.
import { CLUSTER_LABEL } from './clusterBadge';
import { placeMarksFrom, type Candidate, type LabelFit, type Mark } from './lanes';
import { textWidth, wordCuts } from './textWidth';
import { firstStartingAtOrAfter, type Track } from './track';
import type { ZoomExtent, ZoomState } from './zoom';
import type { TimelineEntry } from '../model';

export interface MarkLayoutOptions {
	lanes: number;
	/** Room a label holds in its lane while marks are packed, px (it takes more where the lane is free). */
	labelReserve: number;
	/** Cluster rather than cut a label (see LaneOptions). */
	wholeLabels?: boolean;
	/** Events that must stay single marks. */
	pinned: ReadonlySet<string>;
	/** Themes highlighted: their events' labels are bold (placement.ts), and need that room. */
	highlightThemes?: readonly string[];
}

export const MARK_RADIUS = 12;
/** Size of a label's type, px (0.8125rem). */
export const LABEL_SIZE = 13;
/** Its padding, and a pixel of slack: the table rounds, so an estimate may fall a fraction of one short of the font. */
const LABEL_PADDING = 6 + 1;
const GAP = 4;
/** From a mark's centre to the start of its label on its right, px (TimelineMarks.svelte). */
export const LABEL_OFFSET = MARK_RADIUS + GAP;
const MIN_LABEL = 48;

/** The room a label's text `width` px wide needs, with its padding, in whole px. */
const labelRoom = (width: number) => Math.ceil(width + LABEL_PADDING);

/** The width a label asks for: its text and padding. */
export function labelWidthOf(text: string, bold = false): number {
	return labelRoom(textWidth(text, LABEL_SIZE, bold ? 'bold' : 'regular'));
}

/** The index of the longest of `cuts` (wordCuts) whose label fits `width` px, or -1. */
function lastFitting(cuts: readonly [string, number][], width: number): number {
	let fits = -1;
	while (fits + 1 < cuts.length && labelRoom(cuts[fits + 1]![1]) <= width) fits++;
	return fits;
}

/**
 * A title's word cuts, kept: lanes weighed against each other (laneSwaps.ts) ask for the same
 * titles' fits many times over. As many as a record's titles in both weights.
 */
const knownCuts = new Map<string, [string, number][]>();
const MAX_KNOWN_CUTS = 20_000;

function cutsOf(text: string, weight: 'regular' | 'bold'): [string, number][] {
	const key = weight === 'bold' ? `\0${text}` : text;
	let cuts = knownCuts.get(key);
	if (!cuts) {
		if (knownCuts.size >= MAX_KNOWN_CUTS) knownCuts.clear();
		knownCuts.set(key, (cuts = wordCuts(text, LABEL_SIZE, weight)));
	}
	return cuts;
}

/**
 * How much of `width` px the label `labelWords` writes there fills, and what its next word needs.
 * Two labels that share a gap leave each other what their words do not use (lanes.ts).
 */
export function labelFit(text: string, width: number, bold = false): LabelFit {
	const weight = bold ? 'bold' : 'regular';
	if (textWidth(text, LABEL_SIZE, weight) + LABEL_PADDING <= width)
		return { used: Math.min(width, labelWidthOf(text, bold)), next: Infinity };
	const cuts = cutsOf(text, weight);
	const fits = lastFitting(cuts, width);
	return {
		used: fits < 0 ? 0 : labelRoom(cuts[fits]![1]),
		next: labelRoom(cuts[fits + 1]![1])
	};
}

/** What a label says in its room, and what a wider room adds. */
export interface LabelWords {
	/** All of the title, or as many whole words as fit, with an ellipsis unless `more` follows; empty when not even the first word fits. */
	text: string;
	/**
	 * The words each wider room adds, in order, with the room (px) each needs; then the ellipsis,
	 * with the room from which the whole title fits (Infinity: never, in the rooms asked about).
	 */
	more: [words: string, room: number][];
}

/**
 * What a label `width` px wide says (bold for a highlighted mark), and the words its room adds as
 * it grows to `upTo` px: a label drawn wider than it was laid out at shows them (TimelineMarks.svelte).
 */
export function labelWords(text: string, width: number, upTo = width, bold = false): LabelWords {
	const weight = bold ? 'bold' : 'regular';
	// Most labels are whole: they need no cuts.
	if (textWidth(text, LABEL_SIZE, weight) + LABEL_PADDING <= width) return { text, more: [] };
	const cuts = wordCuts(text, LABEL_SIZE, weight);
	const roomOf = (index: number) => labelRoom(cuts[index]![1]);
	const fits = lastFitting(cuts, width);
	if (fits < 0) return { text: '', more: [] };
	const fitted = cuts[fits]![0];
	const more: [string, number][] = [];
	let next = fits + 1;
	for (; next < cuts.length && roomOf(next) <= upTo; next++)
		more.push([cuts[next]![0].slice(cuts[next - 1]![0].length), roomOf(next)]);
	if (more.length) more.push(['…', next === cuts.length ? roomOf(next - 1) : Infinity]);
	return { text: fitted === text || more.length ? fitted : `${fitted}…`, more };
}

/**
 * The marks for the view: only events whose mark or label can show are laid out, so the work per
 * frame follows what is on screen, not the size of the dataset.
 */
export function layoutMarks(
	track: Track,
	state: ZoomState,
	extent: ZoomExtent,
	options: MarkLayoutOptions
): Mark[] {
	const [start, end] = extent.domain;
	const { labelReserve, highlightThemes = [] } = options;
	const bold = (entry: TimelineEntry) =>
		highlightThemes.length > 0 && entry.themes.some((theme) => highlightThemes.includes(theme));
	const msPerPixel = (end - start) / (extent.width * state.k);
	const from = start + (-state.x - MARK_RADIUS - labelReserve) * msPerPixel;
	const to = start + (extent.width - state.x + MARK_RADIUS) * msPerPixel;
	// One object refilled for every event in view: at full view that is every event.
	const candidate: Candidate = { id: '', index: 0, x: 0, x2: 0, labelWidth: 0 };
	// pixelOf, as one multiplication and one addition per date: at full view this runs for every event.
	const pxPerMs = 1 / msPerPixel;
	const { entries, starts, ends } = track;
	const first = firstStartingAtOrAfter(track, from - track.longest);
	let index = first;
	const next = () => {
		while (index < entries.length) {
			const at = index++;
			if (starts[at]! > to) return undefined;
			if (ends[at]! < from) continue;
			const entry = entries[at]!;
			candidate.id = entry.id;
			candidate.index = at;
			candidate.x = state.x + (starts[at]! - start) * pxPerMs;
			candidate.x2 = state.x + (ends[at]! - start) * pxPerMs;
			const boldLabel = bold(entry);
			const widths = boldLabel ? track.boldLabelWidths : track.labelWidths;
			let labelWidth = widths[at]!;
			if (Number.isNaN(labelWidth)) widths[at] = labelWidth = labelWidthOf(entry.title, boldLabel);
			candidate.labelWidth = labelWidth;
			return candidate;
		}
		return undefined;
	};
	const place = (pinned?: ReadonlySet<string>, keptLanes?: ReadonlyMap<string, number>) => {
		index = first;
		return placeMarksFrom(next, {
			lanes: options.lanes,
			radius: MARK_RADIUS,
			gap: GAP,
			minLabel: MIN_LABEL,
			labelReserve: labelReserve,
			wholeLabels: options.wholeLabels,
			// The room of "N events", though the label beside the count's badge says only "events": the
			// marks are laid out as before the label lost its count, with room to spare.
			clusterLabelWidth: (count) => labelWidthOf(`${count} events`),
			clusterLabelShown: labelWidthOf(CLUSTER_LABEL),
			labelFit: (index, room) => labelFit(entries[index]!.title, room, bold(entries[index]!)),
			pinned,
			keptLanes,
			minX: GAP,
			maxX: extent.width - GAP
		});
	};
	if (!options.pinned.size) return place();
	// An event focused or selected inside a cluster comes out to a lane of its own; the other marks
	// keep the lanes they have without it, which their second look (laneSwaps.ts) could change.
	const unpinned = place();
	// Pinning an event that is a mark of its own changes nothing.
	if (
		!unpinned.some((mark) => mark.ids.length > 1 && mark.ids.some((id) => options.pinned.has(id)))
	)
		return unpinned;
	return place(options.pinned, new Map(unpinned.map((mark) => [mark.ids[0]!, mark.lane])));
}
