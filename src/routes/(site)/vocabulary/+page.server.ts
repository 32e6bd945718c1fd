// The diplomatic vocabulary page: every use of candid, constructive and the rest, over time and by voice.
import { getDataset } from '$lib/server/data/dataset';
import { CHART, vocabularyChart } from '$lib/server/analysis/vocabularyChart';

export function load() {
	const dataset = getDataset();
	return {
		chart: vocabularyChart(dataset),
		layout: CHART,
		events: Object.fromEntries(dataset.events.map((event) => [event.id, event.title]))
	};
}
