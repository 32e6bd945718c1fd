// The slim timeline entries of every event, packed (see packedEntries.ts) and prerendered to
// build/data/entries.json for pages too large to inline them.
import { packEntries } from '$lib/packedEntries';
import { getTimelineEntries } from '$lib/server/pages/datasetEntries';

export const prerender = true;

export function GET() {
	return new Response(JSON.stringify(packEntries(getTimelineEntries())), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
