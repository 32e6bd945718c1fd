// The site search index, built at build time and prerendered to build/data/search-index.json.
import { getDataset } from '$lib/server/data/dataset';
import { buildSearchIndex } from '$lib/server/exports/searchIndex';

export const prerender = true;

export function GET() {
	return new Response(buildSearchIndex(getDataset()), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
