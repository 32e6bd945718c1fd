// A person's record across the talks: roles, the events they took part in, whom they met, and their quoted words.
import type { Dataset, Person } from '../../model.ts';
import { formatEventDate } from '../dates/formatDate.ts';

/** When a person held a role, in words: "from 26 January 2021", "until 7 January 2023", "26 January 2021 – 25 July 2023". */
export function rolePeriod({ from, to }: Person['roles'][number]): string | undefined {
	const day = (date: string) => formatEventDate(date, undefined, 'day');
	if (from && to) return `${day(from)} – ${day(to)}`;
	if (from) return `from ${day(from)}`;
	if (to) return `until ${day(to)}`;
	return undefined;
}

/** Data for /people/<id>, or undefined for an unknown id. */
export function personPage(dataset: Dataset, personId: string) {
	const person = dataset.people.find((candidate) => candidate.id === personId);
	if (!person) return undefined;
	const byName = new Map(dataset.people.map((candidate) => [candidate.name, candidate]));
	const events = dataset.events.filter((event) =>
		event.participants.some((participant) => participant.name === person.name)
	);
	// Whom they met: the other sides' people at their events, not their own delegation.
	const met = new Map<string, { id: string; name: string; count: number }>();
	for (const event of events)
		for (const participant of event.participants) {
			const other = byName.get(participant.name);
			if (!other || other.side === person.side) continue;
			const id = other.id;
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
		roles: person.roles.map((role) => ({ title: role.title, period: rolePeriod(role) })),
		// As the event gives it: the build checks it is what people.yaml says they held that day.
		events: events.map((event) => ({
			id: event.id,
			title: event.title,
			dateLabel: event.dateLabel,
			role: event.participants.find((participant) => participant.name === person.name)!.role
		})),
		met: [...met.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
		quoted
	};
}
