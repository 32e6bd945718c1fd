// Home page data: every event with its excerpts, the themes, and the sources' metadata (not their full text).
import { getDataset } from '$lib/server/dataset';
import { sourceSummaries } from '$lib/server/sourceSummaries';

export function load() {
	const { site, events, themes, sources } = getDataset();
	return { site, events, themes, sources: sourceSummaries(sources) };
}
