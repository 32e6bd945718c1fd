// The embed builder: lists the themes and events a journalist can choose from.
import { getDataset } from '$lib/server/dataset';

export function load() {
	const { site, events, themes } = getDataset();
	return {
		site: { title: site.title, url: site.url },
		events: events.map(({ id, title, shortDateLabel }) => ({ id, title, shortDateLabel })),
		themes: themes.map(({ id, label }) => ({ id, label })),
		range: { from: events[0]!.start, to: events.at(-1)!.end ?? events.at(-1)!.start }
	};
}
