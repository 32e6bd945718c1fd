// How many events each theme and each voice has: the counts the filter chips show.
import type { TimelineEntry } from './model';

export interface EventCounts {
	themes: Record<string, number>;
	voices: Record<string, number>;
}

/** Counts in one pass; the site counts at build time, so a large dataset's visitors need not. */
export function countEvents(entries: readonly Pick<TimelineEntry, 'themes' | 'voices'>[]) {
	const counts: EventCounts = { themes: {}, voices: {} };
	for (const { themes, voices } of entries) {
		for (const id of themes) counts.themes[id] = (counts.themes[id] ?? 0) + 1;
		for (const id of voices) counts.voices[id] = (counts.voices[id] ?? 0) + 1;
	}
	return counts;
}
