// Places event marks in lanes so that no two marks and no two labels overlap; what cannot be placed merges into clusters.

/** An event to place, at its pixel position under the current zoom. Items must be sorted by `x`. */
export interface MarkInput {
	id: string;
	/** Start, px. */
	x: number;
	/** End, px (equal to `x` for a one-day event). */
	x2: number;
	/** Width its label wants, px. */
	labelWidth: number;
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
	/** Width of a cluster's count label, px. */
	clusterLabelWidth: number;
	/** Events that must stay single marks (the focused or selected one). */
	pinned?: ReadonlySet<string>;
}

/** A mark as drawn: a single event, or a cluster of events that would collide at this zoom. */
export interface PlacedMark {
	/** The event ids it stands for: the anchor first, then any merged into it, in time order. */
	ids: string[];
	x: number;
	x2: number;
	lane: number;
	/** Width available to its label, px; 0 when the label is hidden. */
	labelWidth: number;
}

interface Lane {
	end: number;
	/** Intervals held by pinned marks, placed before the sweep reaches them. */
	reserved: [number, number][];
}

/**
 * Greedy lane packing in time order. Each mark is tried with its whole label first, then as the
 * bare mark; a mark that fits in no lane joins the nearest placed mark, which becomes a cluster.
 * Labels then get the room up to the next mark of their lane, so they never overlap.
 */
export function placeMarks(items: readonly MarkInput[], options: LaneOptions): PlacedMark[] {
	const { radius, gap, pinned } = options;
	const lanes: Lane[] = Array.from({ length: Math.max(1, options.lanes) }, () => ({
		end: -Infinity,
		reserved: []
	}));
	const placed: PlacedMark[] = [];
	const labelEnd = (item: MarkInput) => item.x + radius + gap + item.labelWidth;
	const boxEnd = (item: MarkInput, withLabel: boolean) =>
		Math.max(item.x2, item.x + radius, withLabel ? labelEnd(item) : -Infinity);

	const fits = (lane: Lane, start: number, end: number) =>
		start >= lane.end + gap &&
		lane.reserved.every(([from, to]) => end + gap <= from || start >= to + gap);

	const place = (item: MarkInput, lane: number) =>
		placed.push({ ids: [item.id], x: item.x, x2: item.x2, lane, labelWidth: item.labelWidth });

	for (const item of items.filter((candidate) => pinned?.has(candidate.id))) {
		const start = item.x - radius;
		const index = lanes.findIndex((lane) => fits(lane, start, boxEnd(item, true)));
		const laneIndex = index === -1 ? 0 : index;
		lanes[laneIndex]!.reserved.push([start, boxEnd(item, index !== -1)]);
		place(item, laneIndex);
	}

	for (const item of items) {
		if (pinned?.has(item.id)) continue;
		const start = item.x - radius;
		let laneIndex = -1;
		let end = 0;
		for (const withLabel of [true, false]) {
			end = boxEnd(item, withLabel);
			laneIndex = lanes.findIndex((lane) => fits(lane, start, end));
			if (laneIndex !== -1) break;
		}
		if (laneIndex !== -1) {
			lanes[laneIndex]!.end = end;
			place(item, laneIndex);
			continue;
		}
		const host = nearestClusterable(placed, item.x, pinned);
		if (host) host.ids.push(item.id);
		else place(item, 0);
	}

	return assignLabels(placed, options);
}

function nearestClusterable(
	placed: readonly PlacedMark[],
	x: number,
	pinned: ReadonlySet<string> | undefined
): PlacedMark | undefined {
	let best: PlacedMark | undefined;
	for (const mark of placed) {
		if (pinned?.has(mark.ids[0]!)) continue;
		if (!best || Math.abs(mark.x - x) < Math.abs(best.x - x)) best = mark;
	}
	return best;
}

/** Gives each mark's label the room up to the next mark in its lane, hiding labels too narrow to read. */
function assignLabels(placed: PlacedMark[], options: LaneOptions): PlacedMark[] {
	const { radius, gap, minLabel, clusterLabelWidth } = options;
	const byLane = new Map<number, PlacedMark[]>();
	for (const mark of placed) byLane.set(mark.lane, [...(byLane.get(mark.lane) ?? []), mark]);
	for (const marks of byLane.values()) {
		marks.sort((a, b) => a.x - b.x);
		marks.forEach((mark, index) => {
			const next = marks[index + 1];
			const labelStart = mark.x + radius + gap;
			const room = (next ? next.x - radius - gap : Infinity) - labelStart;
			const wanted = mark.ids.length > 1 ? clusterLabelWidth : mark.labelWidth;
			mark.labelWidth = room >= Math.min(minLabel, wanted) ? Math.min(room, wanted) : 0;
		});
	}
	return placed.sort((a, b) => a.x - b.x || a.lane - b.lane);
}
