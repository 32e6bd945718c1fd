// In the browser, the timeline's entries join the page's data before the page starts, so the
// timeline is drawn as the page hydrates rather than in a second pass once a fetch resolves.
// The prerendered page has none: without JavaScript the list of events is the page.
import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import { unpackEntries, type PackedEntries } from '$lib/packedEntries';
import { toTimelineEntries } from '$lib/timelineEntries';
import type { TimelineEntry } from '$lib/types';

export async function load({ data }) {
	let entries: TimelineEntry[] | undefined;
	if (browser)
		entries = data.events
			? toTimelineEntries(data.events)
			: unpackEntries(
					// The page's own fetch, not load's: the request matches the <link rel="preload"> in
					// the page's head, made while the scripts were loading.
					await globalThis
						.fetch(resolve('/data/entries.json'))
						.then((response) => response.json() as Promise<PackedEntries>)
				);
	return { ...data, entries };
}
