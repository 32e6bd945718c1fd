// Every event of the dataset as the timeline draws it, computed once per build process: the share
// card of each event draws the whole timeline from it.
import { toTimelineEntries } from '$lib/timelineEntries';
import type { TimelineEntry } from '$lib/model';
import { getDataset } from '../data/dataset';

let cached: TimelineEntry[] | undefined;

export function getTimelineEntries(): TimelineEntry[] {
	cached ??= toTimelineEntries(getDataset().events);
	return cached;
}
