// A large dataset's entries are fetched in the browser before the page starts, so the timeline
// can take over its prerendered drawing as the page hydrates. The build draws the opening view
// from the figure and needs none.
import { browser } from '$app/environment';
import { fetchEntries } from '$lib/fetchEntries';

export async function load({ data }) {
	const entriesFetched = !data.entries;
	return {
		...data,
		entries: data.entries ?? (browser ? await fetchEntries() : []),
		/** The same on the server and in the browser, unlike `entries` (the page preloads by it). */
		entriesFetched
	};
}
