// Places event marks in lanes so that no two marks and no two labels overlap; what cannot be placed merges into clusters.
import { labelGoesLeft, labelLane } from './labels';
import { improveLanes, keepLanes } from './laneSwaps';

/** An event to place, at its pixel position under the current zoom. Candidates must come sorted by `x`. */
export interface Candidate {
	id: string;
	/** Its position in the track being laid out, so a mark leads back to its event without a lookup by id. */
	index: number;
	/** Start, px. */
	x: number;
	/** End, px (equal to `x` for a one-day event). */
	x2: number;
	/** Width its whole label wants, px. */
	labelWidth: number;
}

/** How much of a room a label fills, and the room its next word would need. */
export interface LabelFit {
	/** All the title needs when it fits, else its words up to the last that fits with their ellipsis; 0 when no word fits. */
	used: number;
	/** The room that shows one more word (or the whole title); Infinity for a whole title. */
	next: number;
}

export interface LaneOptions {
	/** How many lanes there are. */
	lanes: number;
	/** Half the width a mark occupies (its hit area), px. */
	radius: number;
	/** Space kept between neighbours in a lane, px. */
	gap: number;
	/** Narrowest label worth showing (ellipsis beyond), px; narrower ones are hidden. */
	minLabel: number;
	/**
	 * Room a label holds in its lane while marks are packed, px: a longer label keeps the lane from
	 * filling up, but still takes all the room that is left free after it.
	 */
	labelReserve?: number;
	/** Width of the label of a cluster of `count` events, px. */
	clusterLabelWidth: (count: number) => number;
	/**
	 * Width of what a cluster's label shows, px, when less than `clusterLabelWidth`: the label
	 * shows in that much room, and leaves the rest to a label that shares its gap.
	 */
	clusterLabelShown?: number;
	/**
	 * Every label whole: a mark with no lane where its whole label fits (or where it would leave the
	 * label before it whole) joins a cluster rather than cut a label. Wide frames have the room for
	 * it; on narrow ones a cut label says more than a larger cluster.
	 */
	wholeLabels?: boolean;
	/**
	 * How much of `room` px the label of the single mark at track position `index` fills (its words
	 * up to the last that fits), and the room its next word needs. Without it a label fills all its
	 * room. Where the last label of a lane turns left and shares the gap with the label before it,
	 * each leaves the other what its words do not use.
	 */
	labelFit?: (index: number, room: number) => LabelFit;
	/** Events that must stay single marks (the focused or selected one); they may use one extra lane. */
	pinned?: ReadonlySet<string>;
	/**
	 * Lanes by the id of each mark's first event (of the same view without `pinned`), which the
	 * marks keep where they still fit, rather than take a second look of their own.
	 */
	keptLanes?: ReadonlyMap<string, number>;
	/** Left edge of the drawing area: a label whose mark has gone past it slides to start there, px. */
	minX?: number;
	/** Right edge of the drawing area: labels stop there, px. */
	maxX?: number;
}

/** A mark's identity across zooms and widths: its event's id, or a cluster's first and last ids and count. */
export function markKey(id: string, lastId: string, count: number): string {
	return count > 1 ? `${id}…${lastId}/${count}` : id;
}

/**
 * A mark as laid out: a single event, or a cluster of events that would collide at this zoom. Its
 * positions are px at the width it was laid out for (see `layoutWidthOf` in geometry.ts).
 */
export interface Mark {
	/** See `markKey`. */
	key: string;
	/** The event ids it stands for: the anchor first, then any merged into it, in time order. */
	ids: string[];
	/** Track positions of its anchor (the first id) and of its last member. */
	first: number;
	last: number;
	x: number;
	/** Its end: of its event, or of a cluster's last event (drawn as a bar from its mark). */
	x2: number;
	lane: number;
	/** Width available to its label, px; 0 when the label is hidden. */
	labelWidth: number;
	/** The label is on the mark's left: it is the last of its lane and has more room there. */
	labelLeft: boolean;
	/** How far the label is moved right of its place to start inside the frame, px. */
	labelShift: number;
}

/**
 * Greedy lane packing in time order: each mark takes the lowest lane free at its start, which it
 * then keeps to the end of its label (or of its span); a mark that fits in no lane joins the
 * nearest placed mark, which becomes a cluster.
 * A pinned event that fits nowhere goes to one extra lane above the others instead, so pinning
 * never moves any other mark (a mark must not jump away between pointer down and up).
 * Marks then move between lanes where that hides or cuts fewer labels (laneSwaps.ts), and labels
 * get the room up to the next mark of their lane, so they never overlap (labels.ts).
 */
export function placeMarks(
	items: readonly Omit<Candidate, 'index'>[],
	options: LaneOptions
): Mark[] {
	let index = 0;
	return placeMarksFrom(() => {
		const item = items[index];
		return item && { ...item, index: index++ };
	}, options);
}

