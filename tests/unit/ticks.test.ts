// Axis ticks at every zoom level, each with its context row.
import { describe, expect, it } from 'vitest';
import { isoDateToTime as t } from '../../src/lib/timeline/isoDate';
import { axisTicks, chooseTickLevel, longDate, type Tick } from '../../src/lib/timeline/ticks';
import { textWidth } from '../../src/lib/timeline/textWidth';

const DAY = 86_400_000;

describe('chooseTickLevel', () => {
	it.each([
		[3 * 365 * DAY, 320, 'year'],
		[3 * 365 * DAY, 1280, 'quarter'],
		[365 * DAY, 1280, 'month'],
		[120 * DAY, 1280, 'week'],
		[30 * DAY, 1280, 'day'],
		[7 * DAY, 375, 'day'],
		[60 * DAY, 375, 'month'],
		[40 * DAY, 375, 'week'],
		[20 * 365 * DAY, 1280, 'year'],
		[40 * 365 * DAY, 1280, 'five-years'],
		[170 * 365 * DAY, 1280, 'decade'],
		[170 * 365 * DAY, 375, 'half-century'],
		[2000 * 365 * DAY, 1280, 'century'],
		[900 * 365 * DAY, 375, 'five-centuries'],
		[8000 * 365 * DAY, 1280, 'five-centuries'],
		[8000 * 365 * DAY, 640, 'millennium'],
		[9000 * 365 * DAY, 375, 'five-millennia'],
		[9900 * 365 * DAY, 10, 'five-millennia']
	])('a span of %d ms over %d px shows %s', (span, width, level) => {
		expect(chooseTickLevel(span, width)).toBe(level);
	});
});

/**
 * Where a tick's label is drawn on an axis `width` px wide over [from, to], px: 3 px after its
 * line, or ending 3 px before the right edge.
 */
function labelSpan(
	tick: Tick,
	{ from, to, width, bold }: { from: number; to: number; width: number; bold: boolean }
): readonly [number, number] {
	const size = textWidth(tick.label, 12, bold ? 'bold' : 'regular');
	const start =
		tick.align === 'end' ? width - 3 - size : ((tick.time - from) / (to - from)) * width + 3;
	return [start, start + size];
}

