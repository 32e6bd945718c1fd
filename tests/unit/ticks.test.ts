// Axis ticks at every zoom level, each with its context row.
import { describe, expect, it, vi } from 'vitest';
import { isoDateToTime as t, timeToIsoDate as timeToIso } from '../../src/lib/timeline/isoDate';
import { axisTicks, chooseTickLevel, prepareTickLabels } from '../../src/lib/timeline/ticks';

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
		[900 * 365 * DAY, 375, 'century'],
		[9000 * 365 * DAY, 375, 'century']
	])('a span of %d ms over %d px shows %s', (span, width, level) => {
		expect(chooseTickLevel(span, width)).toBe(level);
	});
});

describe('axisTicks', () => {
	it('labels years with no context row', () => {
		const axis = axisTicks(t('2021-02-01'), t('2024-06-01'), 300, 'en-GB');
		expect(axis.level).toBe('year');
		expect(axis.ticks.map((tick) => tick.label)).toEqual(['2022', '2023', '2024']);
		expect(axis.context).toEqual([]);
	});

	it('leaves out a label that would run past the right edge, keeping its tick', () => {
		// The phone's opening view: 2024 begins 9 px from the right edge, room for "2" only.
		const axis = axisTicks(t('2021-02-01'), t('2024-02-01'), 300, 'en-GB');
		expect(axis.ticks.map((tick) => tick.label)).toEqual(['2022', '2023', '']);
		expect(axis.ticks.at(-1)!.time).toBe(t('2024-01-01'));
		// A period beginning at the right edge likewise; the pinned one at the left always shows.
		const quarters = axisTicks(t('2021-02-01'), t('2022-01-05'), 400, 'en-GB');
		expect(quarters.context.map((period) => period.label)).toEqual(['2021', '']);
		const wider = axisTicks(t('2021-02-01'), t('2022-02-15'), 400, 'en-GB');
		expect(wider.context.map((period) => period.label)).toEqual(['2021', '2022']);
	});

	it('labels decades over a span of centuries', () => {
		const axis = axisTicks(t('1810-01-01'), t('1996-01-01'), 1200, 'en-GB');
		expect(axis.level).toBe('decade');
		expect(axis.ticks[0]).toEqual({ time: t('1810-01-01'), label: '1810' });
		expect(axis.ticks.at(-1)).toEqual({ time: t('1990-01-01'), label: '1990' });
		expect(axis.context).toEqual([]);
	});

	it('labels quarters under their years, the first year pinned to the left edge', () => {
		const axis = axisTicks(t('2021-02-01'), t('2022-02-20'), 300, 'en-GB');
		expect(axis.level).toBe('quarter');
		expect(axis.ticks.map((tick) => tick.label)).toEqual(['Q2', 'Q3', 'Q4', 'Q1']);
		expect(axis.ticks.map((tick) => tick.time)).toEqual([
			t('2021-04-01'),
			t('2021-07-01'),
			t('2021-10-01'),
			t('2022-01-01')
		]);
		expect(axis.context).toEqual([
			{ time: t('2021-02-01'), label: '2021' },
			{ time: t('2022-01-01'), label: '2022' }
		]);
	});

	it('pushes the pinned period label off the left edge as the next period comes close', () => {
		// 2021 starts 2 px from the left edge: "2020" would be printed under "2021".
		const from = t('2021-01-01') - 2 * ((3 * 365 * DAY) / 1200);
		const axis = axisTicks(from, from + 3 * 365 * DAY, 1200, 'en-GB');
		const [pinned, next] = axis.context;
		expect(pinned!.label).toBe('2020');
		expect(next).toEqual({ time: t('2021-01-01'), label: '2021' });
		const pxPerMs = 1200 / (3 * 365 * DAY);
		expect((next!.time - pinned!.time) * pxPerMs).toBeGreaterThanOrEqual(4 * 8.5 + 10 - 1e-6);
		// Far from the next period, it stays at the edge.
		const later = axisTicks(t('2021-02-01'), t('2024-01-01'), 1200, 'en-GB');
		expect(later.context[0]!.time).toBe(t('2021-02-01'));
	});

	it('labels months under their years', () => {
		const axis = axisTicks(t('2021-11-15'), t('2022-03-10'), 500, 'en-GB');
		expect(axis.level).toBe('month');
		expect(axis.ticks.map((tick) => tick.label)).toEqual(['Dec', 'Jan', 'Feb', 'Mar']);
		expect(axis.context.map((tick) => tick.label)).toEqual(['2021', '2022']);
	});

	it('labels weeks (from Monday) under their months', () => {
		const axis = axisTicks(t('2021-03-01'), t('2021-05-10'), 800, 'en-GB');
		expect(axis.level).toBe('week');
		expect(axis.ticks[0]).toEqual({ time: t('2021-03-01'), label: '1 Mar' });
		expect(axis.ticks[1]!.label).toBe('8 Mar');
		expect(axis.context.map((tick) => tick.label)).toEqual([
			'March 2021',
			'April 2021',
			'May 2021'
		]);
	});

	it('labels days under their month', () => {
		const axis = axisTicks(t('2021-03-15'), t('2021-03-22') + DAY / 2, 1000, 'en-GB');
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
		expect(axis.context).toEqual([{ time: t('2021-03-15'), label: 'March 2021' }]);
	});

	it('never crowds labels closer than they fit', () => {
		for (const width of [300, 375, 800, 1280, 1920]) {
			for (const days of [7, 20, 45, 100, 200, 400, 1100]) {
				const axis = axisTicks(t('2021-03-01'), t('2021-03-01') + days * DAY, width, 'en-GB');
				const spacing = width / (days / (axis.ticks.length || 1));
				expect(axis.ticks.length, `${days} days over ${width}px`).toBeLessThanOrEqual(
					Math.ceil(width / 24) + 1
				);
				expect(spacing).toBeGreaterThan(0);
			}
		}
	});
});

