// One event in full, prerendered to build/data/events/<id>.json: what the event panel loads on demand.
import { error } from '@sveltejs/kit';
import { eventWithId } from '$lib/eventIndex';
import { getDataset } from '$lib/server/data/dataset';
import type { EntryGenerator } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => getDataset().events.map((event) => ({ id: event.id }));

export function GET({ params }) {
	const event = eventWithId(getDataset().events, params.id);
	if (!event) error(404, 'No such event');
	return new Response(JSON.stringify(event), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
