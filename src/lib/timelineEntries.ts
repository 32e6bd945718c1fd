// The slim form of events that the zoomable timeline needs, so large datasets stay light on the page.
import type { TimelineEntry, TimelineEvent } from './types';

/** Each event cut down to what the timeline draws; details are loaded when an event is opened. */
export function toTimelineEntries(events: readonly TimelineEvent[]): TimelineEntry[] {
	return events.map(
		({ id, title, start, end, precision, kind, themes, dateLabel, shortDateLabel }) => ({
			id,
			title,
			start,
			...(end === undefined ? {} : { end }),
			precision,
			kind,
			themes,
			dateLabel,
			shortDateLabel
		})
	);
}
