// The site search over the real data: participants, places, themes and misspelt names find the right thing first.
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { SEARCH_OPTIONS, type SearchDocument } from '../../src/lib/searchDocuments';
import { loadDataset } from '../../src/lib/server/data/load';
import { buildSearchIndex, searchDocuments } from '../../src/lib/server/exports/searchIndex';

const dataset = loadDataset('data').dataset!;
const index = MiniSearch.loadJSON<SearchDocument>(buildSearchIndex(dataset), SEARCH_OPTIONS);
const first = (query: string) => index.search(query)[0] as unknown as SearchDocument & { id: string };

describe('site search', () => {
	it.each([
		['Kritenbrink', 'event:kritenbrink-beijing'],
		['Bangkok', 'event:bangkok-talks'],
		['Anchorage', 'event:anchorage-dialogue'],
		['climate change', 'theme:climate'],
		['Hua Chunying', 'person:hua-chunying'],
		['Blinkin Qin', 'event:blinken-beijing-visit']
	])('%s → %s', (query, id) => {
		expect(first(query).id).toBe(id);
	});

	it('finds a misspelt name (Blinkin finds Blinken)', () => {
		const results = index.search('Blinkin');
		expect(results.length).toBeGreaterThan(0);
		expect(results.slice(0, 5).every((result) => JSON.stringify(result).includes('Blinken'))).toBe(true);
	});

	it('finds words of the sources, leading to the passage', () => {
		const hit = index.search('quite gunpowder')[0] as unknown as SearchDocument;
		expect(hit.kind).toBe('passage');
		expect(hit.path).toMatch(/^sources\/spark-anchorage-digest#p-\d+$/);
	});

	it('shows for a short name only results that have it (Qin is not Jin)', () => {
		const documents = new Map(searchDocuments(dataset).map((document) => [document.id, document]));
		for (const query of ['Qin', 'Wang', 'Yang', 'Hua']) {
			const results = index.search(query);
			expect(results.length, query).toBeGreaterThan(0);
			for (const result of results) {
				const document = documents.get(result.id)!;
				const searched = SEARCH_OPTIONS.fields.map((field) => document[field as 'text']).join(' ');
				expect(searched, `${query}: ${result.id}`).toMatch(new RegExp(`\\b${query}`, 'i'));
			}
		}
	});

	it('gives a person’s roles with when each was held, so that one held twice reads as two', () => {
		const wang = searchDocuments(dataset).find((document) => document.id === 'person:wang-yi')!;
		expect(wang.text).toBe(
			'Foreign Minister (March 2013 – December 2022); State Councilor (March 2018 – March 2023); ' +
				'Director of the Office of the Central Foreign Affairs Commission (from January 2023); ' +
				'Foreign Minister (from July 2023)'
		);
	});

	it('finds by prefix', () => {
		expect(index.search('narcot').length).toBeGreaterThan(0);
	});

	it('finds by an abbreviation what the record spells out, and the other way round', () => {
		const ids = (query: string) => index.search(query).map((result) => result.id as string);
		// "AI" is in no document: whatever speaks of artificial intelligence (its theme, the events
		// of the dialogue, the passages) comes before the Air Force and the aircraft.
		const aboutAi = searchDocuments(dataset)
			.filter((document) =>
				/artificial intelligence/i.test(JSON.stringify({ ...document, quotes: undefined, excerpts: undefined }))
			)
			.map((document) => document.id);
		const themed = dataset.events
			.filter((event) => event.themes.includes('artificial-intelligence'))
			.map((event) => `event:${event.id}`);
		expect(aboutAi).toEqual(expect.arrayContaining(['theme:artificial-intelligence', ...themed]));
		expect(ids('AI').slice(0, aboutAi.length).sort()).toEqual(aboutAi.sort());
		// The Chinese readouts say "CPC"; a reader may ask for the party by its name.
		const party = ids('Communist Party of China');
		expect(party.length).toBeGreaterThan(0);
		expect(ids('CPC').slice(0, 3).every((id) => party.includes(id))).toBe(true);
	});
});
