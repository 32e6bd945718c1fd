// In the browser, the timeline's entries join the page's data before the page starts, so the
// timeline can take over its prerendered drawing as the page hydrates. The build needs none: it
// draws the opening view from the figure (and a phone's rows in hooks.server.ts).
import { browser } from '$app/environment';
import { fetchEntries } from '$lib/fetchEntries';
import { toTimelineEntries } from '$lib/timelineEntries';
import type { TimelineEntry } from '$lib/model';

export async function load({ data }) {
	let entries: TimelineEntry[] = [];
	if (browser) entries = data.events ? toTimelineEntries(data.events) : await fetchEntries();
	return { ...data, entries };
}
