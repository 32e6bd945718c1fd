// From a track and a view to the marks drawn: the events in view, each leading back to its entry; clusters get room for their whole label.
import { describe, expect, it } from 'vitest';
import { labelFit, labelWidthOf, labelWords, layoutMarks } from '../../src/lib/timeline/marks';
import { trackOf } from '../../src/lib/timeline/track';
import { timeToIsoDate } from '../../src/lib/timeline/isoDate';
import type { TimelineEntry } from '../../src/lib/model';

const DAY = 86_400_000;
const start = Date.UTC(2021, 0, 1);

function entry(id: string, time: number, title = 'An event'): TimelineEntry {
	const date = timeToIsoDate(time);
	return {
		id,
		title,
		start: date,
		precision: 'day',
		kind: 'talks',
		themes: [],
		dateWithOrigin: date,
		shortDateLabel: date,
		voices: []
	};
}

describe('layoutMarks', () => {
	const options = { lanes: 2, labelReserve: 220, pinned: new Set<string>() };
	const extent = {
		domain: [start - 10 * DAY, start + 400 * DAY] as [number, number],
		width: 1000,
		minSpan: 7 * DAY
	};

	it('gives a cluster room for its count and the word "events", however many digits', () => {
		for (const count of [5, 2321]) {
			const entries = Array.from({ length: count }, (_, index) =>
				entry(`e${index}`, start, `Event number ${index}`)
			);
			const marks = layoutMarks(trackOf(entries), { k: 1, x: 0 }, extent, options);
			const cluster = marks.find((mark) => mark.ids.length > 1)!;
			expect(cluster.labelWidth).toBe(labelWidthOf(`${cluster.ids.length} events`));
			expect(cluster.key).toBe(`e0…${cluster.ids.at(-1)}/${cluster.ids.length}`);
		}
	});

	it('gives an event of a highlighted theme the room of its bold label', () => {
		const title = 'Biden–Xi phone call on Taiwan and trade';
		const entries = [
			{ ...entry('a', start, title), themes: ['taiwan'] },
			{ ...entry('b', start + 100 * DAY, title), themes: ['trade'] }
		];
		const marks = layoutMarks(trackOf(entries), { k: 1, x: 0 }, extent, {
			...options,
			highlightThemes: ['taiwan']
		});
		expect(labelWidthOf(title, true)).toBeGreaterThan(labelWidthOf(title));
		expect(marks.map((mark) => mark.labelWidth)).toEqual([
			labelWidthOf(title, true),
			labelWidthOf(title)
		]);
		// In a room that holds the regular title whole, the bold one is cut.
		expect(labelWords(title, labelWidthOf(title), labelWidthOf(title), true).text).not.toBe(title);
	});

	it('lays out only the events in view, each mark leading back to its entry', () => {
		const entries = Array.from({ length: 100 }, (_, index) =>
			entry(`e${index}`, start + index * 4 * DAY)
		);
		// Zoomed 8× on the start: about 51 days of the 410 are in view.
		const marks = layoutMarks(trackOf(entries), { k: 8, x: 0 }, extent, options);
		const ids = marks.flatMap((mark) => mark.ids);
		expect(ids).toContain('e0');
		expect(ids).not.toContain('e20');
		for (const mark of marks) {
			expect(entries[mark.first]!.id).toBe(mark.ids[0]);
			expect(entries[mark.last]!.id).toBe(mark.ids.at(-1));
		}
	});

	it('asks for as much room as the title needs, and gets what its lane has up to the frame edge', () => {
		const short = layoutMarks(
			trackOf([entry('a', start, 'Talks')]),
			{ k: 1, x: 0 },
			extent,
			options
		);
		expect(short[0]!.labelWidth).toBe(labelWidthOf('Talks'));
		const long = layoutMarks(
			trackOf([entry('a', start, 'A very long title '.repeat(10))]),
			{ k: 1, x: 0 },
			extent,
			options
		);
		const mark = long[0]!;
		const room = extent.width - 4 - (mark.x + 12 + 4);
		expect(mark.labelWidth).toBeCloseTo(room, 6);
		expect(mark.labelWidth).toBeGreaterThan(options.labelReserve);
	});

	it('cuts a label at a word boundary, with an ellipsis, when its room is short of the title', () => {
		const labelText = (text: string, width: number, bold = false) =>
			labelWords(text, width, width, bold).text;
		const title = 'Blinken postpones his trip to Beijing';
		expect(labelText(title, labelWidthOf(title))).toBe(title);
		expect(labelText(title, labelWidthOf(title) - 1)).toBe('Blinken postpones his trip to…');
		expect(labelText(title, labelWidthOf('Blinken…'))).toBe('Blinken…');
		expect(labelText(title, labelWidthOf('Blinken…') - 1)).toBe('');
		// Bold type is wider: fewer words fit the same room.
		const room = labelWidthOf('Blinken postpones his trip…');
		expect(labelText(title, room, true).length).toBeLessThan(labelText(title, room).length);
	});

	it('gives the words a wider room adds, each with the room it needs, and the ellipsis until the whole title fits', () => {
		const title = 'Blinken postpones his trip to Beijing';
		const width = labelWidthOf('Blinken postpones…');
		const words = labelWords(title, width, labelWidthOf(title));
		expect(words.text).toBe('Blinken postpones');
		expect(words.more).toEqual([
			[' his', labelWidthOf('Blinken postpones his…')],
			[' trip', labelWidthOf('Blinken postpones his trip…')],
			[' to', labelWidthOf('Blinken postpones his trip to…')],
			[' Beijing', labelWidthOf(title)],
			['…', labelWidthOf(title)]
		]);
		// Read as a reader sees it: at each room, the words shown and the ellipsis unless whole.
		const shown = (room: number) =>
			words.text +
			words.more
				.filter(([added, needs]) => (added === '…' ? room < needs : room >= needs))
				.map(([added]) => added)
				.join('');
		expect(shown(width)).toBe('Blinken postpones…');
		expect(shown(labelWidthOf('Blinken postpones his trip…'))).toBe('Blinken postpones his trip…');
		expect(shown(labelWidthOf(title) - 1)).toBe('Blinken postpones his trip to…');
		expect(shown(labelWidthOf(title))).toBe(title);
	});

	it('tells how much of a room a label’s words fill, and what its next word needs', () => {
		const title = 'Blinken postpones his trip to Beijing';
		expect(labelFit(title, labelWidthOf(title) + 40)).toEqual({
			used: labelWidthOf(title),
			next: Infinity
		});
		expect(labelFit(title, labelWidthOf('Blinken postpones…') + 9)).toEqual({
			used: labelWidthOf('Blinken postpones…'),
			next: labelWidthOf('Blinken postpones his…')
		});
		expect(labelFit(title, labelWidthOf('Blinken…') - 1)).toEqual({
			used: 0,
			next: labelWidthOf('Blinken…')
		});
		// The same words fit in what they use and no less; the next word needs more than the room.
		for (let room = 40; room <= labelWidthOf(title) + 10; room++) {
			const { used, next } = labelFit(title, room);
			const shown = labelWords(title, room).text;
			expect(used).toBeLessThanOrEqual(room);
			expect(next).toBeGreaterThan(room);
			if (next < Infinity) expect(labelWords(title, next).text).not.toBe(shown);
			if (used === 0) continue;
			expect(labelWords(title, used).text, `room ${room}`).toBe(shown);
			expect(labelWords(title, used - 1).text, `room ${room}`).not.toBe(shown);
		}
	});

	it('keeps the ellipsis when the whole title needs more room than asked about', () => {
		const title = 'Blinken postpones his trip to Beijing';
		const words = labelWords(title, labelWidthOf('Blinken…'), labelWidthOf('Blinken postpones…'));
		expect(words).toEqual({
			text: 'Blinken',
			more: [
				[' postpones', labelWidthOf('Blinken postpones…')],
				['…', Infinity]
			]
		});
		// Nothing to add: the label says what it says today, ellipsis and all.
		expect(labelWords(title, labelWidthOf('Blinken…'))).toEqual({ text: 'Blinken…', more: [] });
	});
});
