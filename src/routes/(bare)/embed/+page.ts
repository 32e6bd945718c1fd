// A large dataset's entries are fetched in the browser before the page starts, so the timeline is
// drawn as the page hydrates. The prerendered page draws no timeline (its options are in the query
// string, which only the browser sees), so it needs none.
import { browser } from '$app/environment';
import { fetchEntries } from '$lib/fetchEntries';

export async function load({ data }) {
	const entriesFetched = !data.entries;
	return {
		...data,
		entries: data.entries ?? (browser ? await fetchEntries() : undefined),
		/** The same on the server and in the browser, unlike `entries` (the page preloads by it). */
		entriesFetched
	};
}
