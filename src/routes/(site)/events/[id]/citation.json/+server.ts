// CSL-JSON for an event page and its sources, prerendered to /events/<id>/citation.json.
import { error } from '@sveltejs/kit';
import { cslJsonCitation } from '$lib/server/exports/citation';
import { getDataset } from '$lib/server/data/dataset';
import { citationInput } from '$lib/server/pages/eventPage';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => getDataset().events.map((event) => ({ id: event.id }));

export function GET({ params }) {
	const input = citationInput(getDataset(), params.id);
	if (!input) error(404, 'No such event');
	return new Response(JSON.stringify(cslJsonCitation(input), null, '\t') + '\n', {
		headers: { 'content-type': 'application/vnd.citationstyles.csl+json; charset=utf-8' }
	});
}
