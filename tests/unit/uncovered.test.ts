// The stretches no collected document covers: found from the events, said in words that fit the room
// they have, drawn where the view shows them, and said in the vertical timeline's gap they fall in.
import { describe, expect, it } from 'vitest';
import { drawnStretches, timelineGeometry } from '../../src/lib/timeline/geometry';
import { figureFor } from '../../src/lib/timeline/opening';
import { MAX_GAP, openingDensity, timelineRows } from '../../src/lib/timeline/rows';
import { textWidth } from '../../src/lib/timeline/textWidth';
import { trackDomain, trackOf } from '../../src/lib/timeline/track';
import { uncoveredSentence, uncoveredStretches } from '../../src/lib/timeline/uncovered';
import { IDENTITY } from '../../src/lib/timeline/zoom';
import type { Precision, TimelineEntry } from '../../src/lib/model';

const entry = (
	id: string,
	start: string,
	{ end, precision = 'day' }: { end?: string; precision?: Precision } = {}
): TimelineEntry => ({
	id,
	title: id,
	start,
	end,
	precision,
	kind: 'talks',
	themes: [],
	voices: [],
	dateWithOrigin: start,
	shortDateLabel: start
});

const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);

describe('uncoveredStretches', () => {
	it('finds the runs of three or more whole months with no event, as months', () => {
		const stretches = uncoveredStretches(
			trackOf([
				entry('a', '2021-03-22'),
				entry('b', '2022-11-14'),
				entry('b2', '2023-02-03'),
				entry('b3', '2023-05-10'),
				entry('c', '2023-06-18'),
				entry('d', '2023-11-15'),
				entry('e', '2024-01-26')
			])
		);
		expect(stretches).toMatchObject([
			{ from: utc('2021-04-01'), to: utc('2022-11-01'), months: 'April 2021 – October 2022' },
			{ from: utc('2023-07-01'), to: utc('2023-11-01'), months: 'July – October 2023' }
		]);
		expect(stretches[1]!.wordings.map((wording) => wording.lines)).toEqual([
			['No collected document covers July – October 2023'],
			['No collected document covers', 'July – October 2023'],
			['No document covers', 'Jul – Oct 2023'],
			['No document', 'Jul – Oct 2023']
		]);
		expect(uncoveredSentence(stretches[0]!)).toBe(
			'No collected document covers April 2021 – October 2022'
		);
	});

	it('counts two whole months as no stretch, and an event’s months up to its end as covered', () => {
		expect(
			uncoveredStretches(trackOf([entry('a', '2021-01-31'), entry('b', '2021-04-01')]))
		).toEqual([]);
		expect(
			uncoveredStretches(
				trackOf([
					entry('long', '2021-01-10', { end: '2021-09-02' }),
					entry('inside', '2021-02-01'),
					entry('next', '2021-11-20')
				])
			)
		).toEqual([]);
	});

	it('counts an event dated only to its year as covering the whole year', () => {
		const track = trackOf([
			entry('a', '2020-11-15'),
			entry('b', '2021-01-01', { precision: 'year' }),
			entry('c', '2022-06-01')
		]);
		expect(uncoveredStretches(track).map((stretch) => stretch.months)).toEqual([
			'January – May 2022'
		]);
	});

	it('finds none in an empty record or one event', () => {
		expect(uncoveredStretches(trackOf([]))).toEqual([]);
		expect(uncoveredStretches(trackOf([entry('a', '2021-01-01')]))).toEqual([]);
	});
});

describe('the words of a stretch', () => {
	it('are written ever shorter, each with the room its widest line needs', () => {
		for (const stretch of uncoveredStretches(
			trackOf([entry('a', '2021-03-22'), entry('b', '2022-11-14'), entry('c', '2023-06-18')])
		)) {
			const needs = stretch.wordings.map((wording) => wording.need);
			expect(needs).toEqual([...needs].sort((a, b) => b - a));
			// In ems of their 12 px type.
			for (const { lines, need } of stretch.wordings) {
				const widest = Math.max(...lines.map((line) => textWidth(line, 12)));
				expect(need * 12).toBeGreaterThanOrEqual(widest);
				expect(need * 12).toBeLessThanOrEqual(widest + 5);
			}
		}
	});
});

describe('drawing the stretches', () => {
	const track = trackOf([
		entry('a', '2021-03-22'),
		entry('b', '2022-11-14'),
		entry('b2', '2023-02-03'),
		entry('c', '2023-04-18')
	]);
	const domain = trackDomain(track);
	const uncovered = uncoveredStretches(track);

	it('draws a stretch at its months’ place as fractions of the frame, and clips it to the view', () => {
		const whole = timelineGeometry({ track, domain, view: IDENTITY, width: 1200, uncovered });
		const [drawn] = whole.stretches;
		const at = (time: number) => (time - whole.range[0]) / (whole.range[1] - whole.range[0]);
		expect(drawn!.x).toBeCloseTo(at(utc('2021-04-01')), 5);
		expect(drawn!.x2).toBeCloseTo(at(utc('2022-11-01')), 5);

		// Zoomed into the stretch: it spans the frame.
		const zoomed = timelineGeometry({
			track,
			domain,
			view: { k: 8, x: -1200 * 8 * at(utc('2022-01-01')) },
			width: 1200,
			uncovered
		});
		expect(zoomed.stretches).toHaveLength(1);
		expect(zoomed.stretches[0]).toMatchObject({ x: 0, x2: 1 });

		// Zoomed to a time after it: none.
		const after = timelineGeometry({
			track,
			domain,
			view: { k: 8, x: -1200 * 8 * at(utc('2023-05-01')) },
			width: 1200,
			uncovered
		});
		expect(after.stretches).toEqual([]);
	});

	it('draws the figure’s stretches over its domain as the opening view at any width draws them', () => {
		const figure = figureFor(track.entries, { documented: true });
		expect(figure.uncovered).toEqual(uncovered);
		// A story with no documents (an imported TimelineJS one) has gaps, not uncovered stretches.
		expect(figureFor(track.entries).uncovered).toEqual([]);
		for (const width of [320, 1280, 2560])
			expect(
				timelineGeometry({ track, domain, view: IDENTITY, width, uncovered }).stretches
			).toEqual(drawnStretches(figure.uncovered, figure.domain));
	});

	it('says a stretch in the gap of the vertical timeline’s row after it, and only there', () => {
		const rows = timelineRows(track, {
			pxPerDay: openingDensity(domain),
			maxGap: MAX_GAP,
			uncovered
		});
		expect(rows.map((row) => row.uncovered.map((stretch) => stretch.months))).toEqual([
			[],
			['April 2021 – October 2022'],
			[],
			[]
		]);
	});
});
