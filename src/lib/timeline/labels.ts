// How much room each label of one lane gets, once its marks are placed: pure, so that a lane can be
// labelled as it stands or as it would stand (laneSwaps.ts weighs lanes by their labels).
import type { LabelFit, LaneOptions, Mark } from './lanes';

/**
 * Whether the label of a mark at `x` goes on its left: the right edge would cut it, and the frame
 * has more room on the mark's left than on its right.
 */
export function labelGoesLeft(
	x: number,
	wanted: number,
	{ radius, gap, minX = -Infinity, maxX = Infinity }: LaneOptions
): boolean {
	const right = maxX - (x + radius + gap);
	return right < wanted && x - radius - gap - minX > right;
}

/** The room a mark's label wants: its whole title's, or a cluster's "N events". */
export function wantedRoom(mark: Mark, options: LaneOptions): number {
	return mark.ids.length > 1 ? options.clusterLabelWidth(mark.ids.length) : mark.labelWidth;
}

/**
 * Gives each label of one lane (its marks in order of `x`, each single mark's `labelWidth` the
 * room its whole title wants) the room up to the next mark, hiding labels too narrow to read; a
 * mark past the left edge has its label start at the edge while its node's centre, or a long
 * event's or a cluster's bar, is still in the frame: the label of a mark wholly past it would seem
 * to name the time at the edge (an event of November 2022 under January 2023, in a view of 2023).
 * The last mark of the lane, whose label the right edge would cut, takes it to its left when that
 * gives it more room: it shares the gap back to the previous mark with that mark's label, each
 * keeping what its words use of half the gap and taking what the other's words leave.
 */
export function labelLane(marks: Mark[], options: LaneOptions): void {
	const {
		radius,
		gap,
		minLabel,
		clusterLabelShown = Infinity,
		labelFit,
		minX = -Infinity,
		maxX = Infinity
	} = options;
	if (marks.length === 0) return;
	marks.sort((a, b) => a.x - b.x);
	const wanted = marks.map((mark) => wantedRoom(mark, options));
	// The least room a label shows in. A cluster's label shows whole or not at all: "events",
	// beside the count's badge (packing held the room of "5 events" for it).
	const least = (index: number) =>
		Math.min(marks[index]!.ids.length > 1 ? clusterLabelShown : minLabel, wanted[index]!);
	const readable = (room: number, index: number) =>
		room >= least(index) ? Math.min(room, wanted[index]!) : 0;
	marks.forEach((mark, index) => {
		const next = marks[index + 1];
		const place = mark.x + radius + gap;
		const start = Math.max(place, minX);
		mark.labelWidth =
			Math.max(mark.x, mark.x2) >= minX
				? readable(Math.min(next ? next.x - radius - gap : Infinity, maxX) - start, index)
				: 0;
		mark.labelShift = mark.labelWidth > 0 ? start - place : 0;
	});
	const lastIndex = marks.length - 1;
	const last = marks[lastIndex]!;
	const lastWants = wanted[lastIndex]!;
	// A cluster's word stays on the right of its count ("3 events", never "events 3").
	if (last.ids.length > 1 || !labelGoesLeft(last.x, lastWants, options)) return;
	const previous = marks[lastIndex - 1];
	const from = previous ? Math.max(previous.x + radius + gap, minX) : minX;
	const space = Math.min(last.x - radius - gap, maxX) - from;
	const previousWants = previous ? wanted[lastIndex - 1]! : 0;
	// A previous label that shows nothing (past the left edge, or with too little room) keeps
	// none; where labels are kept whole, it keeps all it wants.
	let forPrevious = previous?.labelWidth
		? Math.min(
				previousWants,
				options.wholeLabels ? Infinity : Math.max((space - gap) / 2, space - gap - lastWants)
			)
		: 0;
	if (forPrevious && labelFit && !options.wholeLabels) {
		// Each takes what the other's words leave: the last label what the previous one's words
		// leave of the previous one's share, then the previous one what the last one's leave.
		const fit = (index: number, room: number): LabelFit => {
			const readableRoom = readable(room, index);
			const { used, next } =
				marks[index]!.ids.length > 1
					? { used: Math.min(readableRoom, least(index)), next: Infinity }
					: labelFit(marks[index]!.first, readableRoom);
			// A label with no word at its layout width shows none on a wider frame (placement.ts).
			return used ? { used: Math.max(least(index), used), next } : { used: 0, next: Infinity };
		};
		const shared = space - gap;
		const lastFits = fit(lastIndex, shared - fit(lastIndex - 1, forPrevious).used);
		// Its words would not show on the left: it keeps its place on the right.
		if (!lastFits.used) return;
		const previousFits = fit(lastIndex - 1, shared - lastFits.used);
		// Rooms grow with the frame (placement.ts): what neither uses goes to the label whose
		// next word it brings on the narrower frame.
		const free = shared - previousFits.used - lastFits.used;
		const previousSooner =
			previousFits.next / (previousFits.used + free) <= lastFits.next / (lastFits.used + free);
		forPrevious = previousFits.used + (previousSooner ? free : 0);
	}
	// Nor does it reach back over the previous mark's bar (a long event's, or a cluster's).
	const pastPrevious = previous ? last.x - radius - gap - previous.x2 : Infinity;
	const forLast = readable(
		Math.min(space - (previous ? forPrevious + gap : 0), pastPrevious),
		lastIndex
	);
	if (forLast <= last.labelWidth) return;
	last.labelWidth = forLast;
	last.labelLeft = true;
	last.labelShift = 0;
	if (previous)
		previous.labelWidth = Math.min(previous.labelWidth, readable(forPrevious, lastIndex - 1));
}
