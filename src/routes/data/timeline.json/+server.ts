// The public data export, prerendered to build/data/timeline.json.
import { getDataset } from '$lib/server/data/dataset';
import { toPublicJson } from '$lib/server/exports/export';

export const prerender = true;

export function GET() {
	// Indented so that a diff of two exports reads line by line.
	return new Response(JSON.stringify(toPublicJson(getDataset()), null, '\t') + '\n', {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
