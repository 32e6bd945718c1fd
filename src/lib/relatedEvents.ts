// Links between events read in both directions: "implements the consensus of" one way, "followed up by" the other.
import { RELATION_LABELS } from './labels';
import type { TimelineEntry, TimelineEvent } from './types';

export interface RelatedEvent {
	event: Pick<TimelineEntry, 'id' | 'title' | 'start' | 'dateLabel'>;
	/** How this event relates to the other, e.g. "followed up by". */
	label: string;
}

/** Every event linked from `eventId` or linking to it, with the relation phrased from `eventId`'s side. */
export function relatedEvents(events: readonly TimelineEvent[], eventId: string): RelatedEvent[] {
	const byId = new Map(events.map((event) => [event.id, event]));
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
