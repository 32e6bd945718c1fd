// How the closed vocabularies of the data (kinds, sides, voices, relations) are named to readers.
import type { EventKind, Excerpt, Relation, Side, TimelineEvent, Voice } from './types';

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
	summit: 'Summit',
	call: 'Phone or video call',
	'strategic-dialogue': 'Strategic dialogue',
	talks: 'Talks',
	visit: 'Visit',
	'press-briefing': 'Press briefing',
	incident: 'Incident',
	postponement: 'Postponement',
	announcement: 'Announcement',
	'working-group': 'Working group',
	'third-party': 'Third-party diplomacy',
	other: 'Other event'
};

/** "Anchorage, Alaska, United States"; empty when the event does not say where. */
export function placeLabel(place: TimelineEvent['place']): string {
	if (!place) return '';
	return place.country ? `${place.name}, ${place.country}` : place.name;
}

export const SIDE_LABELS: Record<Side, string> = {
	us: 'United States',
	china: 'China',
	other: 'Others'
};

export const VOICE_LABELS: Record<Voice, string> = {
	'chinese-government': 'Chinese government',
	'us-government': 'US government',
	media: 'Media',
	analyst: 'Analyst'
};

/** Each relation read forwards (from the linking event) and backwards (from the linked one). */
export const RELATION_LABELS: Record<Relation, { forward: string; backward: string }> = {
	'implements-consensus-of': { forward: 'implements the consensus of', backward: 'followed up by' },
	'follows-up': { forward: 'follows up', backward: 'followed up by' },
	'prompted-by': { forward: 'prompted by', backward: 'prompted' },
	assesses: { forward: 'assesses', backward: 'assessed by' },
	'announced-at': { forward: 'announced at', backward: 'announced' },
	prepares: { forward: 'prepares the ground for', backward: 'prepared by' },
	'coincides-with': { forward: 'coincides with', backward: 'coincides with' },
	overshadows: { forward: 'overshadows', backward: 'overshadowed by' },
	'threatened-to-overshadow': {
		forward: 'threatened to overshadow',
		backward: 'threatened to be overshadowed by'
	}
};

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
