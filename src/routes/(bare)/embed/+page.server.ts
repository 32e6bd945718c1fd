// The embeddable timeline: the timeline's data as on the home page (datasetEntries.ts), without the
// site's chrome; an opened event's details are fetched.
import { getDataset } from '$lib/server/data/dataset';
import { timelineData } from '$lib/server/pages/datasetEntries';
import { sourceSummaries } from '$lib/server/pages/sourceSummaries';

export function load() {
	const { themes, sources, vocabulary } = getDataset();
	return {
		...timelineData(),
		themes,
		sources: sourceSummaries(sources),
		hasTone: vocabulary.length > 0
	};
}
