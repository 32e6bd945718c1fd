// Builds the site search index at build time from events, themes, sources and every source paragraph.
import MiniSearch from 'minisearch';
import { placeLabel } from '../../labels.ts';
import { SEARCH_OPTIONS, type QuotedExcerpt, type SearchDocument } from '../../searchDocuments.ts';
import { paragraphsOf } from '../../sourceParagraphs.ts';
import { searchAliases } from '../../searchAliases.ts';
import { rolePeriod } from '../pages/personPage.ts';
import type { Dataset, TimelineEvent } from '../../model.ts';

/** Every searchable document of the dataset, each with the aliases of what it says. */
export function searchDocuments(dataset: Dataset): SearchDocument[] {
	return documentsOf(dataset).map((document) => {
		// Not its quotes': an event whose documents name artificial intelligence among other things
		// is not what a reader asking for "AI" means.
		const { title = '', text, participants = '', themes = '' } = document;
		const aliases = searchAliases([title, text, participants, themes].join(' \n '));
		return aliases ? { ...document, aliases } : document;
	});
}

/**
 * An event's excerpts with who said each, where they are not among its participants: "Hua" finds
 * the events the documents quote her at (Anchorage, where she was not).
 */
function quotedExcerpts(event: TimelineEvent): QuotedExcerpt[] {
	return event.excerpts.map(({ quote, speaker }) =>
		speaker && !event.participants.some((person) => person.name === speaker)
			? { quote, speaker }
			: { quote }
	);
}

function documentsOf(dataset: Dataset): SearchDocument[] {
	const themeLabels = new Map(dataset.themes.map((theme) => [theme.id, theme.label]));
	return [
		...dataset.events.map((event) => {
			const excerpts = quotedExcerpts(event);
			return {
				id: `event:${event.id}`,
				kind: 'event' as const,
				title: event.title,
				text: event.summary,
				// Each name and role an item of its own: a quoted phrase does not run from one into the next.
				participants: event.participants
					.map((person) => `${person.name}; ${person.role}`)
					.join('; '),
				place: placeLabel(event.place),
				themes: event.themes.map((id) => themeLabels.get(id)).join('; '),
				// Searched as one text; kept one by one to show and to check a phrase against.
				quotes: excerpts
					.map(({ quote, speaker }) => (speaker ? `${quote}\n${speaker}` : quote))
					.join('\n'),
				excerpts,
				when: event.dateLabel,
				path: `events/${event.id}`,
				// Said beside the date, so results need no code of their own for it.
				dateLabel:
					event.excerpts.length > 0
						? event.shortDateLabel
						: `${event.shortDateLabel} · no source excerpt`
			};
		}),
		...dataset.people.map((person) => ({
			id: `person:${person.id}`,
			kind: 'person' as const,
			title: person.name,
			// With when each was held: a role held twice (Wang Yi's Foreign Minister) reads as two.
			text: person.roles
				.map((role) => {
					const period = rolePeriod(role, 'month');
					return period ? `${role.title} (${period})` : role.title;
				})
				.join('; '),
			path: `people/${person.id}`
		})),
		...dataset.themes.map((theme) => ({
			id: `theme:${theme.id}`,
			kind: 'theme' as const,
			title: theme.label,
			text: theme.description,
			path: `themes/${theme.id}`
		})),
		...dataset.sources.map((source) => ({
			id: `source:${source.id}`,
			kind: 'source' as const,
			title: source.title,
			text: `${source.publisher}`,
			when: source.publishedLabel,
			path: `sources/${source.id}`,
			dateLabel: source.publishedLabel
		})),
		...dataset.sources.flatMap((source) =>
			paragraphsOf(source.text).map((paragraph) => ({
				id: `passage:${source.id}:${paragraph.id}`,
				kind: 'passage' as const,
				sourceTitle: source.title,
				text: paragraph.text,
				path: `sources/${source.id}#${paragraph.id}`,
				dateLabel: source.publishedLabel
			}))
		)
	];
}

/** The serialised MiniSearch index, ready for `MiniSearch.loadJSON` with the same options. */
export function buildSearchIndex(dataset: Dataset): string {
	const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
	index.addAll(searchDocuments(dataset));
	return JSON.stringify(index);
}
