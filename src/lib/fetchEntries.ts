// The timeline's entries for a page too large to carry them: /data/entries.json, packed.
// Such a page preloads that address from its head, so the request is made while its scripts load.
import { resolve } from '$app/paths';
import type { PackedEntries } from './packedEntries';
import type { TimelineEntry } from './model';

export async function fetchEntries(): Promise<TimelineEntry[]> {
	// The page's own fetch, not load's: the request must match the <link rel="preload">. The
	// unpacking code comes with it: only a page of a large dataset needs it.
	const [response, { unpackEntries }] = await Promise.all([
		globalThis.fetch(resolve('/data/entries.json')),
		import('./packedEntries')
	]);
	return unpackEntries((await response.json()) as PackedEntries);
}
