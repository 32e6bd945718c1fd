// The browser's side of the one way a page gets its timeline's entries (datasetEntries.ts): those its
// data carries, or, for a dataset too large to carry them, /data/entries.json, packed. Such a page
// preloads that address from its head, so the request is made while its scripts load.
import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import type { PackedEntries } from './packedEntries';
import type { TimelineEntry } from './model';

async function fetchEntries(): Promise<TimelineEntry[]> {
	// The page's own fetch, not load's: the request must match the <link rel="preload">. The
	// unpacking code comes with it: only a page of a large dataset needs it.
	const [response, { unpackEntries }] = await Promise.all([
		globalThis.fetch(resolve('/data/entries.json')),
		import('./packedEntries')
	]);
	return unpackEntries((await response.json()) as PackedEntries);
}

/**
 * A page's data with its entries, before the page starts, so the timeline can take over its
 * prerendered drawing as the page hydrates (the build draws the opening view from the figure, and
 * gets none from a fetch). `entriesFetched` is the same on the server and in the browser, unlike `entries`.
 */
export async function withPageEntries<Data extends { entries?: TimelineEntry[] }>(data: Data) {
	const entriesFetched = !data.entries;
	return {
		...data,
		entries: data.entries ?? (browser ? await fetchEntries() : []),
		entriesFetched
	};
}
