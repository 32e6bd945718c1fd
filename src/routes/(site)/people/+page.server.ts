// The index of people: officials, spokespeople and analysts on both sides.
import { getDataset } from '$lib/server/data/dataset';
import { rolesHeldOn } from '$lib/server/data/people';

export function load() {
	const { people, events } = getDataset();
	return {
		people: people.map((person) => {
			const present = events.filter((event) =>
				event.participants.some((participant) => participant.name === person.name)
			);
			const quotedAt = events.filter((event) =>
				event.excerpts.some((excerpt) => excerpt.speaker === person.name)
			);
			// The title they had when the timeline last shows them, as that event gives it.
			const last = present.at(-1);
			const lastQuoted = quotedAt.at(-1);
			const role = last
				? last.participants.find((participant) => participant.name === person.name)!.role
				: (lastQuoted && rolesHeldOn(person, lastQuoted.start).join(' and ')) ||
					person.roles.at(-1)!.title;
			return {
				id: person.id,
				name: person.name,
				side: person.side,
				role,
				events: present.length,
				quotes: quotedAt.reduce(
					(sum, event) =>
						sum + event.excerpts.filter((excerpt) => excerpt.speaker === person.name).length,
					0
				)
			};
		})
	};
}
