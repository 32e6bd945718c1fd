// The embeddable timeline: the same data as the home page, without the site's chrome.
import { getDataset } from '$lib/server/dataset';
import { sourceSummaries } from '$lib/server/sourceSummaries';
import { toTimelineEntries } from '$lib/timelineEntries';

export function load() {
	const { site, events, themes, sources, vocabulary } = getDataset();
	return {
		site: { title: site.title, url: site.url },
		entries: toTimelineEntries(events),
		themes,
		sources: sourceSummaries(sources),
		hasTone: vocabulary.length > 0
	};
}
