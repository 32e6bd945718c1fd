// The index of people: officials, spokespeople and analysts on both sides.
import { getDataset } from '$lib/server/data/dataset';
import { givesWordsOf, rolePeriod } from '$lib/server/pages/personPage';

export function load() {
	const { people, events } = getDataset();
	return {
		people: people.map((person) => {
			const present = events.filter((event) =>
				event.participants.some((participant) => participant.name === person.name)
			);
			// Every post of the period with when it was held: a title alone would read as held today,
			// and a foreign minister of six months as one still in office.
			const roles = person.roles.map((role) => ({
				title: role.title,
				period: rolePeriod(role, 'month')
			}));
			return {
				id: person.id,
				name: person.name,
				side: person.side,
				roles,
				events: present.length,
				quotes: events.reduce(
					(sum, event) =>
						sum + event.excerpts.filter((excerpt) => givesWordsOf(excerpt, person.name)).length,
					0
				)
			};
		})
	};
}