/**
 * `placeMarks` reading its items one at a time from `next` (undefined once there are no more).
 * `next` may refill and hand back the same object every time: nothing of it is kept, so a view
 * of ten thousand events needs no object per event.
 */
export function placeMarksFrom(next: () => Candidate | undefined, options: LaneOptions): Mark[] {
	const { radius, gap, pinned, labelReserve = Infinity, wholeLabels = false } = options;
	const lanes = Math.max(1, options.lanes);
	// Where each lane is free again: of the mark and the room its label holds (`laneEnds`), and of
	// its whole label (`wholeEnds`).
	const laneEnds: number[] = Array.from({ length: lanes }, () => -Infinity);
	const wholeEnds: number[] = Array.from({ length: lanes }, () => -Infinity);
	const overflowLane = lanes;
	const placed: Mark[] = [];
	// Items come in order of x, so the placed mark nearest to the next item is the rightmost one
	// that may take others in (the first placed, among equals): no search through every mark.
	let host: Mark | undefined;
	// Where the first lane frees up: in a crowded view most items start before it and go straight
	// to a cluster, without a look at every lane.
	let firstFree = -Infinity;
	const place = (item: Candidate, lane: number) => {
		const mark = {
			key: item.id,
			ids: [item.id],
			first: item.index,
			last: item.index,
			x: item.x,
			x2: item.x2,
			lane,
			labelWidth: item.labelWidth,
			labelLeft: false,
			labelShift: 0
		};
		placed.push(mark);
		if (!pinned?.has(item.id) && (!host || mark.x > host.x)) host = mark;
	};

	// The lowest lane free from `from` on, by `ends`; -1 when there is none.
	const laneFreeFrom = (ends: readonly number[], from: number) =>
		ends.findIndex((end) => from >= end + gap);

	// Among the lanes with room for the mark and what its label holds, the one whose last label
	// it cuts the least; -1 when there is none.
	const leastCutFrom = (from: number) => {
		let best = -1;
		laneEnds.forEach((end, lane) => {
			if (from >= end + gap && (best < 0 || wholeEnds[lane]! < wholeEnds[best]!)) best = lane;
		});
		return best;
	};

	for (let item = next(); item; item = next()) {
		const start = item.x - radius;
		// A label the right edge would cut goes to the mark's left: it needs the lane free there.
		const onLeft = labelGoesLeft(item.x, item.labelWidth, options);
		let laneIndex = -1;
		if (start >= firstFree + gap) {
			// The lowest lane with room for the whole label, else for the mark and the room its
			// label holds (the label is then cut short by the next mark).
			if (onLeft) laneIndex = laneFreeFrom(wholeEnds, start - gap - item.labelWidth);
			if (laneIndex === -1 && !(onLeft && wholeLabels)) laneIndex = laneFreeFrom(wholeEnds, start);
			// Where labels are kept whole, an event joins a cluster it falls under; one that a
			// cluster would only take in from afar keeps its own place and a cut label instead.
			const nearHost = () =>
				host !== undefined &&
				item.x <= host.x + radius + gap + options.clusterLabelWidth(host.ids.length + 1);
			if (laneIndex === -1 && !(wholeLabels && nearHost())) laneIndex = leastCutFrom(start);
		}
		if (laneIndex !== -1) {
			const endWith = (label: number) => Math.max(item.x2, item.x + radius + gap + label);
			laneEnds[laneIndex] = endWith(Math.min(item.labelWidth, labelReserve));
			wholeEnds[laneIndex] = endWith(item.labelWidth);
			firstFree = Math.min(...laneEnds);
			place(item, laneIndex);
		} else if (pinned?.has(item.id)) place(item, overflowLane);
		else if (host) {
			host.ids.push(item.id);
			host.last = item.index;
			// A cluster is drawn reaching from its first event to its last (a cluster at June that
			// holds January must not leave January looking empty), so its lane is its own that far.
			if (item.x2 > host.x2) {
				host.x2 = item.x2;
				laneEnds[host.lane] = Math.max(laneEnds[host.lane]!, host.x2);
				wholeEnds[host.lane] = Math.max(wholeEnds[host.lane]!, host.x2);
				firstFree = Math.min(...laneEnds);
			}
		} else place(item, 0);
	}

	if (!(options.keptLanes && keepLanes(placed, lanes, options.keptLanes, options)))
		improveLanes(placed, lanes, options);
	const byLane = new Map<number, Mark[]>();
	for (const mark of placed) byLane.set(mark.lane, [...(byLane.get(mark.lane) ?? []), mark]);
	for (const marks of byLane.values()) labelLane(marks, options);
	for (const mark of placed)
		if (mark.ids.length > 1) mark.key = markKey(mark.ids[0]!, mark.ids.at(-1)!, mark.ids.length);
	return placed.sort((a, b) => a.x - b.x || a.first - b.first);
}
