// Axis ticks that adapt to the zoom: years → quarters → months → weeks → days, with a context row above.
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { calendarDay } from './calendarDay';

export type TickLevel = 'day' | 'week' | 'month' | 'quarter' | 'year';

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
	interval: TimeInterval;
	/** Average length, to estimate spacing. */
	length: number;
	/** Smallest spacing in px at which this level's labels fit. */
	minSpacing: number;
	label: (time: number) => string;
	context?: 'month' | 'year';
}

const DAY = 86_400_000;
const quarter = utcMonth.every(3)!;

const LEVELS: Record<TickLevel, LevelSpec> = {
	day: {
		interval: utcDay,
		length: DAY,
		minSpacing: 26,
		label: (t) => format(t, 'D'),
		context: 'month'
	},
	week: {
		interval: utcMonday,
		length: 7 * DAY,
		minSpacing: 50,
		label: (t) => format(t, 'D MMM'),
		context: 'month'
	},
	month: {
		interval: utcMonth,
		length: 30.44 * DAY,
		minSpacing: 38,
		label: (t) => format(t, 'MMM'),
		context: 'year'
	},
	quarter: {
		interval: quarter,
		length: 91.31 * DAY,
		minSpacing: 30,
		label: (t) => `Q${Math.floor(new Date(t).getUTCMonth() / 3) + 1}`,
		context: 'year'
	},
	year: { interval: utcYear, length: 365.25 * DAY, minSpacing: 44, label: (t) => format(t, 'YYYY') }
};

/** From finest to coarsest. */
export const TICK_LEVELS: readonly TickLevel[] = ['day', 'week', 'month', 'quarter', 'year'];

const CONTEXT = {
	month: { interval: utcMonth, label: (t: number) => format(t, 'MMMM YYYY') },
	year: { interval: utcYear, label: (t: number) => format(t, 'YYYY') }
};

/** The finest level whose labels fit at this span and width. */
export function chooseTickLevel(span: number, width: number): TickLevel {
	for (const level of TICK_LEVELS) {
		const spec = LEVELS[level];
		if ((width * spec.length) / span >= spec.minSpacing) return level;
	}
	return 'year';
}

/** Both rows of ticks for the view [from, to] (ms) drawn `width` px wide. */
export function axisTicks(from: number, to: number, width: number): AxisTicks {
	const level = chooseTickLevel(to - from, width);
	const spec = LEVELS[level];
	const ticks = spec.interval
		.range(new Date(from), new Date(to + 1))
		.map((date) => ({ time: date.getTime(), label: spec.label(date.getTime()) }));
	let context: Tick[] = [];
	if (spec.context) {
		const { interval, label } = CONTEXT[spec.context];
		const starts = [
			interval.floor(new Date(from)),
			...interval.range(new Date(from + 1), new Date(to + 1))
		];
		context = starts.map((date) => ({
			time: Math.max(date.getTime(), from),
			label: label(date.getTime())
		}));
	}
	return { level, ticks, context };
}

function format(time: number, pattern: string): string {
	return calendarDay(time).format(pattern);
}
