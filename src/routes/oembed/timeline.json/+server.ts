// The timeline's oEmbed document, prerendered to build/oembed/timeline.json.
import { getDataset } from '$lib/server/data/dataset';
import { oembedDocument } from '$lib/server/exports/oembed';

export const prerender = true;

export function GET() {
	const { site } = getDataset();
	return new Response(JSON.stringify(oembedDocument(site, site.title)), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
