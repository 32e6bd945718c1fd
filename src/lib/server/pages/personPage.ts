// A person's record across the talks: roles, the events they took part in, whom they met, and their quoted words.
import type { Dataset, EventKind, Excerpt, Person } from '../../model.ts';
import { formatEventDate } from '../dates/formatDate.ts';

/**
 * Whether an excerpt gives what someone said: quoted as its speaker, or reported in a reporter's
 * account, which its caption marks as a paraphrase of them.
 */
export function givesWordsOf(excerpt: Excerpt, name: string): boolean {
	return excerpt.speaker === name || excerpt.paraphraseOf?.name === name;
}

/**
 * When a person held a role, in words: "from 26 January 2021", "until 7 January 2023",
 * "26 January 2021 – 25 July 2023"; to the month where a list has no room for days
 * ("March – October 2023").
 */
export function rolePeriod(
	{ from, to }: Person['roles'][number],
	precision: 'day' | 'month' = 'day'
): string | undefined {
	const when = (date: string) => formatEventDate(date, undefined, precision);
	if (from && to)
		return precision === 'month'
			? formatEventDate(from, to, 'month')
			: `${when(from)} – ${when(to)}`;
	if (from) return `from ${when(from)}`;
	if (to) return `until ${when(to)}`;
	return undefined;
}

/**
 * The kinds of event at which its people met (or spoke, by telephone): not an incident, a refused
 * meeting among them, nor a briefing, an announcement or a postponement.
 */
const MEETINGS: ReadonlySet<EventKind> = new Set([
	'summit',
	'call',
	'strategic-dialogue',
	'talks',
	'visit',
	'working-group',
	'third-party'
]);

/** Data for /people/<id>, or undefined for an unknown id. */
export function personPage(dataset: Dataset, personId: string) {
	const person = dataset.people.find((candidate) => candidate.id === personId);
	if (!person) return undefined;
	const byName = new Map(dataset.people.map((candidate) => [candidate.name, candidate]));
	const events = dataset.events.filter((event) =>
		event.participants.some((participant) => participant.name === person.name)
	);
	// Whom they met: the other sides' people at their meetings, not their own delegation.
	const met = new Map<string, { id: string; name: string; count: number }>();
	for (const event of events.filter((candidate) => MEETINGS.has(candidate.kind)))
		for (const participant of event.participants) {
			const other = byName.get(participant.name);
			if (!other || other.side === person.side) continue;
			const id = other.id;
			const entry = met.get(id) ?? { id, name: participant.name, count: 0 };
			entry.count++;
			met.set(id, entry);
		}
	// Grouped by event: three sentences from one meeting read under one heading, not three.
	const quoted = dataset.events.flatMap((event) => {
		const excerpts = event.excerpts.filter((excerpt) => givesWordsOf(excerpt, person.name));
		return excerpts.length > 0
			? [
					{
						event: {
							id: event.id,
							title: event.title,
							dateLabel: event.dateLabel,
							dateFrom: event.dateFrom
						},
						excerpts
					}
				]
			: [];
	});
	return {
		person,
		roles: person.roles.map((role) => ({ title: role.title, period: rolePeriod(role) })),
		// As the event gives it: the build checks it is what people.yaml says they held that day.
		events: events.map((event) => ({
			id: event.id,
			title: event.title,
			dateLabel: event.dateLabel,
			dateFrom: event.dateFrom,
			role: event.participants.find((participant) => participant.name === person.name)!.role
		})),
		met: [...met.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
		quoted
	};
}
