// A theme's page: its story across the talks.
import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/data/dataset';
import { sourceSummaries } from '$lib/server/pages/sourceSummaries';
import { themeStory } from '$lib/server/pages/themeStory';
import { figureFor } from '$lib/timeline/opening';
import { toTimelineEntries } from '$lib/timelineEntries';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => getDataset().themes.map((theme) => ({ id: theme.id }));

export function load({ params }) {
	const dataset = getDataset();
	const story = themeStory(dataset, params.id);
	if (!story) error(404, 'No such theme');
	const shown = toTimelineEntries(story.events.map(({ event }) => event));
	return {
		story,
		sources: sourceSummaries(dataset.sources),
		// The theme's events over the whole period, highlighted and threaded.
		figure: figureFor(toTimelineEntries(dataset.events), {
			shown,
			highlightThemes: [story.theme.id],
			documented: dataset.sources.length > 0
		}),
		themes: dataset.themes,
		site: { title: dataset.site.title, url: dataset.site.url }
	};
}
