// The presentation's data, built from the same dataset as the site.
import { getDataset } from '$lib/server/data/dataset';
import { presentationData } from '$lib/server/pages/presentation';

export function load() {
	return presentationData(getDataset(), { handout: true });
}
