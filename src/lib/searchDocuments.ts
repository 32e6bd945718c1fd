// What the site search indexes and how: shared by the build (which makes the index) and the browser (which loads it).
import type { Options } from 'minisearch';

export type SearchKind = 'event' | 'person' | 'theme' | 'source' | 'passage';

/** An excerpt as search keeps it: its words, and who said them where that is not among the event's participants. */
export interface QuotedExcerpt {
	quote: string;
	speaker?: string;
}

/** One searchable thing and the page (and place) it leads to. */
export interface SearchDocument {
	id: string;
	kind: SearchKind;
	/** What the result is called; a passage has none of its own. */
	title?: string;
	/**
	 * A passage's source, shown with it but not searched: otherwise every paragraph of a source whose
	 * title has the word would be a hit, without the word in sight.
	 */
	sourceTitle?: string;
	/** Summary, description or passage text. */
	text: string;
	participants?: string;
	place?: string;
	themes?: string;
	/** An event's excerpts: an event is found by what its documents say, not only by our summary. */
	quotes?: string;
	/**
	 * The same excerpts one by one, kept with the index but not searched (`quotes` is): to show the
	 * one that holds the words a result was found by, and to check a quoted phrase against each.
	 */
	excerpts?: QuotedExcerpt[];
	/** Its date in words ("14 November 2022"), by which a reader asks for a year or a month. */
	when?: string;
	/** Abbreviations of the names it holds, and names of its abbreviations (searchAliases.ts). */
	aliases?: string;
	/** Where the result leads, relative to the site root (no leading slash), e.g. `events/bali-summit`. */
	path: string;
	/** A date to show with the result, if any, in words. */
	dateLabel?: string;
}

/**
 * How many letters a query word may have wrong and still match: none in a word under five letters,
 * where one wrong letter makes another name (Qin and Jin, Wang and Yang), one up to eight, then two.
 */
export function typoAllowance(term: string): number | false {
	if (term.length < 5) return false;
	return term.length < 9 ? 1 : 2;
}

/** A word, a hyphen's joined words ("one-China") counted as one. */
const WORD = /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/gu;
const HYPHENS = /[-‐‑]/g;

/**
 * The words of a text or a query, without accents: a hyphenated word also whole and written solid, besides its parts,
 * so that "one-China" finds the phrase rather than every "one" near a "China", and "counternarcotics"
 * finds "counter-narcotics".
 */
export function searchWords(text: string): string[] {
	// Letters without their accents, in the text and the query alike: pinyin written with its tones
	// ("Wáng Yì", "Qín Gāng") finds the names the record writes without them.
	const plain = text.normalize('NFD').replace(/\p{M}+/gu, '');
	return (plain.match(WORD) ?? []).flatMap((word) =>
		/[-‐‑]/.test(word) ? [word, word.replace(HYPHENS, ''), ...word.split(HYPHENS)] : [word]
	);
}

/** Index options; the build and the browser must use the same ones. */
export const SEARCH_OPTIONS: Options<SearchDocument> = {
	fields: ['title', 'text', 'participants', 'place', 'themes', 'aliases', 'quotes', 'when'],
	tokenize: searchWords,
	// Besides what a result shows, what a quoted phrase is checked against (search.ts).
	storeFields: [
		'kind',
		'title',
		'text',
		'path',
		'dateLabel',
		'sourceTitle',
		'participants',
		'place',
		'themes',
		'when',
		'excerpts'
	],
	searchOptions: {
		// A word's first letters find it from three on: "ai" is AI, not air, aircraft and aimed.
		prefix: (term) => term.length > 2,
		fuzzy: typoAllowance,
		combineWith: 'AND',
		boost: { title: 3, participants: 2, place: 2, themes: 1.5, aliases: 3, quotes: 0.5 }
	}
};

export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
	event: 'Events',
	person: 'People',
	theme: 'Themes',
	source: 'Sources',
	passage: 'Passages in the sources'
};
