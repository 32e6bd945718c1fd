// An event page: the event in full, its related events, neighbours and citations.
import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/data/dataset';
import { eventPage } from '$lib/server/pages/eventPage';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => getDataset().events.map((event) => ({ id: event.id }));

export function load({ params }) {
	const page = eventPage(getDataset(), params.id);
	if (!page) error(404, 'No such event');
	return page;
}
