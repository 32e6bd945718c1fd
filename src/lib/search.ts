// The browser side of site search: loads MiniSearch and the prebuilt index on first use, then answers queries.
import type MiniSearch from 'minisearch';
import { withNames } from './searchAliases';
import { SEARCH_OPTIONS, type SearchDocument, type SearchKind } from './searchDocuments';

export interface SearchHit {
	id: string;
	kind: SearchKind;
	title: string;
	text: string;
	path: string;
	dateLabel?: string;
	/** Words of the documents that matched, for highlighting. */
	terms: string[];
	/**
	 * Where it matched, when neither its title nor its text did: the fields a result does not show
	 * (its people, place or themes), so that it can say why it is there.
	 */
	foundIn: UnshownField[];
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

/** Results of `query`, best first, grouped by kind in a fixed order and at most `perKind` each. */
export function searchGroups(
	index: MiniSearch<SearchDocument>,
	query: string,
	perKind = 5
): SearchGroup[] {
	if (query.trim().length < 2) return [];
	const hits = index.search(query).map(
		(result) =>
			({
				id: result.id,
				kind: result.kind,
				title: result.title ?? result.sourceTitle,
				text: result.text,
				path: result.path,
				dateLabel: result.dateLabel,
				terms: withNames([...result.terms, ...result.queryTerms]),
				foundIn: unshownMatches(result.match)
			}) as SearchHit
	);
	return (['event', 'person', 'theme', 'source', 'passage'] as const)
		.map((kind) => {
			const all = hits.filter((hit) => hit.kind === kind);
			const best = all.slice(0, perKind);
			return { kind, hits: kind === 'passage' ? bySource(best) : best, total: all.length };
		})
		.filter((group) => group.total > 0);
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
 * page, that the query is too short to search (`expanded`: the query is long enough and searched).
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
	if (!expanded) return full && asked ? 'Type two letters or more to search.' : '';
	return total ? `${total} result${total === 1 ? '' : 's'}` : `No results for “${asked}”`;
}
