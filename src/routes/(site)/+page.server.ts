// Home page data: every event in full when there are not too many; otherwise only the count, and the
// timeline loads its slim entries from /data/entries.json. Either way the timeline's opening view.
import { getDataset } from '$lib/server/dataset';
import { countEvents } from '$lib/eventCounts';
import { IN_PAGE_EVENT_LIMIT } from '$lib/inPageLimit';
import { personIdsByName } from '$lib/server/people';
import { sourceSummaries } from '$lib/server/sourceSummaries';
import { figureFor } from '$lib/timeline/opening';
import { toTimelineEntries } from '$lib/timelineEntries';

export function load() {
	const { site, events, themes, sources, vocabulary, people } = getDataset();
	const entries = toTimelineEntries(events);
	return {
		site,
		// Beyond the limit the full list moves to /events.
		events: events.length <= IN_PAGE_EVENT_LIMIT ? events : undefined,
		// Formatted here: the browser's number formatter costs time to create, on the way to the timeline.
		eventCount: events.length.toLocaleString('en'),
		themes,
		counts: countEvents(entries),
		figure: figureFor(entries),
		sources: sourceSummaries(sources),
		// For the event panel's links to the people in it.
		people: personIdsByName(people),
		hasTone: vocabulary.length > 0
	};
}
