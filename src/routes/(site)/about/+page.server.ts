// The about page: coverage figures, method, how to cite, downloads and licence.
import { getDataset } from '$lib/server/data/dataset';
import { formatEventDate } from '$lib/server/dates/formatDate';

export function load() {
	const { site, events, themes, sources } = getDataset();
	const first = events[0]!;
	const last = events.at(-1)!;
	return {
		site,
		counts: {
			events: events.length,
			excerpts: events.reduce((sum, event) => sum + event.excerpts.length, 0),
			unsourced: events.filter((event) => event.excerpts.length === 0).length,
			themes: themes.length,
			sources: sources.length
		},
		// From the first event's first day to the last one's last, each as precisely as it is known.
		range: {
			fromLabel: formatEventDate(first.start, undefined, first.precision),
			toLabel: formatEventDate(last.end ?? last.start, undefined, last.precision)
		}
	};
}
