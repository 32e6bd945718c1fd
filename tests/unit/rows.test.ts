// The vertical timeline's rows: gaps proportional to time, capped and broken beyond a limit, years
// marked, threads down the gutter, and the density a range of dates asks for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERTICAL_BELOW } from '../../src/lib/timeline/geometry';
import { LAYOUT_WIDTHS } from '../../src/lib/timeline/layoutWidths';
import {
	dateInYear,
	rowName,
	densityForRange,
	elapsedLabel,
	estimatedHeight,
	maxDensityFactor,
	openingDensity,
	rowAtOffset,
	rowsByYear,
	rowThreads,
	rowWindow,
	ROW_WINDOW,
	timelineRows,
	windowStartFor
} from '../../src/lib/timeline/rows';
import { trackOf } from '../../src/lib/timeline/track';
import { DAY } from '../../src/lib/timeline/zoom';
import type { TimelineEntry } from '../../src/lib/model';

const entry = (id: string, start: string, themes: string[] = []): TimelineEntry => ({
	id,
	title: id,
	start,
	precision: 'day',
	kind: 'talks',
	themes,
	voices: [],
	dateWithOrigin: start,
	shortDateLabel: start
});

const track = trackOf([
	entry('a', '2021-12-30', ['taiwan']),
	entry('b', '2022-01-02', ['trade']),
	entry('c', '2022-01-02', ['taiwan', 'trade']),
	entry('d', '2022-07-01', ['taiwan'])
]);

describe('timelineRows', () => {
	it('spaces rows by the time between their events, and caps long silences with a break', () => {
		const rows = timelineRows(track, { pxPerDay: 2, maxGap: 120 });
		expect(rows.map((row) => [row.index, row.gap, row.broken])).toEqual([
			[0, 0, false],
			[1, 6, false],
			[2, 0, false],
			[3, 120, true]
		]);
		expect(rows[3]!.elapsed).toBe(180 * DAY);
	});

	it('draws to scale what the density keeps under the cap', () => {
		const rows = timelineRows(track, { pxPerDay: 0.5, maxGap: 120 });
		expect(rows[3]!.gap).toBeCloseTo(0.5 * 180, 6);
		expect(rows[3]!.broken).toBe(false);
	});

	it('counts the events a filter leaves out of each gap', () => {
		const all = ['a', 'x', 'b', 'c', 'y', 'z', 'd'];
		const positions = new Map(all.map((id, index) => [id, index]));
		const rows = timelineRows(track, { pxPerDay: 2, maxGap: 120, positions });
		expect(rows.map((row) => row.hidden)).toEqual([0, 1, 0, 2]);
		// Unfiltered, no gap says anything of the kind.
		expect(timelineRows(track, { pxPerDay: 2, maxGap: 120 }).map((row) => row.hidden)).toEqual([
			0, 0, 0, 0
		]);
	});

	it('groups the rows by year, in order', () => {
		const rows = timelineRows(track, { pxPerDay: 2, maxGap: 120 });
		expect(rowsByYear(rows).map(({ year, rows }) => [year, rows.map((row) => row.index)])).toEqual([
			[2021, [0]],
			[2022, [1, 2, 3]]
		]);
		expect(rowsByYear(rows.slice(2)).map(({ year }) => year)).toEqual([2022]);
	});
});

