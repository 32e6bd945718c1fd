// Axis ticks that adapt to the zoom: millennia → centuries → decades → years → quarters → months → weeks → days, with a context row above.
import {
	utcDays,
	utcMondays,
	utcMonths,
	utcMonthsEvery,
	utcYears,
	utcYearsEvery,
	type CalendarInterval
} from './calendarIntervals';
import { textWidth, type TextWeight } from './textWidth';

export type TickLevel =
	| 'day'
	| 'week'
	| 'month'
	| 'quarter'
	| 'year'
	| 'five-years'
	| 'decade'
	| 'half-century'
	| 'century'
	| 'five-centuries'
	| 'millennium'
	| 'five-millennia';

export interface Tick {
	/** Where the tick stands, ms. */
	time: number;
	/** Its label; empty when the label does not fit (the tick's line still marks the time). */
	label: string;
	/**
	 * Where the label sits: after its time (the default), pinned to the view's left edge for the
	 * period the view starts in, or ending at the right edge when it would otherwise run past it.
	 */
	align?: 'pinned' | 'end';
}

/** The two rows of the axis: fine ticks, and the coarser periods they belong to (e.g. months under years). */
export interface AxisTicks {
	level: TickLevel;
	ticks: Tick[];
	/** Periods containing the view; the first is pinned to the view's left edge so it is always labelled. */
	context: Tick[];
}

interface LevelSpec {
	interval: CalendarInterval;
	/** Average length, to estimate spacing. */
	length: number;
	/** Smallest spacing in px at which this level's labels fit. */
	minSpacing: number;
	label: (date: Date) => string;
	context?: 'month' | 'year';
}

const DAY = 86_400_000;
const quarter = utcMonthsEvery(3);
// The site's dates are British English ("18 Mar 2021"); so is the axis, the same in every browser
// and at build time, and without the cost of creating Intl date formats on the way to a zoom.

export const LONG_MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const SHORT_MONTHS = LONG_MONTHS.map((month) => month.slice(0, 3));

/** An ISO date in words, as the site writes dates ("1 March 2022"). */
export function longDate(value: string): string {
	const [year, month, day] = value.split('-').map(Number);
	return `${day} ${LONG_MONTHS[month! - 1]} ${year}`;
}

/**
 * The days from `first` to `last` (ISO dates) as one short span, as the site writes a range:
 * "18 Mar 2021", "18–25 Mar 2021", "18 Mar – 2 Apr 2021", "30 Dec 2021 – 2 Jan 2022".
 */
export function dateSpan(first: string, last: string): string {
	const [fromYear, fromMonth, fromDay] = first.split('-').map(Number);
	const [toYear, toMonth, toDay] = last.split('-').map(Number);
	const to = `${toDay} ${SHORT_MONTHS[toMonth! - 1]} ${toYear}`;
	if (fromYear !== toYear) return `${fromDay} ${SHORT_MONTHS[fromMonth! - 1]} ${fromYear} – ${to}`;
	if (fromMonth !== toMonth) return `${fromDay} ${SHORT_MONTHS[fromMonth! - 1]} – ${to}`;
	return fromDay === toDay ? to : `${fromDay}–${to}`;
}
const yearLabel = (date: Date) => String(date.getUTCFullYear());

const LEVELS: Record<TickLevel, LevelSpec> = {
	day: {
		interval: utcDays,
		length: DAY,
		minSpacing: 26,
		label: (date) => String(date.getUTCDate()),
		context: 'month'
	},
	week: {
		interval: utcMondays,
		length: 7 * DAY,
		minSpacing: 50,
		label: (date) => `${date.getUTCDate()} ${SHORT_MONTHS[date.getUTCMonth()]}`,
		context: 'month'
	},
	month: {
		interval: utcMonths,
		length: 30.44 * DAY,
		minSpacing: 38,
		label: (date) => SHORT_MONTHS[date.getUTCMonth()]!,
		context: 'year'
	},
	quarter: {
		interval: quarter,
		length: 91.31 * DAY,
		minSpacing: 30,
		label: (date) => `Q${Math.floor(date.getUTCMonth() / 3) + 1}`,
		context: 'year'
	},
	year: years(1),
	// Stories imported from other timelines can span centuries.
	'five-years': years(5),
	decade: years(10),
	'half-century': years(50),
	century: years(100),
	// A date far off (an end in 9999) widens the view to millennia: its ticks stay as far apart.
	'five-centuries': years(500),
	millennium: years(1000),
	'five-millennia': years(5000)
};

function years(step: number): LevelSpec {
	const interval = step === 1 ? utcYears : utcYearsEvery(step);
	return { interval, length: step * 365.25 * DAY, minSpacing: 44, label: yearLabel };
}

