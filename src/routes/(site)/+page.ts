// In the browser, the timeline's entries join the page's data before the page starts, so the
// timeline is drawn as the page hydrates rather than in a second pass once a fetch resolves.
// The prerendered page has none: without JavaScript the list of events is the page.
import { browser } from '$app/environment';
import { fetchEntries } from '$lib/fetchEntries';
import { toTimelineEntries } from '$lib/timelineEntries';
import type { TimelineEntry } from '$lib/types';

export async function load({ data }) {
	let entries: TimelineEntry[] | undefined;
	if (browser) entries = data.events ? toTimelineEntries(data.events) : await fetchEntries();
	return { ...data, entries };
}
