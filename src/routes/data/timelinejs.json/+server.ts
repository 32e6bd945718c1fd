// The dataset as a TimelineJS 3 JSON file, prerendered to build/data/timelinejs.json.
import { getDataset } from '$lib/server/data/dataset';
import { toTimelineJs } from '$lib/server/timelinejs/exportTimelineJs';

export const prerender = true;

export function GET() {
	return new Response(JSON.stringify(toTimelineJs(getDataset()), null, '\t') + '\n', {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
