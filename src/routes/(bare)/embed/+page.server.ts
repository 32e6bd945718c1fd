// The embeddable timeline: the same data as the home page, without the site's chrome. Its entries
// are in the page up to IN_PAGE_EVENT_LIMIT events; beyond it +page.ts fetches them, packed.
import { getDataset } from '$lib/server/data/dataset';
import { countEvents } from '$lib/eventCounts';
import { IN_PAGE_EVENT_LIMIT } from '$lib/eventsInPage';
import { sourceSummaries } from '$lib/server/pages/sourceSummaries';
import { figureFor } from '$lib/timeline/opening';
import { toTimelineEntries } from '$lib/timelineEntries';

export function load() {
	const { site, events, themes, sources, vocabulary } = getDataset();
	const entries = toTimelineEntries(events);
	return {
		site: { title: site.title, url: site.url },
		entries: entries.length <= IN_PAGE_EVENT_LIMIT ? entries : undefined,
		counts: countEvents(entries),
		figure: figureFor(entries, { documented: sources.length > 0 }),
		themes,
		sources: sourceSummaries(sources),
		hasTone: vocabulary.length > 0
	};
}
