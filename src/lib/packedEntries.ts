// The timeline's entries as the large-dataset page fetches them: one array per field, and every
// value that repeats (dates, date labels, kinds, lists of themes and voices) written once.
import type { TimelineEntry } from './model';

/**
 * A large dataset's entries as objects are megabytes of JSON whose parsing and garbage the page
 * pays for before the timeline can draw; packed they are far smaller and a fraction of the
 * objects. Numbers in `start`…`shortDateLabel` index `values` (-1: no end date); those in
 * `themes` and `voices` index `lists`.
 */
export interface PackedEntries {
	values: string[];
	lists: string[][];
	id: string[];
	title: string[];
	start: number[];
	end: number[];
	precision: number[];
	kind: number[];
	dateWithOrigin: number[];
	shortDateLabel: number[];
	themes: number[];
	voices: number[];
}

export function packEntries(entries: readonly TimelineEntry[]): PackedEntries {
	const values: string[] = [];
	const valueIndex = new Map<string, number>();
	const value = (text: string) => {
		let index = valueIndex.get(text);
		if (index === undefined) valueIndex.set(text, (index = values.push(text) - 1));
		return index;
	};
	const lists: string[][] = [];
	const listIndex = new Map<string, number>();
	const list = (items: readonly string[]) => {
		const key = JSON.stringify(items);
		let index = listIndex.get(key);
		if (index === undefined) listIndex.set(key, (index = lists.push([...items]) - 1));
		return index;
	};
	const column = <T>(read: (entry: TimelineEntry) => T) => entries.map(read);
	return {
		values,
		lists,
		id: column((entry) => entry.id),
		title: column((entry) => entry.title),
		start: column((entry) => value(entry.start)),
		end: column((entry) => (entry.end === undefined ? -1 : value(entry.end))),
		precision: column((entry) => value(entry.precision)),
		kind: column((entry) => value(entry.kind)),
		dateWithOrigin: column((entry) => value(entry.dateWithOrigin)),
		shortDateLabel: column((entry) => value(entry.shortDateLabel)),
		themes: column((entry) => list(entry.themes)),
		voices: column((entry) => list(entry.voices))
	};
}

/** The entries back as objects. Entries with the same themes (or voices) share one array: read it, never change it. */
export function unpackEntries(packed: PackedEntries): TimelineEntry[] {
	const { values, lists } = packed;
	return packed.id.map((id, index) => {
		const entry: TimelineEntry = {
			id,
			title: packed.title[index]!,
			start: values[packed.start[index]!]!,
			precision: values[packed.precision[index]!] as TimelineEntry['precision'],
			kind: values[packed.kind[index]!] as TimelineEntry['kind'],
			themes: lists[packed.themes[index]!]!,
			dateWithOrigin: values[packed.dateWithOrigin[index]!]!,
			shortDateLabel: values[packed.shortDateLabel[index]!]!,
			voices: lists[packed.voices[index]!]! as TimelineEntry['voices']
		};
		// Set only when there is one (no spread: it costs an object per entry).
		const end = packed.end[index]!;
		if (end >= 0) entry.end = values[end];
		return entry;
	});
}
