// Every event of the dataset as the timeline draws it, converted once per build process, and the one
// way a page that draws the timeline gets its entries. The share card of each event draws the whole
// timeline from them, and so do the opening figure, the phone's rows and /data/entries.json.
import { countEvents } from '$lib/eventCounts';
import { fitsInPage } from '$lib/eventsInPage';
import { storyFrameHeight } from '$lib/timeline/geometry';
import { figureFor } from '$lib/timeline/opening';
import { toTimelineEntries } from '$lib/timelineEntries';
import type { TimelineEntry } from '$lib/model';
import { getDataset } from '../data/dataset';

let cached: TimelineEntry[] | undefined;

export function getTimelineEntries(): TimelineEntry[] {
	cached ??= toTimelineEntries(getDataset().events);
	return cached;
}

/**
 * The timeline's part of the data of a page that draws every event: the entries, their counts for
 * the filter chips, and the opening view as the build draws it. The entries travel in the page up
 * to IN_PAGE_EVENT_LIMIT events; beyond it the page leaves them out and the browser fetches them,
 * packed (`withPageEntries`).
 */
export function timelineData({ fromWidth }: { fromWidth?: number } = {}) {
	const all = getTimelineEntries();
	return {
		entries: fitsInPage(all.length) ? all : undefined,
		counts: countEvents(all),
		figure: figureFor(all, { fromWidth, documented: isDocumented() })
	};
}

/**
 * The same for a page that draws some events over the whole period, highlighted (a theme's story):
 * it carries those events anyway, and so their entries.
 */
export function storyTimelineData(
	shownIds: readonly string[],
	highlightThemes: string[],
	{ fromWidth }: { fromWidth?: number } = {}
) {
	const all = getTimelineEntries();
	const entries = storyEntries(shownIds);
	return {
		entries,
		frameHeight: storyFrameHeight(entries.length, highlightThemes.length),
		figure: figureFor(all, {
			shown: entries,
			highlightThemes,
			fromWidth,
			documented: isDocumented()
		})
	};
}

/** The entries of a story's events (a theme's), in order: its page's timeline and phone rows draw them. */
export function storyEntries(shownIds: readonly string[]): TimelineEntry[] {
	const shown = new Set(shownIds);
	return getTimelineEntries().filter((entry) => shown.has(entry.id));
}

const isDocumented = () => getDataset().sources.length > 0;
