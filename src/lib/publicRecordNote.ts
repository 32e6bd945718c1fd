// The words after an event's date where the date comes from the public record rather than the
// documents, for the pages that list events with their dates.
import { PUBLIC_RECORD_DATE } from './labels';
import type { TimelineEvent } from './model';

/** " (date from the public record)", or nothing for a date the documents give. */
export function publicRecordNote(event: Pick<TimelineEvent, 'dateFrom'>): string {
	return event.dateFrom === 'public-record' ? ` (${PUBLIC_RECORD_DATE})` : '';
}
