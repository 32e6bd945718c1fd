// Home page data: the timeline's (datasetEntries.ts), and whether the page lists every event (the
// build writes the list into it: hooks.server.ts); beyond IN_PAGE_EVENT_LIMIT the list is /events.
import { getDataset } from '$lib/server/data/dataset';
import { fitsInPage } from '$lib/eventsInPage';
import { personIdsByName } from '$lib/server/data/people';
import { timelineData } from '$lib/server/pages/datasetEntries';
import { sourceSummaries } from '$lib/server/pages/sourceSummaries';
import { VERTICAL_BELOW } from '$lib/timeline/geometry';

export function load() {
	const { site, events, themes, sources, vocabulary, people } = getDataset();
	const inPage = fitsInPage(events.length);
	return {
		site,
		listInPage: inPage,
		// Formatted here: the browser's number formatter costs time to create, on the way to the timeline.
		eventCount: events.length.toLocaleString('en'),
		themes,
		// A narrower frame draws the rows the build writes into the page (hooks.server.ts), when it does.
		...timelineData({ fromWidth: inPage ? VERTICAL_BELOW : 0 }),
		sources: sourceSummaries(sources),
		// For the event panel's links to the people in it.
		people: personIdsByName(people),
		hasTone: vocabulary.length > 0
	};
}
