// The theme's events as the timeline draws them, made from the page's events on both sides: the
// build draws the figure, the browser takes it over.
import { toTimelineEntries } from '$lib/timelineEntries';

export function load({ data }) {
	return { ...data, entries: toTimelineEntries(data.story.events.map(({ event }) => event)) };
}