describe('the estimate of undrawn rows (long records)', () => {
	const rows = timelineRows(track, { pxPerDay: 2, maxGap: 120 });

	it('adds up the gaps, a row height each and a heading for each year', () => {
		const one = estimatedHeight(rows, 0, 1);
		expect(one).toBeGreaterThan(40);
		// Row 0 opens 2021 and row 1 opens 2022, each under a heading; row 2 is under row 1's.
		const without = (index: number) => estimatedHeight(rows, index, index + 1) - rows[index]!.gap;
		expect(without(1)).toBe(without(0));
		expect(without(2)).toBeLessThan(without(1) - 40);
		expect(estimatedHeight(rows, 0, 4)).toBe(
			[0, 1, 2, 3].reduce((sum, index) => sum + estimatedHeight(rows, index, index + 1), 0)
		);
		expect(estimatedHeight(rows, 2, 2)).toBe(0);
	});

	it('finds the row at a depth into them, and the last one past their end', () => {
		expect(rowAtOffset(rows, 0)).toBe(0);
		expect(rowAtOffset(rows, estimatedHeight(rows, 0, 2) + 1)).toBe(2);
		expect(rowAtOffset(rows, estimatedHeight(rows, 0, 4) + 500)).toBe(3);
		expect(rowAtOffset([], 100)).toBe(0);
	});
});

describe('the window of rows a long record draws', () => {
	const day = (index: number) =>
		new Date(Date.UTC(2021, 0, 1) + index * DAY).toISOString().slice(0, 10);
	const long = timelineRows(
		trackOf(Array.from({ length: 1000 }, (_, index) => entry(`e${index}`, day(index)))),
		{ pxPerDay: 2, maxGap: 120 }
	);

	it('draws every row of a short record', () => {
		const rows = timelineRows(track, { pxPerDay: 2, maxGap: 120 });
		expect(rowWindow(rows, 50)).toEqual({ start: 0, end: rows.length, above: 0, below: 0 });
	});

	it('draws ROW_WINDOW rows of a long one, within its rows, the others estimated', () => {
		const drawn = rowWindow(long, 500);
		expect(drawn).toEqual({
			start: 500,
			end: 500 + ROW_WINDOW,
			above: estimatedHeight(long, 0, 500),
			below: estimatedHeight(long, 500 + ROW_WINDOW, 1000)
		});
		expect(rowWindow(long, 990).end).toBe(1000);
		expect(rowWindow(long, -5).start).toBe(0);
	});

	it('stays while the rows on the screen are well inside it, and moves near its ends', () => {
		const drawn = rowWindow(long, 400);
		const atTop = () => undefined;
		expect(windowStartFor(drawn, 1000, 500, 510, atTop)).toBeUndefined();
		// Near the window's end: it moves to put them a quarter of the way in.
		expect(windowStartFor(drawn, 1000, 620, 630, atTop)).toBe(620 - ROW_WINDOW / 4);
		expect(windowStartFor(drawn, 1000, 405, 415, atTop)).toBe(405 - ROW_WINDOW / 4);
	});

	it('finds the rows by the estimate when none it draws is on the screen', () => {
		const drawn = rowWindow(long, 0);
		expect(windowStartFor(drawn, 1000, -1, -1, () => 800)).toBe(800 - ROW_WINDOW / 4);
		// The rows are off the screen altogether: nothing to move to.
		expect(windowStartFor(drawn, 1000, -1, -1, () => undefined)).toBeUndefined();
	});
});

describe('density', () => {
	const domain = [0, 960 * DAY] as const;

	it('opens with the whole range a few hundred px tall, and stops at a day 40 px tall', () => {
		expect(openingDensity(domain) * 960).toBe(480);
		expect(maxDensityFactor(domain) * openingDensity(domain)).toBeCloseTo(40, 9);
	});

	it('fills the given height with a range of dates, within the limits', () => {
		const factor = densityForRange(domain, 0, 100 * DAY, 500);
		expect(factor * openingDensity(domain) * 100).toBeCloseTo(500, 9);
		expect(densityForRange(domain, 0, 960 * DAY, 100)).toBe(1);
		expect(densityForRange(domain, 0, DAY / 24, 800)).toBe(maxDensityFactor(domain));
	});
});

