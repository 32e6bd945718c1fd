// The about page: coverage figures, method, how to cite, downloads and licence.
import { getDataset } from '$lib/server/data/dataset';

export function load() {
	const { site, events, themes, sources } = getDataset();
	return {
		site,
		counts: {
			events: events.length,
			excerpts: events.reduce((sum, event) => sum + event.excerpts.length, 0),
			unsourced: events.filter((event) => event.excerpts.length === 0).length,
			themes: themes.length,
			sources: sources.length
		},
		range: { fromLabel: events[0]!.shortDateLabel, toLabel: events.at(-1)!.dateLabel }
	};
}
