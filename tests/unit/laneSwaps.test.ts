// Marks moved between lanes after packing: labels that packing in time order cut are shown whole
// where another lane has the room, and nothing comes to overlap.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/server/data/load';
import { timelineGeometry } from '../../src/lib/timeline/geometry';
import { labelLane } from '../../src/lib/timeline/labels';
import { improveLanes } from '../../src/lib/timeline/laneSwaps';
import { placeMarks, type LaneOptions, type Mark } from '../../src/lib/timeline/lanes';
import { labelFit, labelWidthOf, labelWords, MARK_RADIUS } from '../../src/lib/timeline/marks';
import { trackDomain, trackOf } from '../../src/lib/timeline/track';
import { toTimelineEntries } from '../../src/lib/timelineEntries';

const OPTIONS: LaneOptions = {
	lanes: 2,
	radius: 12,
	gap: 4,
	minLabel: 40,
	clusterLabelWidth: () => 60,
	minX: 4,
	maxX: 996
};

function mark(id: string, x: number, lane: number, wants: number): Mark {
	return {
		key: id,
		ids: [id],
		first: 0,
		last: 0,
		x,
		x2: x,
		lane,
		labelWidth: wants,
		labelLeft: false,
		labelShift: 0
	};
}

/** Labels each lane of `marks` as placeMarks does once lanes are settled. */
function labelled(marks: Mark[], options: LaneOptions): Mark[] {
	const lanes = new Set(marks.map((each) => each.lane));
	for (const lane of lanes)
		labelLane(
			marks.filter((each) => each.lane === lane),
			options
		);
	return marks;
}

describe('improveLanes', () => {
	it('moves a mark whose label turns left at the right edge to the lane a short label leaves free', () => {
		const cut = labelled(
			[mark('long', 20, 0, 600), mark('short', 30, 1, 100), mark('late', 950, 0, 500)],
			OPTIONS
		);
		expect(cut.find((each) => each.key === 'late')!.labelWidth).toBeLessThan(500);

		const marks = [mark('long', 20, 0, 600), mark('short', 30, 1, 100), mark('late', 950, 0, 500)];
		improveLanes(marks, 2, OPTIONS);
		labelled(marks, OPTIONS);
		expect(marks.map((each) => [each.key, each.lane, each.labelWidth, each.labelLeft])).toEqual([
			['long', 0, 600, false],
			['short', 1, 100, false],
			['late', 1, 500, true]
		]);
	});

	it('moves the mark that cuts a label, with what follows it, where that is free', () => {
		// `first` wants 300 px; `blocker` at 200 cuts it to 164. In lane 1, `early` leaves room
		// from 150 on for `blocker` and `after`.
		const marks = [
			mark('first', 20, 0, 300),
			mark('early', 30, 1, 100),
			mark('blocker', 200, 0, 100),
			mark('after', 500, 0, 100)
		];
		improveLanes(marks, 2, OPTIONS);
		labelled(marks, OPTIONS);
		for (const each of marks)
			expect(each.labelWidth, each.key).toBe(each.key === 'first' ? 300 : 100);
	});

	it('counts a label whose room holds no whole word as hidden, not cut', () => {
		// A 620 px layout: packed in time order, Bali and the consultations show their titles and
		// the meeting none; a move that showed the meeting's and left the other two rooms of 58
		// and 85 px, too narrow for their first words, would show one title where two were.
		const titles = [
			'Summit in Bali',
			'Intergovernmental consultations resume',
			'Ambassadorial meeting'
		];
		const options: LaneOptions = {
			...OPTIONS,
			minLabel: 48,
			labelReserve: 150,
			clusterLabelWidth: (count) => labelWidthOf(`${count} events`),
			labelFit: (index, room) => labelFit(titles[index]!, room),
			maxX: 616
		};
		const marks = placeMarks(
			[425, 515, 575].map((x, index) => ({
				id: titles[index]!,
				x,
				x2: x,
				labelWidth: labelWidthOf(titles[index]!)
			})),
			options
		);
		const shown = marks.filter((each) => labelWords(titles[each.first]!, each.labelWidth).text);
		expect(shown.map((each) => each.ids[0])).toEqual(titles.slice(0, 2));
	});

	it('leaves a pinned event in its extra lane, and moves nothing that would not show more', () => {
		const marks = [mark('a', 20, 0, 100), mark('b', 300, 1, 100), mark('pinned', 25, 2, 500)];
		improveLanes(marks, 2, OPTIONS);
		expect(marks.map((each) => each.lane)).toEqual([0, 1, 2]);
	});
});

/**
 * How many single marks of `marks` show no word of their title, and how many show some but not all,
 * once each lane is labelled.
 */
