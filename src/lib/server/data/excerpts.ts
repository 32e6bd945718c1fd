// Resolving an event's excerpts to character offsets in their sources, refusing anything not found verbatim.
import type { EventRecord, Excerpt, Source } from '../../model.ts';
import { describeValue } from './problems.ts';
import { describeNearMiss, hiddenCharacters, occurrencesOf } from './quotes.ts';
import type { Located, Reporter } from './references.ts';

/** The event's excerpts with their offsets; each one that cannot be resolved exactly is reported instead. */
export function resolveExcerpts(
	event: Located<EventRecord>,
	sources: ReadonlyMap<string, Pick<Source, 'id' | 'text'>>,
	report: Reporter
): Excerpt[] {
	const { data } = event;
	const resolved: Excerpt[] = [];
	data.excerpts.forEach((excerpt, index) => {
		const at = (...field: (string | number)[]) => ['excerpts', index, ...field];
		(excerpt.themes ?? []).forEach((theme, themeIndex) => {
			if (!data.themes.includes(theme))
				report(
					event,
					at('themes', themeIndex),
					`one of the event's themes (${data.themes.join(', ')})`,
					describeValue(theme)
				);
		});
		const source = sources.get(excerpt.source);
		if (!source) return;
		const hidden = hiddenCharacters(excerpt.quote);
		if (hidden.length > 0) {
			const found = hidden.map(
				(character) => `${character.codePoint} at character ${character.position}`
			);
			report(
				event,
				at('quote'),
				'no invisible or bidirectional control characters',
				found.join(', ')
			);
			return;
		}
		const offsets = occurrencesOf(source.text, excerpt.quote);
		if (offsets.length === 0) {
			report(
				event,
				at('quote'),
				`a passage found verbatim in source "${source.id}"`,
				describeValue(excerpt.quote),
				describeNearMiss(source.text, excerpt.quote)
			);
			return;
		}
		if (excerpt.occurrence === undefined && offsets.length > 1) {
			report(
				event,
				at('quote'),
				`a passage found once (add occurrence: 1 to ${offsets.length} to choose)`,
				`${offsets.length} occurrences in source "${source.id}"`
			);
			return;
		}
		const occurrence = excerpt.occurrence ?? 1;
		const start = offsets[occurrence - 1];
		if (start === undefined) {
			report(
				event,
				at('occurrence'),
				`at most ${offsets.length} (the number of times the passage occurs)`,
				String(occurrence)
			);
			return;
		}
		const { occurrence: _chosen, ...fields } = excerpt;
		resolved.push({
			...fields,
			id: excerptId(data.id, index),
			start,
			end: start + excerpt.quote.length
		});
	});
	return resolved;
}

/** The id of the excerpt at `index` in its event's list: `<event>-quote-<n>`, counted from 1. */
export const excerptId = (eventId: string, index: number) => `${eventId}-quote-${index + 1}`;
