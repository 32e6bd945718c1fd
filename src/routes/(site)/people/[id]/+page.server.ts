// A person's page.
import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/data/dataset';
import { personPage } from '$lib/server/pages/personPage';
import { sourceSummaries } from '$lib/server/pages/sourceSummaries';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () =>
	getDataset().people.map((person) => ({ id: person.id }));

export function load({ params }) {
	const dataset = getDataset();
	const page = personPage(dataset, params.id);
	if (!page) error(404, 'No such person');
	return {
		...page,
		sources: sourceSummaries(dataset.sources)
	};
}
