// How places, quotes' speakers and dates' origins are named to readers (the vocabularies' own names are in the model).
import { VOICE_LABELS, type Excerpt, type TimelineEvent } from './model';

/** "Anchorage, Alaska, United States"; empty when the event does not say where. */
export function placeLabel(place: TimelineEvent['place']): string {
	if (!place) return '';
	return place.country ? `${place.name}, ${place.country}` : place.name;
}

/**
 * Whose words an excerpt carries, as its caption names them: "Hua Chunying, Chinese government";
 * a reporter's paraphrase says so, "Media, paraphrasing the State Department".
 */
export function attribution(excerpt: Pick<Excerpt, 'voice' | 'speaker' | 'paraphraseOf'>): string {
	if (excerpt.paraphraseOf)
		return `${VOICE_LABELS[excerpt.voice]}, paraphrasing ${excerpt.paraphraseOf.name}`;
	return `${excerpt.speaker ? `${excerpt.speaker}, ` : ''}${VOICE_LABELS[excerpt.voice]}`;
}

/** Said next to the date of an event whose date the documents do not give (`dateFrom`). */
export const PUBLIC_RECORD_DATE = 'date from the public record';

/**
 * A title as a citation writes it before its own punctuation: a headline's closing full stop goes
 * ("…cooperate in some areas, Spark", not "…areas., Spark"); a question or exclamation mark stays.
 */
export function citedTitle(title: string): string {
	return title.replace(/\.\s*$/, '');
}
