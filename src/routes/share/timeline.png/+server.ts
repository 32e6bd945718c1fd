// The timeline's share card (og:image of the home page and the embed), prerendered to build/share/timeline.png.
import { getDataset } from '$lib/server/data/dataset';
import { getTimelineEntries } from '$lib/server/pages/datasetEntries';
import { shareCardPng } from '$lib/server/exports/shareImagePng';

export const prerender = true;

export async function GET() {
	const { site, events } = getDataset();
	const entries = getTimelineEntries();
	// The record's span: its first and last dates, which its events' cards and pages say the origin of.
	const first = events[0];
	const last = events.at(-1);
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
