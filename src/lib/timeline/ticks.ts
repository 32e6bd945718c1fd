// Axis ticks that adapt to the zoom: centuries → decades → years → quarters → months → weeks → days, with a context row above.
import {
	utcDays,
	utcMondays,
	utcMonths,
	utcMonthsEvery,
	utcYears,
	utcYearsEvery,
	type CalendarInterval
} from './calendarIntervals';

export type TickLevel =
	| 'day'
	| 'week'
	| 'month'
	| 'quarter'
	| 'year'
	| 'five-years'
	| 'decade'
	| 'half-century'
	| 'century';

export interface Tick {
	/** Where the tick stands, ms. */
	time: number;
	label: string;
}

/** The two rows of the axis: fine ticks, and the coarser periods they belong to (e.g. months under years). */
export interface AxisTicks {
	level: TickLevel;
	ticks: Tick[];
	/** Periods containing the view; the first starts at the view's left edge so it is always labelled. */
	context: Tick[];
}

interface LevelSpec {
	interval: CalendarInterval;
	/** Average length, to estimate spacing. */
	length: number;
	/** Smallest spacing in px at which this level's labels fit. */
	minSpacing: number;
	label: Intl.DateTimeFormatOptions | 'quarter' | 'year';
	context?: 'month' | 'year';
}

const DAY = 86_400_000;
const quarter = utcMonthsEvery(3);

const LEVELS: Record<TickLevel, LevelSpec> = {
	day: {
		interval: utcDays,
		length: DAY,
		minSpacing: 26,
		label: { day: 'numeric' },
		context: 'month'
	},
	week: {
		interval: utcMondays,
		length: 7 * DAY,
		minSpacing: 50,
		label: { day: 'numeric', month: 'short' },
		context: 'month'
	},
	month: {
		interval: utcMonths,
		length: 30.44 * DAY,
		minSpacing: 38,
		label: { month: 'short' },
		context: 'year'
	},
	quarter: {
		interval: quarter,
		length: 91.31 * DAY,
		minSpacing: 30,
		label: 'quarter',
		context: 'year'
	},
	year: years(1),
	// Stories imported from other timelines can span centuries.
	'five-years': years(5),
	decade: years(10),
	'half-century': years(50),
	century: years(100)
};

function years(step: number): LevelSpec {
	const interval = step === 1 ? utcYears : utcYearsEvery(step);
	return { interval, length: step * 365.25 * DAY, minSpacing: 44, label: 'year' };
}

/** From finest to coarsest. */
export const TICK_LEVELS: readonly TickLevel[] = [
	'day',
	'week',
	'month',
	'quarter',
	'year',
	'five-years',
	'decade',
	'half-century',
	'century'
];

/**
 * Estimated advance of a context label's character (bold 12 px), and the space kept after it, px.
 * Generous: in DejaVu Sans, a common fallback, "November 2023" is 107 px.
 */
const CONTEXT_CHAR_WIDTH = 8.5;
const CONTEXT_LABEL_GAP = 10;
/** Estimated advance of a tick label's character (12 px, tabular digits: 7.6 in DejaVu Sans), px. */
const TICK_CHAR_WIDTH = 7.7;
/** How far right of its tick or period line a label starts, px (the axis draws them there). */
export const TICK_LABEL_INSET = 3;
export const CONTEXT_LABEL_INSET = 4;

const CONTEXT = {
	month: { interval: utcMonths, label: { month: 'long', year: 'numeric' } as const },
	year: { interval: utcYears, label: 'year' as const }
};

/** The finest level whose labels fit at this span and width. */
export function chooseTickLevel(span: number, width: number): TickLevel {
	for (const level of TICK_LEVELS) {
		const spec = LEVELS[level];
		if ((width * spec.length) / span >= spec.minSpacing) return level;
	}
	return 'century';
}

/**
 * Both rows of ticks for the view [from, to] (ms) drawn `width` px wide, labelled in `locale`
 * (the reader's own by default) with the browser's Intl, so no date library ships for the axis.
 */
export function axisTicks(from: number, to: number, width: number, locale?: string): AxisTicks {
	const level = chooseTickLevel(to - from, width);
	const spec = LEVELS[level];
	const label = labeller(spec.label, locale);
	const pxPerMs = width / (to - from);
	// A label that would run past the right edge is cut there ("20" for 2024): leave it out
	// until the view brings it in; its line still marks the time.
	const fitted = (tick: Tick, inset: number, charWidth: number): Tick =>
		(tick.time - from) * pxPerMs + inset + tick.label.length * charWidth <= width
			? tick
			: { time: tick.time, label: '' };
	const ticks = spec.interval
		.range(from, to + 1)
		.map((time) => fitted({ time, label: label(time) }, TICK_LABEL_INSET, TICK_CHAR_WIDTH));
	let context: Tick[] = [];
	if (spec.context) {
		const { interval, label: options } = CONTEXT[spec.context];
		const contextLabel = labeller(options, locale);
		const starts = [interval.floor(from), ...interval.range(from + 1, to + 1)];
		context = starts.map((time) => ({ time: Math.max(time, from), label: contextLabel(time) }));
		const [pinned, next] = context;
		if (pinned && next) {
			// Like a sticky heading, the pinned label is pushed off the left edge by the next one
			// rather than printed over it.
			const room = pinned.label.length * CONTEXT_CHAR_WIDTH + CONTEXT_LABEL_GAP;
			pinned.time = Math.min(pinned.time, next.time - room / pxPerMs);
		}
		context = context.map((period, index) =>
			index === 0 ? period : fitted(period, CONTEXT_LABEL_INSET, CONTEXT_CHAR_WIDTH)
		);
	}
	return { level, ticks, context };
}

/**
 * Creates, ahead of need, the date formats of the finer levels: the first costs Chromium ~10 ms,
 * which the opening view (years and quarters) does not pay and the first zoom should not.
 */
export function prepareTickLabels(locale?: string) {
	for (const options of [
		LEVELS.day.label,
		LEVELS.week.label,
		LEVELS.month.label,
		CONTEXT.month.label
	])
		if (typeof options === 'object') formatterFor(options, locale);
}

function labeller(label: LevelSpec['label'], locale: string | undefined) {
	if (label === 'quarter')
		return (time: number) => `Q${Math.floor(new Date(time).getUTCMonth() / 3) + 1}`;
	const format = lazyFormatter(label === 'year' ? { year: 'numeric' } : label, locale);
	// In English a four-digit year is just its digits: no formatter needed for the opening view.
	if (label === 'year' && locale?.startsWith('en'))
		return (time: number) => {
			const year = new Date(time).getUTCFullYear();
			return year >= 1000 ? String(year) : format(time);
		};
	return format;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The Intl format for these options, created on first need and then kept. */
function formatterFor(options: Intl.DateTimeFormatOptions, locale: string | undefined) {
	const key = `${locale ?? ''}|${JSON.stringify(options)}`;
	let format = formatters.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
		formatters.set(key, format);
	}
	return format;
}

/** A label function that creates its Intl format only when it first labels a tick. */
function lazyFormatter(options: Intl.DateTimeFormatOptions, locale: string | undefined) {
	return (time: number) => formatterFor(options, locale).format(time);
}
