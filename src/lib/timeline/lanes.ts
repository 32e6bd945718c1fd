// Places event marks in lanes so that no two marks and no two labels overlap; what cannot be placed merges into clusters.

/** An event to place, at its pixel position under the current zoom. Candidates must come sorted by `x`. */
export interface Candidate {
	id: string;
	/** Its position in the track being laid out, so a mark leads back to its event without a lookup by id. */
	index: number;
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
	/** Width of the label of a cluster of `count` events, px. */
	clusterLabelWidth: (count: number) => number;
	/** Events that must stay single marks (the focused or selected one); they may use one extra lane. */
	pinned?: ReadonlySet<string>;
	/** Right edge of the drawing area: labels stop there, px. */
	maxX?: number;
}

/**
 * A mark as laid out: a single event, or a cluster of events that would collide at this zoom. Its
 * positions are px at the width it was laid out for (see `layoutWidthOf` in geometry.ts).
 */
export interface Mark {
	/** Its identity across zooms and widths: its event's id, or a cluster's first and last ids and count. */
	key: string;
	/** The event ids it stands for: the anchor first, then any merged into it, in time order. */
	ids: string[];
	/** Track positions of its anchor (the first id) and of its last member. */
	first: number;
	last: number;
	x: number;
	x2: number;
	lane: number;
	/** Width available to its label, px; 0 when the label is hidden. */
	labelWidth: number;
}

/**
 * Greedy lane packing in time order: each mark takes the lowest lane free at its start, which it
 * then keeps to the end of its label (or of its span); a mark that fits in no lane joins the
 * nearest placed mark, which becomes a cluster.
 * A pinned event that fits nowhere goes to one extra lane above the others instead, so pinning
 * never moves any other mark (a mark must not jump away between pointer down and up).
 * Labels then get the room up to the next mark of their lane, so they never overlap.
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
	const { radius, gap, pinned } = options;
	const laneEnds: number[] = Array.from({ length: Math.max(1, options.lanes) }, () => -Infinity);
	const overflowLane = laneEnds.length;
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
			labelWidth: item.labelWidth
		};
		placed.push(mark);
		if (!pinned?.has(item.id) && (!host || mark.x > host.x)) host = mark;
	};

	for (let item = next(); item; item = next()) {
		const start = item.x - radius;
		const laneIndex =
			start >= firstFree + gap ? laneEnds.findIndex((laneEnd) => start >= laneEnd + gap) : -1;
		if (laneIndex !== -1) {
			laneEnds[laneIndex] = Math.max(item.x2, item.x + radius + gap + item.labelWidth);
			firstFree = Math.min(...laneEnds);
			place(item, laneIndex);
		} else if (pinned?.has(item.id)) place(item, overflowLane);
		else if (host) {
			host.ids.push(item.id);
			host.last = item.index;
		} else place(item, 0);
	}

	return assignLabels(placed, options);
}

/** Gives each mark's label the room up to the next mark in its lane, hiding labels too narrow to read. */
function assignLabels(placed: Mark[], options: LaneOptions): Mark[] {
	const { radius, gap, minLabel, clusterLabelWidth, maxX = Infinity } = options;
	const byLane = new Map<number, Mark[]>();
	for (const mark of placed) byLane.set(mark.lane, [...(byLane.get(mark.lane) ?? []), mark]);
	for (const marks of byLane.values()) {
		marks.sort((a, b) => a.x - b.x);
		marks.forEach((mark, index) => {
			const next = marks[index + 1];
			const labelStart = mark.x + radius + gap;
			const room = Math.min(next ? next.x - radius - gap : Infinity, maxX) - labelStart;
			const wanted = mark.ids.length > 1 ? clusterLabelWidth(mark.ids.length) : mark.labelWidth;
			mark.labelWidth = room >= Math.min(minLabel, wanted) ? Math.min(room, wanted) : 0;
		});
	}
	for (const mark of placed)
		if (mark.ids.length > 1) mark.key = `${mark.ids[0]}…${mark.ids.at(-1)}/${mark.ids.length}`;
	return placed.sort((a, b) => a.x - b.x || a.first - b.first);
}
