// The embeddable timeline: the same data as the home page, without the site's chrome.
import { getDataset } from '$lib/server/dataset';
import { countEvents } from '$lib/eventCounts';
import { sourceSummaries } from '$lib/server/sourceSummaries';
import { toTimelineEntries } from '$lib/timelineEntries';

export function load() {
	const { site, events, themes, sources, vocabulary } = getDataset();
	const entries = toTimelineEntries(events);
	return {
		site: { title: site.title, url: site.url },
		entries,
		counts: countEvents(entries),
		themes,
		sources: sourceSummaries(sources),
		hasTone: vocabulary.length > 0
	};
}
