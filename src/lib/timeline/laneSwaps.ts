// Packing in time order cannot see the labels still to come: an early mark's long label can take
// the lane that a later mark, whose label turns left at the frame's right edge, needed free. Moving
// marks between lanes afterwards, one change at a time and only where it hides fewer labels, or cuts
// fewer, finds most of the room a reader sees standing free.
import type { LaneOptions, Mark } from './lanes';
import { labelGoesLeft, labelLane, wantedRoom } from './labels';

/**
 * How many lanes may be labelled to weigh changes: a frame's worth of marks needs far fewer, and a
 * crowded view (thousands of events, every label cut) must not spend a frame's time on it.
 */
const MAX_JUDGED = 240;
/**
 * Beyond this many marks a view is crowded (thousands of events, mostly clusters): its lanes have
 * little room to trade, and looking for it would take a frame's time while it zooms.
 */
const MAX_MARKS = 120;

/**
 * What a lane's labels lose, in one number, lower being better: a single event's hidden label
 * weighs more than any number of cut ones, a cut one more than clusters' hidden "events", and those
 * more than the pixels cut labels miss (fewer than a lane can hold).
 */
const HIDDEN = 1e10;
const CUT = 1e7;
const HIDDEN_CLUSTER = 1e5;

interface Judged {
	loss: number;
	/** Each mark's label room as the lane is labelled. */
	shown: number[];
	/** Positions in the lane of the single marks whose label is cut or hidden. */
	short: number[];
}

/**
 * Moves marks of `placed` between lanes `0` to `lanes - 1` (a pinned event's extra lane stays as it
 * is) while a move hides fewer labels, else cuts fewer, else leaves them more of their pixels: a
 * mark whose label is cut or hidden, or a neighbour that cuts it, goes to another lane where it
 * fits, alone or with everything after it in its lane (which then trades places with what comes
 * after it in the other lane). The first move found that
 * does good is made, looking from the lowest lane up; the same marks always give the same lanes.
 */
