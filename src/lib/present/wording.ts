// Words only the presentation's pages say (the slides, the presenter view, the handout), kept out of
// labels.ts, which every page's start-up code carries.
import { citedTitle, placeLabel, PUBLIC_RECORD_DATE } from '../labels';
import type { TimelineEvent } from '../model';

/** What the presenter view says while the room's screen is blanked. */
export const SCREEN_BLANKED = 'Screen blanked (B to show)';

/**
 * A source as the handout cites it after the quote: `Publisher, “Title,” date.` The comma before
 * the date goes inside the closing mark and takes the place of the title's own full stop or comma
 * (never "areas.,"); a title's question or exclamation mark stays, with no comma after it.
 */
export function sourceCitation(source: {
	publisher: string;
	title: string;
	publishedLabel: string;
}): string {
	const title = citedTitle(source.title).replace(/,\s*$/, '');
	const comma = /[?!]$/.test(title) ? '' : ',';
	return `${source.publisher}, “${title}${comma}” ${source.publishedLabel}.`;
}

/**
 * An event's date and place as the handout and the worksheet print them over its title, a date the
 * documents do not give marked as such: `18–19 March 2021 (date from the public record) · Anchorage`.
 */
export function printedDateAndPlace(
	event: Pick<TimelineEvent, 'dateLabel' | 'dateFrom' | 'place'>
): string {
	const date =
		event.dateFrom === 'public-record'
			? `${event.dateLabel} (${PUBLIC_RECORD_DATE})`
			: event.dateLabel;
	return [date, placeLabel(event.place)].filter(Boolean).join(' · ');
}
