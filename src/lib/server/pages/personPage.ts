// A person's record across the talks: roles, the events they took part in, whom they met, and their quoted words.
import type { Dataset } from '../../model.ts';
import { roleOn } from '../data/people.ts';

/** Data for /people/<id>, or undefined for an unknown id. */
export function personPage(dataset: Dataset, personId: string) {
	const person = dataset.people.find((candidate) => candidate.id === personId);
	if (!person) return undefined;
	const idByName = new Map(dataset.people.map((candidate) => [candidate.name, candidate.id]));
	const events = dataset.events.filter((event) =>
		event.participants.some((participant) => participant.name === person.name)
	);
	const met = new Map<string, { id: string; name: string; count: number }>();
	for (const event of events)
		for (const participant of event.participants) {
			const id = idByName.get(participant.name);
			if (!id || participant.name === person.name) continue;
			const entry = met.get(id) ?? { id, name: participant.name, count: 0 };
			entry.count++;
			met.set(id, entry);
		}
	const quoted = dataset.events.flatMap((event) =>
		event.excerpts
			.filter((excerpt) => excerpt.speaker === person.name)
			.map((excerpt) => ({
				excerpt,
				event: { id: event.id, title: event.title, dateLabel: event.dateLabel }
			}))
	);
	return {
		person,
		events: events.map((event) => ({
			id: event.id,
			title: event.title,
			dateLabel: event.dateLabel,
			role: roleOn(person, event.start)
		})),
		met: [...met.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
		quoted
	};
}
