// The timeline's share card (og:image of the home page and the embed), prerendered to build/share/timeline.png.
import { getDataset } from '$lib/server/data/dataset';
import { getTimelineEntries } from '$lib/server/pages/datasetEntries';
import { shareCardPng } from '$lib/server/exports/shareImagePng';

export const prerender = true;

export async function GET() {
	const { site } = getDataset();
	const entries = getTimelineEntries();
	const first = entries[0];
	const last = entries.at(-1);
	return new Response(
		await shareCardPng({
			siteTitle: site.shortTitle ?? site.title,
			title: site.title,
			subtitle:
				first && last ? `${entries.length} events, ${first.dateLabel} to ${last.dateLabel}` : '',
			entries
		}),
		{ headers: { 'content-type': 'image/png' } }
	);
}
