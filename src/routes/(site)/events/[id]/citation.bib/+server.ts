// BibTeX for an event page and its sources, prerendered to /events/<id>/citation.bib.
import { error } from '@sveltejs/kit';
import { bibtexCitation } from '$lib/server/exports/citation';
import { getDataset } from '$lib/server/data/dataset';
import { citationInput } from '$lib/server/pages/eventPage';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => getDataset().events.map((event) => ({ id: event.id }));

export function GET({ params }) {
	const input = citationInput(getDataset(), params.id);
	if (!input) error(404, 'No such event');
	return new Response(bibtexCitation(input), {
		headers: { 'content-type': 'application/x-bibtex; charset=utf-8' }
	});
}
