// An event's oEmbed document (the embed opened on it), prerendered to build/oembed/events/<id>.json.
import { error } from '@sveltejs/kit';
import { eventWithId } from '$lib/eventIndex';
import { getDataset } from '$lib/server/data/dataset';
import { oembedDocument } from '$lib/server/exports/oembed';
import type { EntryGenerator } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => getDataset().events.map((event) => ({ id: event.id }));

export function GET({ params }) {
	const { site, events } = getDataset();
	const event = eventWithId(events, params.id);
	if (!event) error(404, 'No such event');
	return new Response(JSON.stringify(oembedDocument(site, event.title, event.id)), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
