// The slim form of events that the zoomable timeline needs, so large datasets stay light on the page.
import { VOICE_LABELS } from './labels';
import type { TimelineEntry, TimelineEvent, Voice } from './types';

const VOICE_ORDER = Object.keys(VOICE_LABELS) as Voice[];

/** Each event cut down to what the timeline draws; details are loaded when an event is opened. */
export function toTimelineEntries(events: readonly TimelineEvent[]): TimelineEntry[] {
	return events.map(
		({ id, title, start, end, precision, kind, themes, dateLabel, shortDateLabel, excerpts }) => ({
			id,
			title,
			start,
			...(end === undefined ? {} : { end }),
			precision,
			kind,
			themes,
			dateLabel,
			shortDateLabel,
			voices: VOICE_ORDER.filter((voice) => excerpts.some((excerpt) => excerpt.voice === voice))
		})
	);
}
