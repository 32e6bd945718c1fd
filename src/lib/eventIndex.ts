// Events by id, indexed once per list: each of a dataset's events has a page, a JSON file, two
// citation files and JSON-LD, and a scan per lookup made prerendering grow with the square of the
// dataset.
import { builtOnce } from './builtOnce';
import type { TimelineEvent } from './model';

const positions = builtOnce(
	(events: readonly TimelineEvent[]) =>
		new Map(events.map((event, position) => [event.id, position]))
);

/** The position in `events` of the event with this id, or -1. */
export function eventPosition(events: readonly TimelineEvent[], id: string): number {
	return positions(events).get(id) ?? -1;
}

/** The event with this id, or undefined. */
export function eventWithId(
	events: readonly TimelineEvent[],
	id: string
): TimelineEvent | undefined {
	return events[eventPosition(events, id)];
}
