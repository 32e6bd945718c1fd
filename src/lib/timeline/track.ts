// The events a timeline lays out, with their dates as milliseconds: converted once per list, read on every frame.
import type { TimelineEntry } from '../model';
import { rememberingIsoDateToTime } from './isoDate';
import { DAY, paddedDomain } from './zoom';

/** Entries in chronological order and, at the same positions, their first and last days (ms, UTC). */
export interface Track {
	entries: readonly TimelineEntry[];
	starts: Float64Array;
	ends: Float64Array;
	/** The longest event, ms: how far before the view an event may start and still reach into it. */
	longest: number;
	/** Each title's label width (px), measured when the layout first needs it (NaN until then). */
	labelWidths: Float64Array;
	/** The same in bold type, for an event whose label a highlighted theme makes bold. */
	boldLabelWidths: Float64Array;
}

/** Converts dates through `timeOf`, so tracks of the same events (all, then a filtered few) share one memory. */
export function trackOf(
	entries: readonly TimelineEntry[],
	timeOf: (date: string) => number = rememberingIsoDateToTime()
): Track {
	const starts = new Float64Array(entries.length);
	const ends = new Float64Array(entries.length);
	let longest = 0;
	entries.forEach((entry, index) => {
		starts[index] = timeOf(entry.start);
		ends[index] = entry.end === undefined ? starts[index]! : timeOf(entry.end);
		longest = Math.max(longest, ends[index]! - starts[index]!);
	});
	return {
		entries,
		starts,
		ends,
		longest,
		labelWidths: new Float64Array(entries.length).fill(NaN),
		boldLabelWidths: new Float64Array(entries.length).fill(NaN)
	};
}

const positions = new WeakMap<Track, Map<string, number>>();

/** Where the event with `id` is in the track (-1 if it is not): the track's one index by id, made on first use. */
export function positionInTrack(track: Track, id: string | undefined): number {
	let byId = positions.get(track);
	if (!byId)
		positions.set(track, (byId = new Map(track.entries.map((entry, index) => [entry.id, index]))));
	return (id === undefined ? undefined : byId.get(id)) ?? -1;
}

/** The time range a track is drawn over: its first to last day, with a margin. */
export function trackDomain(track: Track): [number, number] {
	let first = Infinity;
	let last = -Infinity;
	for (let index = 0; index < track.entries.length; index++) {
		first = Math.min(first, track.starts[index]!);
		last = Math.max(last, track.ends[index]!);
	}
	// An empty story still gets a range: a month around today's date would not be reproducible.
	if (first > last) [first, last] = [0, 30 * DAY];
	return paddedDomain([first, last]);
}

/** Index of the first event starting at or after `time` (events sorted by start). */
export function firstStartingAtOrAfter(track: Track, time: number): number {
	let low = 0;
	let high = track.entries.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (track.starts[middle]! < time) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * The events either side of a view that holds none: the last to start before `from` and the first
 * to start after `to` (positions in the track; -1 where there is none). Undefined when an event
 * starts, ends or runs within [from, to].
 */
export function eventsAroundEmptyView(
	track: Track,
	from: number,
	to: number
): { before: number; after: number } | undefined {
	const after = firstStartingAtOrAfter(track, from);
	if (after < track.entries.length && track.starts[after]! <= to) return undefined;
	// Only an event starting up to the longest one's length before the view can still run into it.
	for (let index = after - 1; index >= 0 && track.starts[index]! >= from - track.longest; index--)
		if (track.ends[index]! >= from) return undefined;
	return { before: after - 1, after: after < track.entries.length ? after : -1 };
}
