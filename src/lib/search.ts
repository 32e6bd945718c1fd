// The browser side of site search: loads MiniSearch and the prebuilt index on first use, then answers queries.
import type MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import { withNames } from './searchAliases';
import {
	SEARCH_OPTIONS,
	type QuotedExcerpt,
	type SearchDocument,
	type SearchKind
} from './searchDocuments';
import { highlightParts } from './searchHits';
import { holdsPhrase, parseQuery, phraseTerm, type Phrase } from './searchPhrases';

export interface SearchHit {
	id: string;
	kind: SearchKind;
	title: string;
	text: string;
	path: string;
	dateLabel?: string;
	/** Words of the documents that matched, for highlighting (a word starting with one is marked). */
	terms: string[];
	/** The query's closed phrases, marked where they stand as whole words. */
	phrases: string[];
	/**
	 * Where it matched, when neither its title nor its text did: the fields a result does not show
	 * (its participants, place or themes), so that it can say why it is there.
	 */
	foundIn: UnshownField[];
	/** The excerpt that holds what an event was found by, when its title and text do not. */
	quoted?: QuotedExcerpt;
}

/** The searched fields a result does not show, in the order a result names them. */
const UNSHOWN_FIELDS = ['participants', 'place', 'themes', 'quotes'] as const;
export type UnshownField = (typeof UNSHOWN_FIELDS)[number];

/**
 * `foundIn` of a result whose terms matched in `fields` (MiniSearch's `match`). Said only when
 * nothing its title or text shows matched: MiniSearch keys `match` by the document's words, not
 * the reader's, so a word the reader sees ("China") may also have found a longer one only in the
 * quotes ("China-U.S."), and naming the quotes then would say the words are not shown.
 */
export function unshownMatches(match: Record<string, string[]>): UnshownField[] {
	const fields = new Set(Object.values(match).flat());
	if (fields.has('title') || fields.has('text')) return [];
	return UNSHOWN_FIELDS.filter((field) => fields.has(field));
}

let loading: Promise<MiniSearch<SearchDocument>> | undefined;

/** Loads the library and the index once; later calls share the same promise. */
export function loadSearch(indexUrl: string): Promise<MiniSearch<SearchDocument>> {
	loading ??= Promise.all([
		import('minisearch'),
		fetch(indexUrl).then((response) => response.text())
	])
		.then(([module, json]) => module.default.loadJSON<SearchDocument>(json, SEARCH_OPTIONS))
		.catch((error) => {
			loading = undefined;
			throw error;
		});
	return loading;
}

/** One kind's results: the best `perKind` of them, and how many there are in all. */
export interface SearchGroup {
	kind: SearchKind;
	hits: SearchHit[];
	total: number;
}

/**
 * Results of `query`, best first, grouped by kind in a fixed order and at most `perKind` each. Words
 * between quotation marks are a phrase, which a result holds word for word ("Both sides expressed").
 */
export function searchGroups(
	index: MiniSearch<SearchDocument>,
	query: string,
	perKind = 5
): SearchGroup[] {
	const { words, unquoted, phrases } = parseQuery(query);
	if (words.length < 2) return [];
	// The words outside its phrases are marked as they found each result; the phrases whole.
	const looseTerms =
		phrases.length && unquoted
			? new Map(index.search(unquoted).map((result) => [result.id, termsOf(result)]))
			: undefined;
	// A phrase still being typed is marked as a start, as its last word matches.
	const closed = phrases.filter((phrase) => !phrase.open).map(phraseTerm);
	const open = phrases.filter((phrase) => phrase.open).map(phraseTerm);
	const hits = index.search(words).flatMap((result): SearchHit[] => {
		const terms = phrases.length
			? [...open, ...(looseTerms?.get(result.id) ?? [])]
			: termsOf(result);
		const where = phrases.length
			? phrasePlaces(result, phrases)
			: foundWhere(result, terms, unshownMatches(result.match));
		if (!where) return [];
		return [
			{
				id: result.id,
				kind: result.kind,
				title: result.title ?? result.sourceTitle,
				text: result.text,
				path: result.path,
				dateLabel: result.dateLabel,
				terms,
				phrases: closed,
				...where
			}
		];
	});
	return (['event', 'person', 'theme', 'source', 'passage'] as const)
		.map((kind) => {
			const all = hits.filter((hit) => hit.kind === kind);
			const best = all.slice(0, perKind);
			return { kind, hits: kind === 'passage' ? bySource(best) : best, total: all.length };
		})
		.filter((group) => group.total > 0);
}

