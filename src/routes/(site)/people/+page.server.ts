// The index of people: officials, spokespeople and analysts on both sides.
import { getDataset } from '$lib/server/data/dataset';

export function load() {
	const { people, events } = getDataset();
	return {
		people: people.map((person) => ({
			...person,
			events: events.filter((event) =>
				event.participants.some((participant) => participant.name === person.name)
			).length,
			quotes: events.reduce(
				(sum, event) =>
					sum + event.excerpts.filter((excerpt) => excerpt.speaker === person.name).length,
				0
			)
		}))
	};
}
