// The slim form of events that the zoomable timeline needs, so large datasets stay light on the page.
import { type TimelineEntry, type TimelineEvent, VOICES } from './model';
import { publicRecordNote } from './publicRecordNote';

/** The voices an event's excerpts quote, in the vocabulary's order (the voice filter's). */
export const voicesQuoted = ({ excerpts }: Pick<TimelineEvent, 'excerpts'>) =>
	VOICES.filter((voice) => excerpts.some((excerpt) => excerpt.voice === voice));

/** Each event cut down to what the timeline draws; details are loaded when an event is opened. */
export function toTimelineEntries(events: readonly TimelineEvent[]): TimelineEntry[] {
	return events.map(
		({
			id,
			title,
			start,
			end,
			precision,
			kind,
			themes,
			dateLabel,
			dateFrom,
			shortDateLabel,
			excerpts
		}) => ({
			id,
			title,
			start,
			...(end === undefined ? {} : { end }),
			precision,
			kind,
			themes,
			dateWithOrigin: dateLabel + publicRecordNote({ dateFrom }),
			shortDateLabel,
			voices: voicesQuoted({ excerpts })
		})
	);
}
