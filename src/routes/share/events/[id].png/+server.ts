// An event's share card (og:image), prerendered to build/share/events/<id>.png.
import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/data/dataset';
import { getTimelineEntries } from '$lib/server/pages/datasetEntries';
import { eventShareCard } from '$lib/server/exports/shareImage';
import { shareCardPng } from '$lib/server/exports/shareImagePng';
import type { EntryGenerator } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => getDataset().events.map((event) => ({ id: event.id }));

export async function GET({ params }) {
	const { site } = getDataset();
	const entries = getTimelineEntries();
	const event = entries.find((entry) => entry.id === params.id);
	if (!event) error(404, 'No such event');
	return new Response(await shareCardPng(eventShareCard(site.title, entries, event)), {
		headers: { 'content-type': 'image/png' }
	});
}
