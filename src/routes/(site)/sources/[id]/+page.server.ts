// A source page: the cleaned text with every cited excerpt highlighted and anchored.
import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/dataset';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () =>
	getDataset().sources.map((source) => ({ id: source.id }));

export function load({ params }) {
	const { sources, events } = getDataset();
	const source = sources.find((candidate) => candidate.id === params.id);
	if (!source) error(404, 'No such source');
	const citations = events.flatMap((event) =>
		event.excerpts
			.filter((excerpt) => excerpt.source === source.id)
			.map((excerpt) => ({
				id: excerpt.id,
				start: excerpt.start,
				end: excerpt.end,
				event: { id: event.id, title: event.title }
			}))
	);
	return { source, citations };
}
