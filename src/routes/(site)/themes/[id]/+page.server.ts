// A theme's page: its story across the talks.
import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/data/dataset';
import { storyTimelineData } from '$lib/server/pages/datasetEntries';
import { sourceSummaries } from '$lib/server/pages/sourceSummaries';
import { themeStory } from '$lib/server/pages/themeStory';
import { VERTICAL_BELOW } from '$lib/timeline/geometry';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => getDataset().themes.map((theme) => ({ id: theme.id }));

export function load({ params }) {
	const dataset = getDataset();
	const story = themeStory(dataset, params.id);
	if (!story) error(404, 'No such theme');
	// The theme's events over the whole period, highlighted and threaded; a narrower frame draws the
	// rows the build writes into the page (hooks.server.ts).
	const timeline = storyTimelineData(
		story.events.map(({ event }) => event.id),
		[story.theme.id],
		{ fromWidth: VERTICAL_BELOW }
	);
	return {
		story,
		sources: sourceSummaries(dataset.sources),
		...timeline,
		themes: dataset.themes
	};
}