/** From finest to coarsest (the order LEVELS is written in). */
export const TICK_LEVELS = Object.keys(LEVELS) as readonly TickLevel[];

/**
 * Type of the axis at the default text size: tick labels are 12 px, period labels 12 px bold (see
 * TimelineAxis.svelte).
 */
const AXIS_TYPE_SIZE = 12;
/** Space kept between two labels of a row, px. */
const LABEL_GAP = 10;
/** How far right of its tick or period line a label starts (or left of the right edge it ends), px. */
export const TICK_LABEL_INSET = 3;
export const CONTEXT_LABEL_INSET = 4;

const CONTEXT = {
	month: {
		interval: utcMonths,
		label: (date: Date) => `${LONG_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`
	},
	year: { interval: utcYears, label: yearLabel }
};

/**
 * The finest level whose labels fit at this span and width; else the coarsest, which puts at most
 * three ticks on any span of four-digit years, so the axis never becomes a strip of lines.
 */
export function chooseTickLevel(span: number, width: number): TickLevel {
	for (const level of TICK_LEVELS) {
		const spec = LEVELS[level];
		if ((width * spec.length) / span >= spec.minSpacing) return level;
	}
	return 'five-millennia';
}

/**
 * Both rows of ticks for the view [from, to] (ms) drawn `width` px wide. The period the view
 * starts in is always named at the left edge, and the last one to begin in view at the right edge,
 * so the first and last years in view are always on the axis.
 */
export function axisTicks(from: number, to: number, width: number): AxisTicks {
	const level = chooseTickLevel(to - from, width);
	const spec = LEVELS[level];
	const pxPerMs = width / (to - from);
	const row = (
		interval: CalendarInterval,
		label: (date: Date) => string,
		inset: number,
		weight: TextWeight,
		pinFirst: boolean,
		lines: readonly number[] = []
	): Tick[] => {
		// A period that begins where the view ends has none of itself in view.
		const ticks: Tick[] = interval
			.range(from, to)
			.map((time) => ({ time, label: label(new Date(time)) }));
		const start = interval.floor(from);
		if (pinFirst && start < from)
			ticks.unshift({ time: from, label: label(new Date(start)), align: 'pinned' });
		return fitRow(ticks, { from, width, pxPerMs, inset, weight, lines });
	};
	const context = spec.context
		? row(
				CONTEXT[spec.context].interval,
				CONTEXT[spec.context].label,
				CONTEXT_LABEL_INSET,
				'bold',
				true
			)
		: [];
	// The periods' lines cross the row of ticks: a tick's label stops short of the next one.
	const ticks = row(
		spec.interval,
		spec.label,
		TICK_LABEL_INSET,
		'regular',
		!spec.context,
		context.map((period) => (period.time - from) * pxPerMs)
	);
	// The pinned label of a view that starts exactly on a period boundary is that period's own tick.
	if (context[0] && context[0].align !== 'pinned') context[0].align = 'pinned';
	return { level, ticks, context };
}

interface RowGeometry {
	from: number;
	width: number;
	pxPerMs: number;
	inset: number;
	weight: TextWeight;
	/** Where lines cross the row (the periods' starts), px: no label may cross one. */
	lines: readonly number[];
}

/**
 * Keeps a row's labels apart and inside the view: the pinned label goes when the next one comes
 * too close, a label that would run past the right edge ends there if it clears its neighbour,
 * and any label that still collides, or would cross a period's line, is left out (its line stays).
 */
function fitRow(
	ticks: Tick[],
	{ from, width, pxPerMs, inset, weight, lines }: RowGeometry
): Tick[] {
	const widthOf = (label: string) => textWidth(label, AXIS_TYPE_SIZE, weight);
	const [first, second] = ticks;
	if (first?.align === 'pinned' && second) {
		const room = widthOf(first.label) + inset + LABEL_GAP;
		// A label never starts outside the frame: one the next would push off the edge goes.
		if (second.time - room / pxPerMs < from) first.label = '';
	}
	let previousEnd = -Infinity;
	for (const tick of ticks) {
		if (!tick.label) continue;
		const labelWidth = widthOf(tick.label);
		let start = (tick.time - from) * pxPerMs + inset;
		if (start + labelWidth > width - inset && tick.align !== 'pinned') {
			tick.align = 'end';
			start = width - inset - labelWidth;
		}
		if (
			tick.align !== 'pinned' &&
			(start < previousEnd + LABEL_GAP ||
				// A line where the label's own tick stands is beside it, whatever the rounding.
				lines.some((line) => line > start - inset + 0.5 && line < start + labelWidth + inset))
		) {
			tick.label = '';
			tick.align = undefined;
			continue;
		}
		previousEnd = start + labelWidth;
	}
	return ticks;
}
