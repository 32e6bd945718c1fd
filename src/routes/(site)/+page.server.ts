// Home page data: every event in full when there are not too many; otherwise only the count, and the
// timeline loads its slim entries from /data/entries.json. Either way the timeline's opening view.
import { getDataset } from '$lib/server/data/dataset';
import { countEvents } from '$lib/eventCounts';
import { IN_PAGE_EVENT_LIMIT } from '$lib/eventsInPage';
import { personIdsByName } from '$lib/server/data/people';
import { sourceSummaries } from '$lib/server/pages/sourceSummaries';
import { VERTICAL_BELOW } from '$lib/timeline/geometry';
import { figureFor } from '$lib/timeline/opening';
import { toTimelineEntries } from '$lib/timelineEntries';

export function load() {
	const { site, events, themes, sources, vocabulary, people } = getDataset();
	const entries = toTimelineEntries(events);
	const inPage = events.length <= IN_PAGE_EVENT_LIMIT;
	return {
		site,
		// Beyond the limit the full list moves to /events.
		events: inPage ? events : undefined,
		// Formatted here: the browser's number formatter costs time to create, on the way to the timeline.
		eventCount: events.length.toLocaleString('en'),
		themes,
		counts: countEvents(entries),
		// A narrower frame draws the rows the build writes into the page (hooks.server.ts), when it does.
		figure: figureFor(entries, {
			fromWidth: inPage ? VERTICAL_BELOW : 0,
			documented: sources.length > 0
		}),
		sources: sourceSummaries(sources),
		// For the event panel's links to the people in it.
		people: personIdsByName(people),
		hasTone: vocabulary.length > 0
	};
}
