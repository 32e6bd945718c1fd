// Dates in words, written once at build time (with dayjs) so that pages show them without shipping a date library.
import { formatEventDate, formatShortDate } from './formatDate.ts';
import type { Source, TimelineEvent } from '../../model.ts';

type Unlabelled<T, K extends keyof T> = Omit<T, K>;

/** The event with `dateLabel` ("18–19 March 2021"), `shortDateLabel` ("18–19 Mar 2021") and, if needed, `elsewhereLabel`. */
export function labelEvent(
	event: Unlabelled<TimelineEvent, 'dateLabel' | 'shortDateLabel' | 'elsewhereLabel'>
): TimelineEvent {
	return {
		...event,
		dateLabel: formatEventDate(event.start, event.end, event.precision),
		shortDateLabel: formatShortDate(event.start, event.end, event.precision),
		...(event.elsewhere
			? { elsewhereLabel: formatEventDate(event.elsewhere.date, undefined, 'day') }
			: {})
	};
}

/** The source with `publishedLabel` ("22 March 2021", or "about 22 March 2021"). */
export function labelSource(source: Unlabelled<Source, 'publishedLabel'>): Source {
	return {
		...source,
		publishedLabel: formatEventDate(
			source.published,
			undefined,
			source.publishedPrecision === 'approximate' ? 'approximate' : 'day'
		)
	};
}
