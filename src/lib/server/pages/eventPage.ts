// Everything an event page shows, gathered from the dataset.
import { eventPosition, eventWithId } from '../../eventIndex.ts';
import { relatedEvents } from '../../relatedEvents.ts';
import { toTimelineEntries } from '../../timelineEntries.ts';
import type { Dataset } from '../../model.ts';
import { chicagoCitation, type CitationInput } from '../exports/citation.ts';
import { commitmentsOfEvent } from '../analysis/commitmentLedger.ts';
import { personIdsByName } from '../data/people.ts';
import { sourceSummaries } from './sourceSummaries.ts';

/** The citation input for an event: the event, the sources its excerpts quote, and the site. */
export function citationInput(dataset: Dataset, eventId: string): CitationInput | undefined {
	const event = eventWithId(dataset.events, eventId);
	if (!event) return undefined;
	const cited = new Set(event.excerpts.map((excerpt) => excerpt.source));
	return {
		event,
		sources: dataset.sources.filter((source) => cited.has(source.id)),
		site: dataset.site
	};
}

/** The data of /events/<id>, or undefined for an unknown id. */
export function eventPage(dataset: Dataset, eventId: string) {
	const input = citationInput(dataset, eventId);
	if (!input) return undefined;
	const index = eventPosition(dataset.events, eventId);
	const cited = new Set(input.event.excerpts.map((excerpt) => excerpt.source));
	const entryAt = (position: number) => {
		const neighbour = dataset.events[position];
		return neighbour && toTimelineEntries([neighbour])[0];
	};
	return {
		event: input.event,
		themes: dataset.themes.filter((theme) => input.event.themes.includes(theme.id)),
		sources: sourceSummaries(dataset.sources.filter((source) => cited.has(source.id))),
		related: relatedEvents(dataset.events, eventId),
		previous: entryAt(index - 1),
		next: entryAt(index + 1),
		chicago: chicagoCitation(input),
		commitments: commitmentsOfEvent(dataset, eventId),
		people: personIdsByName(dataset.people),
		descriptors: dataset.vocabulary
			// The words said of this event, not of another one its excerpts also speak of.
			.filter((use) => use.describes === eventId)
			.map(({ id, source, word, voice, negated, sentence }) => ({
				id,
				source,
				word,
				voice,
				negated,
				sentence
			})),
		site: { title: dataset.site.title, url: dataset.site.url }
	};
}