describe('axisTicks', () => {
	it('labels years with no context row, the year the view starts in pinned to the left edge', () => {
		const axis = axisTicks(t('2021-02-01'), t('2024-06-01'), 300);
		expect(axis.level).toBe('year');
		expect(axis.ticks.map((tick) => [tick.label, tick.align])).toEqual([
			['2021', 'pinned'],
			['2022', undefined],
			['2023', undefined],
			['2024', undefined]
		]);
		expect(axis.ticks[0]!.time).toBe(t('2021-02-01'));
		expect(axis.context).toEqual([]);
	});

	it('ends a label that would run past the right edge at the edge, so the last year shows', () => {
		// The phone's opening view: 2024 begins 9 px from the right edge, room for "2" only.
		const axis = axisTicks(t('2021-02-01'), t('2024-02-01'), 300);
		expect(axis.ticks.map((tick) => tick.label)).toEqual(['2021', '2022', '2023', '2024']);
		expect(axis.ticks.at(-1)).toEqual({ time: t('2024-01-01'), label: '2024', align: 'end' });
		// A period beginning at the right edge likewise.
		const quarters = axisTicks(t('2021-02-01'), t('2022-01-05'), 400);
		expect(quarters.context.map((period) => [period.label, period.align])).toEqual([
			['2021', 'pinned'],
			['2022', 'end']
		]);
	});

	it('lets the pinned label give way to the next one ending at the right edge', () => {
		// "January 2022" ends at the right edge, over where "December 2021" is pinned at the left.
		const axis = axisTicks(t('2021-12-20'), t('2022-01-03'), 120);
		expect(axis.context.map((tick) => [tick.label, tick.align])).toEqual([
			['', 'pinned'],
			['January 2022', 'end']
		]);
	});

	it('never lets two labels of a row overlap', () => {
		for (const width of [256, 300, 375, 620, 1200, 2360])
			for (const days of [8, 30, 95, 200, 400, 1100, 3000]) {
				const from = t('2021-02-17');
				const to = from + days * DAY;
				const axis = axisTicks(from, to, width);
				for (const [row, bold] of [
					[axis.ticks, false],
					[axis.context, true]
				] as const) {
					const spans = row
						.filter((tick) => tick.label)
						.map((tick) => labelSpan(tick, { from, to, width, bold }));
					for (let index = 1; index < spans.length; index++)
						expect(spans[index]![0], `${days} days over ${width} px`).toBeGreaterThan(
							spans[index - 1]![1]
						);
					for (const [, end] of spans) expect(end).toBeLessThanOrEqual(width);
				}
			}
	});

	it('labels decades over a span of centuries', () => {
		const axis = axisTicks(t('1810-01-01'), t('1996-01-01'), 1200);
		expect(axis.level).toBe('decade');
		expect(axis.ticks[0]).toEqual({ time: t('1810-01-01'), label: '1810' });
		expect(axis.ticks.at(-1)).toEqual({ time: t('1990-01-01'), label: '1990' });
		expect(axis.context).toEqual([]);
	});

	it('labels quarters under their years, the first year pinned to the left edge', () => {
		const axis = axisTicks(t('2021-02-01'), t('2022-02-20'), 300);
		expect(axis.level).toBe('quarter');
		expect(axis.ticks.map((tick) => tick.label)).toEqual(['Q2', 'Q3', 'Q4', 'Q1']);
		expect(axis.ticks.map((tick) => tick.time)).toEqual([
			t('2021-04-01'),
			t('2021-07-01'),
			t('2021-10-01'),
			t('2022-01-01')
		]);
		expect(axis.context).toEqual([
			{ time: t('2021-02-01'), label: '2021', align: 'pinned' },
			{ time: t('2022-01-01'), label: '2022', align: 'end' }
		]);
	});

	it('lets the pinned period label go as the next period comes close, rather than cut it', () => {
		// 2021 starts 2 px from the left edge: "2020" would be printed under "2021".
		const from = t('2021-01-01') - 2 * ((3 * 365 * DAY) / 1200);
		const axis = axisTicks(from, from + 3 * 365 * DAY, 1200);
		const [pinned, next] = axis.context;
		expect(pinned!.label).toBe('');
		expect(next).toEqual({ time: t('2021-01-01'), label: '2021' });
		// Far from the next period, it stays at the edge.
		const later = axisTicks(t('2021-02-01'), t('2024-01-01'), 1200);
		expect(later.context[0]).toEqual({ time: t('2021-02-01'), label: '2021', align: 'pinned' });
	});

	it('labels months under their years', () => {
		const axis = axisTicks(t('2021-11-15'), t('2022-03-10'), 500);
		expect(axis.level).toBe('month');
		expect(axis.ticks.map((tick) => tick.label)).toEqual(['Dec', 'Jan', 'Feb', 'Mar']);
		expect(axis.context.map((tick) => tick.label)).toEqual(['2021', '2022']);
	});

	it('labels weeks (from Monday) under their months', () => {
		const axis = axisTicks(t('2021-03-01'), t('2021-05-10'), 800);
		expect(axis.level).toBe('week');
		expect(axis.ticks[0]).toEqual({ time: t('2021-03-01'), label: '1 Mar' });
		expect(axis.ticks[1]!.label).toBe('8 Mar');
		expect(axis.context.map((tick) => tick.label)).toEqual([
			'March 2021',
			'April 2021',
			'May 2021'
		]);
	});

	it('names no period that begins where the view ends, and no week across a month’s line', () => {
		// Spring and summer 2023 on a desktop: the view ends as September begins.
		const from = t('2023-04-01');
		const to = t('2023-09-01');
		const width = 1196;
		const axis = axisTicks(from, to, width);
		expect(axis.level).toBe('week');
		expect(axis.context.map((period) => period.label)).toEqual([
			'April 2023',
			'May 2023',
			'June 2023',
			'July 2023',
			'August 2023'
		]);
		// 29 May's label would run over June's line, three days on; its tick stays.
		const may29 = axis.ticks.find((tick) => tick.time === t('2023-05-29'))!;
		expect(may29.label).toBe('');
		const x = (time: number) => ((time - from) / (to - from)) * width;
		for (const tick of axis.ticks.filter((tick) => tick.label)) {
			const [start, end] = labelSpan(tick, { from, to, width, bold: false });
			for (const period of axis.context.slice(1))
				expect(x(period.time) <= start - 3 || x(period.time) >= end + 3, tick.label).toBe(true);
		}
		expect(axis.ticks.filter((tick) => tick.label).length).toBeGreaterThan(15);
	});

	it('keeps the label of a tick on a period’s line: it starts after the line, not across it', () => {
		// The real data's opening view (padded to a fraction of a day): at the 960 px layout, Q1
		// of 2021 stood on 2021's line, and its label went.
		for (const width of [620, 780, 960, 1200]) {
			const axis = axisTicks(1607764032000, 1711723968000, width);
			const ticks = axis.ticks.filter((tick) => tick.time >= t('2021-01-01'));
			expect(ticks[0], `at ${width} px`).toEqual({ time: t('2021-01-01'), label: 'Q1' });
		}
	});

	it('labels days under their month', () => {
		const axis = axisTicks(t('2021-03-15'), t('2021-03-22') + DAY / 2, 1000);
		expect(axis.level).toBe('day');
		expect(axis.ticks.map((tick) => tick.label)).toEqual([
			'15',
			'16',
			'17',
			'18',
			'19',
			'20',
			'21',
			'22'
		]);
		expect(axis.context).toEqual([{ time: t('2021-03-15'), label: 'March 2021', align: 'pinned' }]);
	});

	it('never crowds labels closer than they fit', () => {
		for (const width of [300, 375, 800, 1280, 1920]) {
			for (const days of [7, 20, 45, 100, 200, 400, 1100]) {
				const axis = axisTicks(t('2021-03-01'), t('2021-03-01') + days * DAY, width);
				const spacing = width / (days / (axis.ticks.length || 1));
				expect(axis.ticks.length, `${days} days over ${width}px`).toBeLessThanOrEqual(
					Math.ceil(width / 24) + 1
				);
				expect(spacing).toBeGreaterThan(0);
			}
		}
	});
});

