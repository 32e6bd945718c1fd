// The list of every event: static HTML with no script, so it stays fast however many events there are.
import { getDataset } from '$lib/server/data/dataset';
import { getTimelineEntries } from '$lib/server/pages/datasetEntries';

export const csr = false;

export function load() {
	const { events, themes } = getDataset();
	return {
		entries: getTimelineEntries(),
		dates: events.map((event) => event.dateLabel),
		places: events.map((event) => event.place?.name),
		unsourced: events.map((event) => event.excerpts.length === 0),
		publicRecordDates: events.map((event) => event.dateFrom === 'public-record'),
		themes: themes.map(({ id, label }) => ({ id, label }))
	};
}