describe('rowThreads', () => {
	it('runs each highlighted theme from its first event to its last, dotted where an event has it', () => {
		const threads = rowThreads(track, ['trade', 'taiwan']);
		const at = (index: number) =>
			threads[index]!.map((thread) => [
				thread.theme,
				thread.column,
				thread.above,
				thread.below,
				thread.on
			]);
		expect(at(0)).toEqual([['taiwan', 1, false, true, true]]);
		expect(at(1)).toEqual([
			['trade', 0, false, true, true],
			['taiwan', 1, true, true, false]
		]);
		expect(at(2)).toEqual([
			['trade', 0, true, false, true],
			['taiwan', 1, true, true, true]
		]);
		expect(at(3)).toEqual([['taiwan', 1, true, false, true]]);
	});

	it('draws nothing for a theme no event has', () => {
		expect(rowThreads(track, ['nuclear']).every((row) => row.length === 0)).toBe(true);
	});
});

describe('words', () => {
	it('says how long a silence was, roughly', () => {
		expect(elapsedLabel(DAY)).toBe('1 day');
		expect(elapsedLabel(10 * DAY)).toBe('10 days');
		expect(elapsedLabel(21 * DAY)).toBe('3 weeks');
		expect(elapsedLabel(240 * DAY)).toBe('8 months');
		expect(elapsedLabel(610 * DAY)).toBe('20 months');
		expect(elapsedLabel(800 * DAY)).toBe('26 months');
		expect(elapsedLabel(975 * DAY)).toBe('32 months');
		expect(elapsedLabel(1100 * DAY)).toBe('3 years');
		expect(elapsedLabel(1500 * DAY)).toBe('4 years');
	});

	it('names a row by what it shows, in that order, then its whole date and kind', () => {
		const call = {
			title: 'Biden–Xi call',
			kind: 'call',
			shortDateLabel: '10 Feb 2021',
			dateWithOrigin: '10 February 2021 (date from the public record)'
		} as const;
		expect(rowName(call, 2021)).toBe(
			'10 Feb Biden–Xi call, 10 February 2021 (date from the public record), Phone or video call'
		);
		const vague = {
			title: 'Talks',
			kind: 'talks',
			shortDateLabel: '2023',
			dateWithOrigin: '2023'
		} as const;
		expect(rowName(vague, 2023)).toBe('2023 Talks, 2023, Talks');
	});

	it('drops the year its heading already gives', () => {
		expect(dateInYear('18 Mar 2021', 2021)).toBe('18 Mar');
		expect(dateInYear('c. 1 Feb 2023', 2023)).toBe('c. 1 Feb');
		expect(dateInYear('18–19 Mar 2021', 2021)).toBe('18–19 Mar');
		expect(dateInYear('30 Dec 2023 – 2 Jan 2024', 2023)).toBe('30 Dec 2023 – 2 Jan 2024');
		expect(dateInYear('May 2023', 2023)).toBe('May');
		expect(dateInYear('2023', 2023)).toBe('2023');
	});
});

describe('the switch between the layouts', () => {
	it('is at the same width in the prerendered page as in the browser', () => {
		// In rem, so that larger text needs a wider frame (at the default 16 px, VERTICAL_BELOW px).
		const widths = (comparison: string, component = 'Timeline') =>
			[
				...readFileSync(`src/lib/components/timeline/${component}.svelte`, 'utf8').matchAll(
					new RegExp(`@container timeline \\(width ${comparison} ([\\d.]+)rem\\)`, 'g')
				)
			].map(([, width]) => Number(width) * 16);
		expect(widths('>=')).toEqual([VERTICAL_BELOW]);
		expect(widths('<')).toEqual([VERTICAL_BELOW]);
		// The zoom buttons move into the rows' heading there; a horizontal frame as narrow as a
		// phone's column (an embed's) sets their signs for their words (21.5rem); narrower still, at
		// large text (16rem), beside the rows they take a row of their own.
		expect(widths('<', 'ZoomControls')).toEqual([VERTICAL_BELOW, 344, 256]);
		// The horizontal layout is laid out from one of its widths on.
		expect(LAYOUT_WIDTHS).toContain(VERTICAL_BELOW);
	});
});