describe('a date far off (an event ending in 9999)', () => {
	it('keeps the ticks as far apart as their labels need, labelled, however wide the span', () => {
		for (const width of [120, 320, 375, 1280, 2560])
			for (const [start, end] of [
				['2021-03-18', '9999-12-31'],
				['0100-01-01', '9999-12-31'],
				['1900-01-01', '9999-12-31'],
				['2021-03-18', '3021-03-18']
			] as const) {
				const from = t(start);
				const to = t(end);
				const axis = axisTicks(from, to, width);
				const where = `${start} to ${end} over ${width} px`;
				const lines = axis.ticks.filter((tick) => tick.align !== 'pinned');
				expect(lines.length, where).toBeLessThanOrEqual(Math.max(3, Math.floor(width / 44) + 1));
				for (let index = 1; index < lines.length; index++)
					expect(
						((lines[index]!.time - lines[index - 1]!.time) / (to - from)) * width,
						where
					).toBeGreaterThanOrEqual(44);
				if (width >= 320)
					expect(axis.ticks.filter((tick) => tick.label).length, where).toBeGreaterThanOrEqual(2);
			}
	});

	it('labels millennia over the years up to 9999', () => {
		const axis = axisTicks(t('2021-03-18'), t('9999-12-31'), 640);
		expect(axis.level).toBe('millennium');
		// The millennium the view starts in, pinned to the left edge, as with decades and years.
		expect(axis.ticks.map((tick) => tick.label)).toEqual([
			'2000',
			'3000',
			'4000',
			'5000',
			'6000',
			'7000',
			'8000',
			'9000'
		]);
	});
});

describe('axis labels', () => {
	it('are British English, as every date on the site, whatever the browser', () => {
		const from = t('2021-03-01');
		const to = t('2021-05-01');
		const axis = axisTicks(from, to, 800);
		expect(axis.ticks[1]!.label).toBe('8 Mar');
		expect(axis.context[0]!.label).toBe('March 2021');
		expect(
			axisTicks(t('2021-08-15'), t('2021-10-20'), 300).ticks.map((tick) => tick.label)
		).toEqual(['Sep', 'Oct']);
	});

	it('write years before 1000 as their digits', () => {
		const labels = axisTicks(t('0600-01-01'), t('0990-01-01'), 300).ticks;
		expect(labels.find((tick) => tick.label && tick.align !== 'pinned')!.label).toMatch(/^\d{3}$/);
	});
});

describe('longDate', () => {
	it('writes an ISO date in words, as the site does', () => {
		expect(longDate('2022-03-01')).toBe('1 March 2022');
		expect(longDate('2024-12-31')).toBe('31 December 2024');
	});
});
