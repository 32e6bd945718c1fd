// The slim timeline entries of every event, packed (see packedEntries.ts) and prerendered to
// build/data/entries.json for pages too large to inline them.
import { getDataset } from '$lib/server/data/dataset';
import { packEntries } from '$lib/packedEntries';
import { toTimelineEntries } from '$lib/timelineEntries';

export const prerender = true;

export function GET() {
	return new Response(JSON.stringify(packEntries(toTimelineEntries(getDataset().events))), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
