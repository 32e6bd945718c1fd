// The index of themes, most frequent first.
import { getDataset } from '$lib/server/data/dataset';
import { themesByFrequency } from '$lib/server/pages/themeStory';

export function load() {
	const dataset = getDataset();
	return {
		themes: themesByFrequency(dataset)
	};
}
