// From events and a view to the marks drawn: clusters get room for their whole label.
import { describe, expect, it } from 'vitest';
import { layoutMarks, type TimelineItem } from '../../src/lib/timeline/marks';

const DAY = 86_400_000;
const start = Date.UTC(2021, 0, 1);

function sameDay(count: number): TimelineItem[] {
	return Array.from({ length: count }, (_, index) => ({
		id: `e${index}`,
		title: `Event number ${index}`,
		start,
		end: start
	}));
}

describe('layoutMarks', () => {
	const options = { lanes: 2, maxLabelWidth: 220, charWidth: 7.4, pinned: new Set<string>() };
	const extent = {
		domain: [start - 10 * DAY, start + 400 * DAY] as [number, number],
		width: 1000,
		minSpan: 7 * DAY
	};

	it('gives a cluster room for its count and the word "events", however many digits', () => {
		for (const count of [5, 2321]) {
			const marks = layoutMarks(sameDay(count), 0, { k: 1, x: 0 }, extent, options);
			const cluster = marks.find((mark) => mark.ids.length > 1)!;
			const label = `${cluster.ids.length} events`;
			expect(cluster.labelWidth).toBeGreaterThanOrEqual(label.length * options.charWidth);
		}
	});

	it('lays out only the events in view, each mark leading back to its item', () => {
		const items = Array.from({ length: 100 }, (_, index) => ({
			id: `e${index}`,
			title: 'An event',
			start: start + index * 4 * DAY,
			end: start + index * 4 * DAY
		}));
		// Zoomed 8× on the start: about 51 days of the 410 are in view.
		const marks = layoutMarks(items, 0, { k: 8, x: 0 }, extent, options);
		const ids = marks.flatMap((mark) => mark.ids);
		expect(ids).toContain('e0');
		expect(ids).not.toContain('e20');
		for (const mark of marks) expect(items[mark.index]!.id).toBe(mark.ids[0]);
	});
});