describe('axis labels in the reader’s language', () => {
	it('follows the locale it is given', () => {
		const from = t('2021-03-01');
		const to = t('2021-05-01');
		expect(axisTicks(from, to, 800, 'en-US').ticks[1]!.label).toBe('Mar 8');
		expect(axisTicks(from, to, 800, 'fr-FR').context[0]!.label).toBe('mars 2021');
		expect(axisTicks(from, to, 800, 'zh-CN').context[0]!.label).toBe('2021年3月');
	});
});

describe('year labels', () => {
	const yearsOf = (from: string, to: string, locale: string) =>
		axisTicks(t(from), t(to), 300, locale).ticks.map((tick) => tick.label);
	const intlYear = (date: string, locale: string) =>
		new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }).format(t(date));

	it('read as Intl writes them, in every English locale', () => {
		for (const locale of ['en-GB', 'en-US', 'en-IN', 'en']) {
			expect(yearsOf('2021-02-01', '2024-08-01', locale)).toEqual(
				['2022-01-01', '2023-01-01', '2024-01-01'].map((date) => intlYear(date, locale))
			);
		}
	});

	it('keep the locale’s own form elsewhere', () => {
		expect(yearsOf('2021-02-01', '2024-08-01', 'zh-CN')).toEqual(['2022年', '2023年', '2024年']);
	});

	it('before the year 1000 are written by Intl', () => {
		const labels = axisTicks(t('0600-01-01'), t('0990-01-01'), 300, 'en-GB').ticks;
		expect(labels[0]!.label).toBe(intlYear(timeToIso(labels[0]!.time), 'en-GB'));
	});

	it('can be prepared ahead of need without changing what they say', () => {
		prepareTickLabels('en-US');
		expect(axisTicks(t('2021-03-01'), t('2021-05-01'), 800, 'en-US').ticks[1]!.label).toBe('Mar 8');
	});

	it('once prepared, need no new formatter to zoom to months, weeks or days', () => {
		prepareTickLabels('en-AU');
		const created = vi.spyOn(Intl, 'DateTimeFormat');
		try {
			for (const days of [400, 120, 30])
				axisTicks(t('2021-03-01'), t('2021-03-01') + days * DAY, 1280, 'en-AU');
			expect(created).not.toHaveBeenCalled();
		} finally {
			created.mockRestore();
		}
	});
});
