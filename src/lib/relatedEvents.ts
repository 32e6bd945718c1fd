// Links between events read in both directions: "implements the consensus of" one way, "followed up by" the other.
import { RELATION_LABELS } from './labels';
import type { TimelineEntry, TimelineEvent } from './types';

export interface RelatedEvent {
	event: Pick<TimelineEntry, 'id' | 'title' | 'start' | 'dateLabel'>;
	/** How this event relates to the other, e.g. "followed up by". */
	label: string;
}

const indexes = new WeakMap<readonly TimelineEvent[], Map<string, TimelineEvent>>();

/** Events by id, built once per list (event pages of a large dataset all ask for it). */
function eventsById(events: readonly TimelineEvent[]): Map<string, TimelineEvent> {
	let index = indexes.get(events);
	if (!index) {
		index = new Map(events.map((event) => [event.id, event]));
		indexes.set(events, index);
	}
	return index;
}

/** Every event linked from `eventId` or linking to it, with the relation phrased from `eventId`'s side. */
export function relatedEvents(events: readonly TimelineEvent[], eventId: string): RelatedEvent[] {
	const byId = eventsById(events);
	const slim = ({ id, title, start, dateLabel }: TimelineEvent) => ({
		id,
		title,
		start,
		dateLabel
	});
	const subject = byId.get(eventId);
	if (!subject) return [];
	const forward = subject.links.map((link) => ({
		event: slim(byId.get(link.event)!),
		label: RELATION_LABELS[link.relation].forward
	}));
	const backward = events.flatMap((other) =>
		other.links
			.filter((link) => link.event === eventId)
			.map((link) => ({ event: slim(other), label: RELATION_LABELS[link.relation].backward }))
	);
	return [...forward, ...backward].sort((a, b) => a.event.start.localeCompare(b.event.start));
}
