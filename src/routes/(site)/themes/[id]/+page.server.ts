// A theme's page: its story across the talks.
import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/dataset';
import { sourceSummaries } from '$lib/server/sourceSummaries';
import { themeStory } from '$lib/server/themeStory';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => getDataset().themes.map((theme) => ({ id: theme.id }));

export function load({ params }) {
	const dataset = getDataset();
	const story = themeStory(dataset, params.id);
	if (!story) error(404, 'No such theme');
	const first = dataset.events[0]!;
	const last = dataset.events.at(-1)!;
	return {
		story,
		sources: sourceSummaries(dataset.sources),
		range: {
			from: first.start,
			to: last.end ?? last.start,
			fromLabel: first.shortDateLabel,
			toLabel: last.shortDateLabel
		},
		site: { title: dataset.site.title, url: dataset.site.url }
	};
}