const termsOf = (result: SearchResult) =>
	withNames([...new Set([...result.terms, ...result.queryTerms])]);

type FoundWhere = Pick<SearchHit, 'foundIn' | 'quoted'>;

/** Found in its quotes, a result shows the first excerpt that marks a word of `terms`, rather than saying so. */
function foundWhere(result: SearchResult, terms: string[], foundIn: UnshownField[]): FoundWhere {
	const excerpts: QuotedExcerpt[] = foundIn.includes('quotes') ? (result.excerpts ?? []) : [];
	const quoted = excerpts.find(({ quote, speaker = '' }) =>
		highlightParts(`${quote} ${speaker}`, terms).some((part) => part.match)
	);
	return quoted ? { foundIn: foundIn.filter((field) => field !== 'quotes'), quoted } : { foundIn };
}

/** What a result shows in which a phrase needs no word of where it was found. */
const SHOWN_FIELDS = ['title', 'text', 'when'] as const;

/**
 * Where a result holds each of `phrases`, or nothing if it does not hold one of them (the index
 * found it by their words, not by their order).
 */
function phrasePlaces(result: SearchResult, phrases: Phrase[]): FoundWhere | undefined {
	const excerpts: QuotedExcerpt[] = result.excerpts ?? [];
	const inExcerpt = (phrase: Phrase) =>
		excerpts.find(
			({ quote, speaker }) => holdsPhrase(quote, phrase) || holdsPhrase(speaker, phrase)
		);
	const holds = (field: (typeof SHOWN_FIELDS)[number] | UnshownField, phrase: Phrase) =>
		field === 'quotes' ? inExcerpt(phrase) !== undefined : holdsPhrase(result[field], phrase);
	const unshown = phrases.filter((phrase) => !SHOWN_FIELDS.some((field) => holds(field, phrase)));
	if (!unshown.every((phrase) => UNSHOWN_FIELDS.some((field) => holds(field, phrase))))
		return undefined;
	const quoted = unshown.map(inExcerpt).find((excerpt) => excerpt !== undefined);
	const foundIn = UNSHOWN_FIELDS.filter(
		(field) => field !== 'quotes' && unshown.some((phrase) => holds(field, phrase))
	);
	return quoted ? { foundIn, quoted } : { foundIn };
}

/** The page of a passage's source (its path without the passage's fragment): two sources may share a title. */
const sourceOf = (passage: SearchHit) => passage.path.split('#')[0];

/**
 * The best passages with those of the same source together, the sources in the order of their best
 * passage: so that a source's title is shown once over its passages rather than over each.
 */
function bySource(passages: SearchHit[]): SearchHit[] {
	const sources = [...new Set(passages.map(sourceOf))];
	return sources.flatMap((source) => passages.filter((passage) => sourceOf(passage) === source));
}

/** Whether the hit at `index` of a group's hits is a passage of the same source as the one before. */
export function continuesSource(hits: readonly SearchHit[], index: number): boolean {
	const hit = hits[index]!;
	return hit.kind === 'passage' && index > 0 && sourceOf(hits[index - 1]!) === sourceOf(hit);
}

/**
 * What the search box's status says: the number of results, that there are none, or, on the search
 * page, that the query is too short to search (`expanded`: the query is long enough and searched;
 * its quotation marks aside, as searchGroups reads it: `"b` is one letter).
 */
export function searchStatus({
	expanded,
	full,
	asked,
	total
}: {
	expanded: boolean;
	full: boolean;
	asked: string;
	total: number;
}): string {
	if (!expanded || parseQuery(asked).words.length < 2)
		return full && asked ? 'Type two letters or more to search.' : '';
	return total ? `${total} result${total === 1 ? '' : 's'}` : `No results for “${asked}”`;
}