function labelLoss(marks: Mark[], options: LaneOptions): [hidden: number, cut: number] {
	const copies = marks.map((each) => ({ ...each }));
	labelled(copies, options);
	const loss: [number, number] = [0, 0];
	copies.forEach((each, index) => {
		if (each.ids.length > 1 || Math.max(each.x, each.x2) < (options.minX ?? 0)) return;
		if (each.labelWidth >= marks[index]!.labelWidth) return;
		const words = options.labelFit!(each.first, each.labelWidth).used;
		loss[each.labelWidth && words ? 1 : 0]++;
	});
	return loss;
}

describe("on the real data, no move of a mark or trade of two lanes' ends would hide fewer titles, or cut fewer", () => {
	const entries = toTimelineEntries(loadDataset('data').dataset!.events);
	const track = trackOf(entries);
	const domain = trackDomain(track);
	const span = domain[1] - domain[0];
	// Views as a reader opens them: all of it, then zoomed in on 2021–22 and on 2023.
	const views = [
		{ name: 'the whole record', k: 1, from: domain[0] },
		{ name: 'two years from 2021', k: 1.5, from: domain[0] },
		{ name: 'half of it, to 2024', k: 2, from: domain[0] + span / 2 },
		{ name: 'a year from spring 2023', k: 3, from: Date.UTC(2023, 2, 1) }
	];
	// Layout widths where labels may be cut: 620 is also a 1280 px screen's frame beside an open event.
	for (const width of [620, 780])
		for (const { name, k, from } of views)
			it(`${width} px, ${name}`, () => {
				const x = (-(from - domain[0]) / span) * width * k;
				const { marks } = timelineGeometry({ track, domain, view: { k, x }, width });
				const options: LaneOptions = {
					lanes: 0,
					radius: MARK_RADIUS,
					gap: 4,
					minLabel: 48,
					clusterLabelWidth: (count) => labelWidthOf(`${count} events`),
					clusterLabelShown: labelWidthOf('events'),
					labelFit: (index, room) => labelFit(entries[index]!.title, room),
					minX: 4,
					maxX: width - 4
				};
				// As packing left them: each single mark wanting its whole title.
				const packed = marks.map((each) => ({
					...each,
					labelWidth: each.ids.length > 1 ? 0 : labelWidthOf(entries[each.first]!.title),
					labelLeft: false,
					labelShift: 0
				}));
				const now = labelLoss(packed, options);
				const lanes = Math.max(...packed.map((each) => each.lane)) + 1;
				const fits = (earlier?: Mark, later?: Mark) =>
					!earlier ||
					!later ||
					later.x - MARK_RADIUS >= Math.max(earlier.x2, earlier.x + MARK_RADIUS) + 4;
				const laneOf = (lane: number) =>
					packed.filter((each) => each.lane === lane).sort((a, b) => a.x - b.x);
				for (let from = 0; from < lanes; from++)
					for (let to = 0; to < lanes; to++) {
						if (to === from) continue;
						const row = laneOf(from);
						const other = laneOf(to);
						row.forEach((mover, at) => {
							const tries: Mark[][] = [];
							const before = other.filter((each) => each.x <= mover.x).length;
							if (fits(other[before - 1], mover) && fits(mover, other[before])) tries.push([mover]);
							for (let split = 0; split <= other.length; split++)
								if (at > 0 && fits(row[at - 1], other[split]) && fits(other[split - 1], mover))
									tries.push([...row.slice(at), ...other.slice(split)]);
							for (const moved of tries) {
								const inTail = new Set(moved);
								const trial = packed.map((each) =>
									inTail.has(each) ? { ...each, lane: each.lane === from ? to : from } : each
								);
								const [hidden, cut] = labelLoss(trial, options);
								expect(
									hidden < now[0] || (hidden === now[0] && cut < now[1]),
									`${entries[mover.first]!.title} to lane ${to}: ${hidden} hidden, ${cut} cut, from ${now}`
								).toBe(false);
							}
						});
					}
			});
});

describe('on the real data, focusing or selecting an event moves no other mark', () => {
	const entries = toTimelineEntries(loadDataset('data').dataset!.events);
	const track = trackOf(entries);
	const domain = trackDomain(track);
	// Views where events fall into clusters, from which a focused or selected one comes out.
	for (const width of [620, 780, 960, 1200])
		for (const [k, at] of [
			[1, 0],
			[2, 0.5],
			[4, 0.75]
		] as const)
			it(`${width} px, zoom ${k}`, () => {
				const view = { k, x: -at * width * k };
				const { marks } = timelineGeometry({ track, domain, view, width });
				const lanes = new Map(marks.map((mark) => [mark.key, mark.lane]));
				for (const id of marks.flatMap((mark) => mark.ids)) {
					const pinned = timelineGeometry({ track, domain, view, width, pinned: [id] });
					for (const mark of pinned.marks)
						if (mark.ids[0] !== id && lanes.has(mark.key))
							expect(mark.lane, `${mark.key} with ${id} focused`).toBe(lanes.get(mark.key));
				}
			});
});
