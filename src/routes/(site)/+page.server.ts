// Home page data: every event in full when there are not too many; otherwise only the count, and the
// timeline loads its slim entries from /data/entries.json.
import { getDataset } from '$lib/server/dataset';
import { countEvents } from '$lib/eventCounts';
import { sourceSummaries } from '$lib/server/sourceSummaries';
import { toTimelineEntries } from '$lib/timelineEntries';

/**
 * Up to this many events the home page lists every event in full (the no-JavaScript baseline).
 * Beyond it the list and its data would weigh megabytes on every visit; the list moves to /events.
 */
const FULL_LIST_LIMIT = 300;

export function load() {
	const { site, events, themes, sources, vocabulary } = getDataset();
	return {
		site,
		events: events.length <= FULL_LIST_LIMIT ? events : undefined,
		// Formatted here: the browser's number formatter costs ~10 ms to create, on the way to the timeline.
		eventCount: events.length.toLocaleString('en'),
		themes,
		counts: countEvents(toTimelineEntries(events)),
		sources: sourceSummaries(sources),
		hasTone: vocabulary.length > 0
	};
}