export function improveLanes(placed: Mark[], lanes: number, options: LaneOptions): void {
	const { radius, gap, labelFit, minX = -Infinity, maxX = Infinity } = options;
	if (placed.length > MAX_MARKS) return;
	const rows = Array.from({ length: lanes }, (): Mark[] => []);
	for (const mark of placed) rows[mark.lane]?.push(mark);
	let budget = MAX_JUDGED;
	// Labelled in place, then put back as packing left them: each single mark's `labelWidth` is
	// the room its whole title wants until the lanes are settled.
	const judge = (row: Mark[]): Judged => {
		budget--;
		const wanted = row.map((mark) => mark.labelWidth);
		labelLane(row, options);
		const judged: Judged = { loss: 0, shown: [], short: [] };
		row.forEach((mark, index) => {
			const shown = (judged.shown[index] = mark.labelWidth);
			const wants = (mark.labelWidth = wanted[index]!);
			mark.labelLeft = false;
			mark.labelShift = 0;
			// A mark past the left edge has no label wherever it stands.
			if (Math.max(mark.x, mark.x2) < minX) return;
			if (mark.ids.length > 1) judged.loss += shown ? 0 : HIDDEN_CLUSTER;
			else if (shown < wants) {
				judged.short.push(index);
				// A room that holds no whole word shows none.
				const hidden = !shown || labelFit?.(mark.first, shown).used === 0;
				judged.loss += (hidden ? HIDDEN : CUT) + wants - shown;
			}
		});
		return judged;
	};
	// Whether `later` can follow `earlier` in a lane: their marks and bars do not meet.
	const follows = (earlier?: Mark, later?: Mark) =>
		!earlier || !later || later.x - radius >= Math.max(earlier.x2, earlier.x + radius) + gap;
	// The most room `mark`'s label could have between `before` and `after`, whatever their own labels
	// leave it.
	const roomBetween = (mark: Mark, before?: Mark, after?: Mark) =>
		Math.max(
			Math.min(after ? after.x - radius - gap : maxX, maxX) - Math.max(mark.x + radius + gap, minX),
			after || mark.ids.length > 1 || !labelGoesLeft(mark.x, wantedRoom(mark, options), options)
				? 0
				: Math.min(mark.x - radius - gap, maxX) -
						Math.max(before ? Math.max(before.x2, before.x + radius) + gap : minX, minX)
		);
	const judged = rows.map(judge);

	// The first move that does good, made; false when there is none, or no more time for one.
	const moveOnce = (): boolean => {
		for (let from = 0; from < lanes; from++) {
			const row = rows[from]!;
			const { shown, short } = judged[from]!;
			for (const mover of new Set(short.flatMap((index) => [index, index + 1, index - 1]))) {
				const mark = row[mover];
				if (!mark) continue;
				// A mark whose own label is short must gain room; a neighbour that cuts one may lose some.
				const least = short.includes(mover) ? shown[mover]! : -Infinity;
				for (let to = 0; to < lanes; to++) {
					const other = rows[to]!;
					if (to === from) continue;
					let before = other.findIndex((next) => next.x > mark.x);
					if (before < 0) before = other.length;
					const tries: [from: Mark[], to: Mark[]][] = [];
					// The mark alone, between two marks of the other lane.
					if (
						follows(other[before - 1], mark) &&
						follows(mark, other[before]) &&
						roomBetween(mark, other[before - 1], other[before]) > least
					)
						tries.push([
							row.filter((each) => each !== mark),
							[...other.slice(0, before), mark, ...other.slice(before)]
						]);
					// The mark and all after it, for all after a place in the other lane between it and
					// the mark before it (a lane's last mark for nothing is the move above).
					const last = mover === row.length - 1;
					for (
						let split = before - (last && before === other.length ? 1 : 0);
						mover && split >= 0;
						split--
					) {
						if (split < before && other[split]!.x <= row[mover - 1]!.x) break;
						if (
							follows(row[mover - 1], other[split]) &&
							follows(other[split - 1], mark) &&
							roomBetween(mark, other[split - 1], row[mover + 1]) > least
						)
							tries.push([
								[...row.slice(0, mover), ...other.slice(split)],
								[...other.slice(0, split), ...row.slice(mover)]
							]);
					}
					for (const [fromRow, toRow] of tries) {
						if (budget < 2) return false;
						const fromJudged = judge(fromRow);
						const toJudged = judge(toRow);
						if (fromJudged.loss + toJudged.loss >= judged[from]!.loss + judged[to]!.loss - 1)
							continue;
						rows[from] = fromRow;
						rows[to] = toRow;
						judged[from] = fromJudged;
						judged[to] = toJudged;
						for (const moved of fromRow) moved.lane = from;
						for (const moved of toRow) moved.lane = to;
						return true;
					}
				}
			}
		}
		return false;
	};
	while (moveOnce());
}

/**
 * Gives each mark of `placed` in lanes `0` to `lanes - 1` the lane `kept` has for its first event,
 * if every lane's marks then still follow one another; else leaves every lane as it was.
 */
export function keepLanes(
	placed: Mark[],
	lanes: number,
	kept: ReadonlyMap<string, number>,
	{ radius, gap }: LaneOptions
): boolean {
	const packed = placed.map((mark) => mark.lane);
	const ends: number[] = [];
	const inLanes = placed.filter((mark) => mark.lane < lanes);
	for (const mark of inLanes) mark.lane = kept.get(mark.ids[0]!) ?? mark.lane;
	// Marks come in order of x: each must start past the end of the one before it in its lane.
	const fits = inLanes.every((mark) => {
		const fitsLane = !(mark.x - radius < (ends[mark.lane] ?? -Infinity) + gap);
		ends[mark.lane] = Math.max(mark.x2, mark.x + radius);
		return fitsLane;
	});
	if (!fits) placed.forEach((mark, index) => (mark.lane = packed[index]!));
	return fits;
}
