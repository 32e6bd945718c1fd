// Links between events read in both directions: "implements the consensus of" one way, "followed up by" the other.
import { builtOnce } from './builtOnce';
import { eventWithId } from './eventIndex';
import { RELATION_LABELS, type TimelineEvent } from './model';

export interface RelatedEvent {
	event: Pick<TimelineEvent, 'id' | 'title' | 'start' | 'dateLabel' | 'dateFrom'>;
	/** How this event relates to the other, e.g. "followed up by". */
	label: string;
}

/** For each event id, the events that link to it and how. */
type LinkedFrom = Map<
	string,
	{ other: TimelineEvent; relation: TimelineEvent['links'][number]['relation'] }[]
>;

/** Links read backwards, built once per list: every event page of a large dataset asks. */
const linksFrom = builtOnce((events: readonly TimelineEvent[]): LinkedFrom => {
	const linkedFrom: LinkedFrom = new Map();
	for (const other of events)
		for (const link of other.links) {
			const list = linkedFrom.get(link.event) ?? [];
			list.push({ other, relation: link.relation });
			linkedFrom.set(link.event, list);
		}
	return linkedFrom;
});

/** Every event linked from `eventId` or linking to it, with the relation phrased from `eventId`'s side. */
export function relatedEvents(events: readonly TimelineEvent[], eventId: string): RelatedEvent[] {
	const linkedFrom = linksFrom(events);
	const slim = ({ id, title, start, dateLabel, dateFrom }: TimelineEvent) => ({
		id,
		title,
		start,
		dateLabel,
		...(dateFrom ? { dateFrom } : {})
	});
	const subject = eventWithId(events, eventId);
	if (!subject) return [];
	const forward = subject.links.map((link) => ({
		event: slim(eventWithId(events, link.event)!),
		label: RELATION_LABELS[link.relation].forward
	}));
	const backward = (linkedFrom.get(eventId) ?? []).map(({ other, relation }) => ({
		event: slim(other),
		label: RELATION_LABELS[relation].backward
	}));
	return [...forward, ...backward].sort((a, b) => a.event.start.localeCompare(b.event.start));
}
