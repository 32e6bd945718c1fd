// Lane packing: marks and labels never overlap, every event is shown once, clusters only when needed.
import { describe, expect, it } from 'vitest';
import {
	placeMarks,
	placeMarksFrom,
	type Candidate,
	type LaneOptions,
	type Mark
} from '../../src/lib/timeline/lanes';

const OPTIONS: LaneOptions = {
	lanes: 4,
	radius: 12,
	gap: 4,
	minLabel: 40,
	clusterLabelWidth: () => 60
};

/** One lane of a frame 1,000 px wide, with its edges' margins. */
const ONE_LANE: LaneOptions = { ...OPTIONS, lanes: 1, minX: 4, maxX: 996 };

function seeded(seed: number) {
	return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function randomItems(count: number, width: number, seed: number): Omit<Candidate, 'index'>[] {
	const random = seeded(seed);
	return Array.from({ length: count }, (_, index) => {
		const x = random() * width;
		return {
			id: `e${index}`,
			x,
			x2: random() < 0.2 ? x + random() * 80 : x,
			labelWidth: 30 + random() * 170
		};
	}).sort((a, b) => a.x - b.x);
}

/** Every horizontal interval a mark occupies in its lane: its hit area, its span and its label. */
function occupied(mark: Mark): [number, number] {
	const { radius, gap } = OPTIONS;
	if (mark.labelLeft)
		return [mark.x - radius - gap - mark.labelWidth, Math.max(mark.x + radius, mark.x2)];
	const labelEnd =
		mark.labelWidth > 0 ? mark.x + radius + gap + mark.labelShift + mark.labelWidth : -Infinity;
	return [mark.x - radius, Math.max(mark.x + radius, mark.x2, labelEnd)];
}

function expectNoOverlaps(marks: Mark[]) {
	for (const lane of new Set(marks.map((mark) => mark.lane))) {
		const inLane = marks.filter((mark) => mark.lane === lane).sort((a, b) => a.x - b.x);
		for (let index = 1; index < inLane.length; index++) {
			const [, previousEnd] = occupied(inLane[index - 1]!);
			const [start] = occupied(inLane[index]!);
			expect(
				start,
				`lane ${lane}: ${inLane[index - 1]!.ids} overlaps ${inLane[index]!.ids}`
			).toBeGreaterThanOrEqual(previousEnd);
		}
	}
}

describe('placeMarks', () => {
	it('gives sparse events their own marks and whole labels in the first lane', () => {
		const items = [0, 300, 600].map((x, index) => ({ id: `e${index}`, x, x2: x, labelWidth: 120 }));
		const marks = placeMarks(items, OPTIONS);
		expect(marks.map((mark) => [mark.ids, mark.lane, mark.labelWidth])).toEqual([
			[['e0'], 0, 120],
			[['e1'], 0, 120],
			[['e2'], 0, 120]
		]);
	});

	it('stops labels at the right edge, or turns them to the left where there is more room', () => {
		const items = [
			{ id: 'a', x: 900, x2: 900, labelWidth: 200 },
			{ id: 'b', x: 990, x2: 990, labelWidth: 200 }
		];
		// b goes to lane 1 (a holds lane 0 with its label): a's label stops at the edge; b has no
		// room on its right and less on its left than it wants, and takes that.
		const marks = placeMarks(items, { ...OPTIONS, minX: 860, maxX: 1000 });
		const [a, b] = ['a', 'b'].map((id) => marks.find((mark) => mark.ids[0] === id)!);
		expect([a!.labelLeft, a!.labelWidth]).toEqual([false, 1000 - 900 - 16]);
		expect([b!.labelLeft, b!.labelWidth]).toEqual([true, 990 - 16 - 860]);
	});

	it('gives a label all the room up to the next mark of its lane, beyond what packing held for it', () => {
		const items = [
			{ id: 'a', x: 0, x2: 0, labelWidth: 400 },
			{ id: 'b', x: 300, x2: 300, labelWidth: 100 }
		];
		const marks = placeMarks(items, { ...OPTIONS, lanes: 1, labelReserve: 150 });
		// In the one lane, b starts after a's reserved 150 px; a's label then runs up to b.
		expect(marks.map((mark) => [mark.ids[0], mark.lane, mark.labelWidth])).toEqual([
			['a', 0, 300 - 12 - 4 - 16],
			['b', 0, 100]
		]);
		expectNoOverlaps(marks);
	});

	it('puts the label of the last mark of a lane on its left when the right edge leaves more room there', () => {
		const items = [
			{ id: 'a', x: 100, x2: 100, labelWidth: 80 },
			{ id: 'b', x: 950, x2: 950, labelWidth: 200 }
		];
		const marks = placeMarks(items, { ...OPTIONS, minX: 4, maxX: 996 });
		const b = marks.find((mark) => mark.ids[0] === 'b')!;
		expect(b.labelLeft).toBe(true);
		expect(b.labelWidth).toBe(200);
		expect(marks.find((mark) => mark.ids[0] === 'a')!.labelLeft).toBe(false);
		expectNoOverlaps(marks);
	});

	it('keeps a label on the right when it fits there', () => {
		const items = [{ id: 'a', x: 700, x2: 700, labelWidth: 200 }];
		const [mark] = placeMarks(items, { ...OPTIONS, minX: 4, maxX: 996 });
		expect([mark!.labelLeft, mark!.labelWidth]).toEqual([false, 200]);
	});

	it('starts the label of a long event begun past the left edge at the edge, with the room left to it', () => {
		const items = [
			{ id: 'a', x: -40, x2: 60, labelWidth: 200 },
			{ id: 'b', x: 150, x2: 150, labelWidth: 80 }
		];
		const marks = placeMarks(items, { ...ONE_LANE, labelReserve: 80 });
		const a = marks.find((mark) => mark.ids[0] === 'a')!;
		expect(a.labelShift).toBe(4 - (-40 + 12 + 4));
		expect(a.labelWidth).toBe(150 - 12 - 4 - 4);
		expectNoOverlaps(marks);
	});

	it('hides the label of a mark past the left edge when too little of the lane is left', () => {
		const items = [
			{ id: 'a', x: -40, x2: 20, labelWidth: 200 },
			{ id: 'b', x: 40, x2: 40, labelWidth: 80 }
		];
		const marks = placeMarks(items, { ...ONE_LANE, labelReserve: 40 });
		expect(marks.find((mark) => mark.ids[0] === 'a')!.labelWidth).toBe(0);
	});

	it('shows no label for a mark wholly past the left edge: it would seem to name the time at the edge', () => {
		const items = [
			{ id: 'a', x: -40, x2: -40, labelWidth: 200 },
			{ id: 'b', x: 600, x2: 600, labelWidth: 80 }
		];
		const marks = placeMarks(items, { ...ONE_LANE, labelReserve: 80 });
		expect(marks.find((mark) => mark.ids[0] === 'a')!.labelWidth).toBe(0);
		// Half its node cut off by the edge, still none; its centre in the frame, the label goes with it.
		const halfCut = placeMarks([{ ...items[0]!, x: 2, x2: 2 }, items[1]!], {
			...ONE_LANE,
			labelReserve: 80
		});
		expect(halfCut.find((mark) => mark.ids[0] === 'a')!.labelWidth).toBe(0);
		const nearer = placeMarks([{ ...items[0]!, x: 6, x2: 6 }, items[1]!], {
			...ONE_LANE,
			labelReserve: 80
		});
		expect(nearer.find((mark) => mark.ids[0] === 'a')!.labelWidth).toBeGreaterThan(0);
	});

	it('puts a mark in a higher lane where its whole label fits, rather than cut it short', () => {
		const items = [
			{ id: 'a', x: 0, x2: 0, labelWidth: 400 },
			{ id: 'b', x: 300, x2: 300, labelWidth: 100 }
		];
		const marks = placeMarks(items, { ...OPTIONS, labelReserve: 150 });
		expect(marks.map((mark) => [mark.ids[0], mark.lane, mark.labelWidth])).toEqual([
			['a', 0, 400],
			['b', 1, 100]
		]);
	});

	/** Two marks in one lane of a 1000 px frame, the second near its right edge. */
	const twoInOneLane = (firstLabel: number, wholeLabels?: boolean) =>
		placeMarks(
			[
				{ id: 'a', x: 500, x2: 500, labelWidth: firstLabel },
				{ id: 'b', x: 900, x2: 900, labelWidth: 300 }
			],
			{ ...ONE_LANE, labelReserve: 150, wholeLabels }
		);

	it('shares the gap between a label and the left-side label of the last mark of the lane', () => {
		const marks = twoInOneLane(400);
		const [a, b] = marks;
		const space = 900 - 16 - (500 + 16);
		expect(b!.labelLeft).toBe(true);
		expect(a!.labelWidth).toBeCloseTo((space - 4) / 2, 6);
		expect(b!.labelWidth).toBeCloseTo((space - 4) / 2, 6);
		expectNoOverlaps(marks);
	});

	it('shares that gap word by word: each label takes what the other’s words leave of its half', () => {
		// Words of a's label are 50 px long, and of b's `bWord`: a label fills its room down to a
		// whole number of words.
		const shareWithWords = (bWord: number) => {
			const word = [50, bWord];
			const labelFit = (index: number, room: number) => {
				const used = Math.floor(room / word[index]!) * word[index]!;
				return { used, next: used + word[index]! };
			};
			const marks = placeMarks(
				[
					{ id: 'a', x: 500, x2: 500, labelWidth: 400 },
					{ id: 'b', x: 900, x2: 900, labelWidth: 300 }
				],
				{ ...ONE_LANE, labelReserve: 150, labelFit }
			);
			expect(marks[1]!.labelLeft).toBe(true);
			expectNoOverlaps(marks);
			return marks.map((mark, index) => [mark.labelWidth, labelFit(index, mark.labelWidth).used]);
		};
		const shared = 900 - 16 - (500 + 16) - 4;
		// Halves of 182 px would show 150 px of each, leaving 64 px free between their words; a's
		// shows 150 px, b's takes the rest and shows 200, and the 14 px neither uses go to b, whose
		// next word that brings on a narrower frame than a's (250 / 214 < 200 / 164).
		expect(shareWithWords(50)).toEqual([
			[150, 150],
			[shared - 150, 200]
		]);
		// With b's words 100 px long, a's next word comes first: the 14 px go to a.
		expect(shareWithWords(100)).toEqual([
			[shared - 200, 150],
			[200, 200]
		]);
	});

	it('gives no share of the gap to a label that shows nothing', () => {
		// A label's words: the rooms (px) its starts need, shortest first.
		const steps: Record<number, number[]> = { 0: [60, 250, 400], 1: [145, 200, 300] };
		const labelFit = (index: number, room: number) => {
			const fits = steps[index]!.filter((step) => step <= room);
			return {
				used: fits.at(-1) ?? 0,
				next: steps[index]![fits.length] ?? Infinity
			};
		};
		// b's first word does not fit what a's words leave on its left: b keeps its place on the
		// right (too narrow there to show), and a keeps the whole gap for its next word.
		const [a, b] = placeMarks(
			[
				{ id: 'a', x: 714, x2: 714, labelWidth: 400 },
				{ id: 'b', x: 950, x2: 950, labelWidth: 300 }
			],
			{ ...ONE_LANE, labelReserve: 150, labelFit }
		);
		expect(b!.labelLeft).toBe(false);
		expect(b!.labelWidth).toBe(0);
		expect(a!.labelWidth).toBe(950 - 16 - (714 + 16));
		// A previous mark far past the left edge shows no label: the last label takes all the gap.
		const [, last] = placeMarks(
			[
				{ id: 'a', x: -215, x2: -215, labelWidth: 200 },
				{ id: 'b', x: 600, x2: 600, labelWidth: 500 }
			],
			{
				...ONE_LANE,
				maxX: 616,
				labelReserve: 150,
				labelFit: (_index, room) => ({ used: room, next: Infinity })
			}
		);
		expect(last!.labelLeft).toBe(true);
		expect(last!.labelWidth).toBe(500);
	});

	it('keeps every label whole where asked: a mark that would cut one joins the cluster it falls under', () => {
		// One lane: c has room after what b's label holds, so it would cut b's label, but it is
		// near enough to join b's mark (under the cluster's label: 300 + 12 + 4 + 60).
		const items = [
			{ id: 'a', x: 0, x2: 0, labelWidth: 200 },
			{ id: 'b', x: 300, x2: 300, labelWidth: 200 },
			{ id: 'c', x: 376, x2: 376, labelWidth: 200 }
		];
		const options = { ...OPTIONS, lanes: 1, labelReserve: 40, maxX: 2000 };
		const cut = placeMarks(items, options);
		expect(cut.map((mark) => mark.ids)).toEqual([['a'], ['b'], ['c']]);
		expect(cut[1]!.labelWidth).toBeLessThan(200);

		const whole = placeMarks(items, { ...options, wholeLabels: true });
		expect(whole.map((mark) => [mark.ids, mark.labelWidth, mark.x2])).toEqual([
			[['a'], 200, 0],
			[['b', 'c'], 60, 376]
		]);
	});

	it('where labels are kept whole, shares no gap: the previous label keeps all it wants', () => {
		const marks = twoInOneLane(200, true);
		const [a, b] = marks;
		expect(a!.labelWidth).toBe(200);
		// b's label takes what a's leaves on its left, or stays right, whichever is wider.
		const left = 900 - 16 - (500 + 16 + 200 + 4);
		expect(b!.labelWidth).toBe(Math.max(left, 996 - 916));
		expectNoOverlaps(marks);
	});

	it('draws a cluster reaching to its last event, and keeps its lane that far', () => {
		// One lane: b (a long event) finds no room and joins a; the cluster then reaches to b's
		// end, so c, under that reach, joins it too, and d, past it, has a mark of its own.
		const items = [
			{ id: 'a', x: 0, x2: 0, labelWidth: 60 },
			{ id: 'b', x: 10, x2: 400, labelWidth: 60 },
			{ id: 'c', x: 200, x2: 200, labelWidth: 60 },
			{ id: 'd', x: 500, x2: 500, labelWidth: 60 }
		];
		const marks = placeMarks(items, { ...OPTIONS, lanes: 1, maxX: 2000 });
		expect(marks.map((mark) => [mark.ids, mark.x, mark.x2])).toEqual([
			[['a', 'b', 'c'], 0, 400],
			[['d'], 500, 500]
		]);
		expectNoOverlaps(marks);
	});

	it('does not stretch a cluster to an event far past it, which keeps its own place instead', () => {
		// Two lanes full of long labels, then an event far to the right of the crowd.
		const items = [
			{ id: 'a', x: 0, x2: 0, labelWidth: 1000 },
			{ id: 'b', x: 1, x2: 1, labelWidth: 1000 },
			{ id: 'c', x: 2, x2: 2, labelWidth: 100 },
			{ id: 'd', x: 500, x2: 500, labelWidth: 100 }
		];
		const marks = placeMarks(items, {
			...OPTIONS,
			lanes: 2,
			labelReserve: 150,
			maxX: 2000,
			wholeLabels: true
		});
		expect(marks.map((mark) => mark.ids)).toEqual([['a'], ['b', 'c'], ['d']]);
		expect(marks[2]!.x).toBe(500);
	});

	it('where a label must be cut, cuts the one that loses least', () => {
		// Lanes 0 and 1 both have room for c's mark; a's label (lane 0) would lose more than b's.
		const items = [
			{ id: 'a', x: 0, x2: 0, labelWidth: 400 },
			{ id: 'b', x: 100, x2: 100, labelWidth: 200 },
			{ id: 'c', x: 200, x2: 200, labelWidth: 100 }
		];
		const marks = placeMarks(items, { ...OPTIONS, lanes: 2, labelReserve: 60 });
		expect(marks.find((mark) => mark.ids[0] === 'c')!.lane).toBe(1);
		expect(marks.find((mark) => mark.ids[0] === 'a')!.labelWidth).toBe(400);
	});

	it('shows a cluster’s label whole or not at all', () => {
		// Two events merge at 100, between edges that leave less than "2 events" (60 px) either side.
		const items = [
			{ id: 'a', x: 100, x2: 100, labelWidth: 80 },
			{ id: 'b', x: 101, x2: 101, labelWidth: 80 }
		];
		const options = { ...OPTIONS, lanes: 1, minX: 40, maxX: 170 };
		const [cluster] = placeMarks(items, options);
		expect(cluster!.ids).toEqual(['a', 'b']);
		expect(cluster!.labelWidth).toBe(0);
		// With room for it, the label is whole.
		expect(placeMarks(items, { ...options, maxX: 180 })[0]!.labelWidth).toBe(60);
		// Room on its left only: none, rather than a word before its count ("events 2").
		const [leftOnly] = placeMarks(items, { ...options, minX: 0 });
		expect([leftOnly!.labelLeft, leftOnly!.labelWidth]).toEqual([false, 0]);
	});

	it('stacks events on the same day in separate lanes', () => {
		const items = ['a', 'b', 'c'].map((id) => ({ id, x: 100, x2: 100, labelWidth: 80 }));
		const marks = placeMarks(items, OPTIONS);
		expect(marks.map((mark) => mark.lane).sort()).toEqual([0, 1, 2]);
		expect(marks.every((mark) => mark.ids.length === 1 && mark.labelWidth === 80)).toBe(true);
	});

	it('merges what does not fit into a cluster that lists every event', () => {
		const items = Array.from({ length: 10 }, (_, index) => ({
			id: `e${index}`,
			x: 100 + index,
			x2: 100 + index,
			labelWidth: 80
		}));
		const marks = placeMarks(items, OPTIONS);
		expect(marks.length).toBeLessThanOrEqual(OPTIONS.lanes);
		expect(marks.some((mark) => mark.ids.length > 1)).toBe(true);
		expect(marks.flatMap((mark) => mark.ids).sort()).toEqual(items.map((item) => item.id).sort());
	});

	it('keeps pinned events as single marks even in a crowd', () => {
		const items = Array.from({ length: 30 }, (_, index) => ({
			id: `e${index}`,
			x: 200 + index,
			x2: 200 + index,
			labelWidth: 80
		}));
		const marks = placeMarks(items, { ...OPTIONS, pinned: new Set(['e17']) });
		expect(marks.find((mark) => mark.ids.includes('e17'))!.ids).toEqual(['e17']);
		expectNoOverlaps(marks);
	});

	it.each([1, 2, 3, 4, 5, 6, 7, 8])(
		'never overlaps and shows every event once (random seed %i)',
		(seed) => {
			const random = seeded(seed * 7919);
			// Some events start before the frame's left edge, as after a pan.
			const items = randomItems(Math.floor(random() * 400) + 1, 1300, seed).map((item) => ({
				...item,
				x: item.x - 100,
				x2: item.x2 - 100
			}));
			const edges = { minX: 4, maxX: 1196 };
			const marks = placeMarks(items, {
				...OPTIONS,
				...edges,
				lanes: 1 + (seed % 6),
				labelReserve: 120
			});
			expectNoOverlaps(marks);
			for (const mark of marks.filter((mark) => mark.labelWidth > 0)) {
				const start = mark.labelLeft
					? mark.x - OPTIONS.radius - OPTIONS.gap - mark.labelWidth
					: mark.x + OPTIONS.radius + OPTIONS.gap + mark.labelShift;
				expect(start, `label of ${mark.ids[0]} starts inside the frame`).toBeGreaterThanOrEqual(
					edges.minX
				);
				expect(start + mark.labelWidth).toBeLessThanOrEqual(edges.maxX + 1e-9);
			}
			expect(marks.flatMap((mark) => mark.ids).sort()).toEqual(items.map((item) => item.id).sort());
			expect(Math.max(...marks.map((mark) => mark.lane))).toBeLessThan(1 + (seed % 6));
			// A cluster lists its events in time order: its name runs from the first to the last.
			const order = new Map(items.map((item, index) => [item.id, index]));
			for (const mark of marks) {
				const positions = mark.ids.map((id) => order.get(id)!);
				expect(positions).toEqual([...positions].sort((a, b) => a - b));
			}
			for (const mark of marks)
				expect(mark.labelWidth === 0 || mark.labelWidth >= Math.min(OPTIONS.minLabel, 30)).toBe(
					true
				);
		}
	);

	it('handles 10,000 events quickly', () => {
		const items = randomItems(10_000, 1200, 99);
		const started = performance.now();
		const marks = placeMarks(items, OPTIONS);
		expect(performance.now() - started).toBeLessThan(200);
		expect(marks.flatMap((mark) => mark.ids)).toHaveLength(10_000);
	});

	it('leads each mark back to the positions of its anchor and its last member', () => {
		for (const seed of [1, 2, 3]) {
			const items = randomItems(3000, 900, seed);
			const marks = placeMarks(items, OPTIONS);
			expect(marks.some((mark) => mark.ids.length > 1)).toBe(true);
			for (const mark of marks) {
				expect(items[mark.first]!.id).toBe(mark.ids[0]);
				expect(items[mark.last]!.id).toBe(mark.ids.at(-1));
			}
		}
	});

	it('places the same marks when its items come one at a time in a single refilled object', () => {
		for (const seed of [1, 2, 3, 4, 5]) {
			const items = randomItems(2000, 900, seed);
			const pinned = new Set([items[500]!.id]);
			const input: Candidate = { id: '', index: 0, x: 0, x2: 0, labelWidth: 0 };
			let index = 0;
			const refilled = placeMarksFrom(
				() => {
					const item = items[index];
					return item && Object.assign(input, item, { index: index++ });
				},
				{ ...OPTIONS, pinned }
			);
			expect(refilled).toEqual(placeMarks(items, { ...OPTIONS, pinned }));
		}
	});
});
