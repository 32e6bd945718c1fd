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
	const labelEnd = mark.labelWidth > 0 ? mark.x + radius + gap + mark.labelWidth : -Infinity;
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

	it('stops labels at the right edge, hiding those with no room', () => {
		const items = [
			{ id: 'a', x: 900, x2: 900, labelWidth: 200 },
			{ id: 'b', x: 990, x2: 990, labelWidth: 200 }
		];
		const marks = placeMarks(items, { ...OPTIONS, maxX: 1000 });
		expect(marks.find((mark) => mark.ids[0] === 'a')!.labelWidth).toBe(1000 - 900 - 16);
		expect(marks.find((mark) => mark.ids[0] === 'b')!.labelWidth).toBe(0);
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
			const items = randomItems(Math.floor(random() * 400) + 1, 1200, seed);
			const marks = placeMarks(items, { ...OPTIONS, lanes: 1 + (seed % 6) });
			expectNoOverlaps(marks);
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
