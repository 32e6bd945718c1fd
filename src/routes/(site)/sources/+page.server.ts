// The index of source documents.
import { getDataset } from '$lib/server/data/dataset';
import { sourceSummaries } from '$lib/server/pages/sourceSummaries';

export function load() {
	const dataset = getDataset();
	const cited = (id: string) =>
		dataset.events.filter((event) => event.excerpts.some((excerpt) => excerpt.source === id))
			.length;
	return {
		sources: Object.values(sourceSummaries(dataset.sources))
			.sort((a, b) => a.published.localeCompare(b.published))
			.map((source) => ({ ...source, events: cited(source.id) }))
	};
}
