// The site search's matching: misspellings of long words are forgiven, short names are not confused.
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { continuesSource, searchGroups, searchStatus } from '../../src/lib/search';
import { SEARCH_OPTIONS, type SearchDocument } from '../../src/lib/searchDocuments';

const people = [
	'Qin Gang',
	'Jin Canrong',
	'Wang Yi',
	'Yang Jiechi',
	'Antony Blinken',
	'Raimondo',
	'Kritenbrink'
];
const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
index.addAll(
	people.map((name, position) => ({
		id: String(position),
		kind: 'person',
		title: name,
		text: '',
		path: `people/${position}`
	}))
);
const found = (query: string) => index.search(query).map((result) => result.title);

describe('search matching', () => {
	it('does not take one short name for another a letter away', () => {
		expect(found('Qin')).toEqual(['Qin Gang']);
		expect(found('Wang')).toEqual(['Wang Yi']);
		expect(found('Yang')).toEqual(['Yang Jiechi']);
	});

	it('finds a name written with pinyin tones, in either composed or decomposed form', () => {
		expect(found('Wáng Yì')).toEqual(['Wang Yi']);
		expect(found('Qín Gāng')).toEqual(['Qin Gang']);
		expect(found('Wa\u0301ng')).toEqual(['Wang Yi']);
	});

	it('forgives a wrong letter in a longer word, and two in a long one', () => {
		expect(found('Blinkin')).toEqual(['Antony Blinken']);
		expect(found('Raimonda')).toEqual(['Raimondo']);
		expect(found('Canron')).toEqual(['Jin Canrong']);
		expect(found('Kritanbrank')).toEqual(['Kritenbrink']);
		expect(found('Blonkon')).toEqual([]);
	});

	it('still finds a name from its first letters', () => {
		expect(found('Blin')).toEqual(['Antony Blinken']);
	});
});

describe('search of the sources’ passages', () => {
	const passages = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
	passages.addAll(
		['The two sides discussed Taiwan.', 'Secretary Blinken met Director Wang Yi.'].map(
			(text, position) => ({
				id: `passage:${position}`,
				kind: 'passage',
				sourceTitle: 'Secretary Blinken’s Meeting with Director Wang',
				text,
				path: `sources/readout#p${position}`
			})
		)
	);

	it('finds a passage by its own words, not by its source’s title', () => {
		expect(passages.search('Blinken').map((result) => result.id)).toEqual(['passage:1']);
		expect(passages.search('Taiwan')[0]!.sourceTitle).toBe(
			'Secretary Blinken’s Meeting with Director Wang'
		);
	});
});

describe('search results of the sources’ passages', () => {
	const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
	const passages = [
		['a', 'Taiwan Taiwan Taiwan was raised.'],
		['b', 'Taiwan Taiwan came up as well.'],
		['a', 'Taiwan, once.'],
		['b', 'And Taiwan, once more, with many other words around it.']
	];
	index.addAll(
		passages.map(([source, text], position) => ({
			id: `passage:${source}:${position}`,
			kind: 'passage',
			sourceTitle: `Source ${source}`,
			text: text!,
			path: `sources/${source}#p${position}`
		}))
	);

	it('tells apart two sources of the same title', () => {
		const sameTitle = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
		sameTitle.addAll(
			['a', 'b', 'a'].map((source, position) => ({
				id: `passage:${source}:${position}`,
				kind: 'passage',
				sourceTitle: 'Regular Press Conference',
				text: 'Taiwan was raised.',
				path: `sources/${source}#p${position}`
			}))
		);
		const [group] = searchGroups(sameTitle, 'Taiwan');
		const continued = group!.hits.map((_, position) => continuesSource(group!.hits, position));
		expect(continued.filter(Boolean)).toHaveLength(1);
	});

	it('keeps a source’s passages together, the source of the best one first', () => {
		const [group] = searchGroups(index, 'Taiwan');
		const titles = group!.hits.map((hit) => hit.title);
		expect(titles).toEqual(['Source a', 'Source a', 'Source b', 'Source b']);
		expect(group!.hits.map((_, position) => continuesSource(group!.hits, position))).toEqual([
			false,
			true,
			false,
			true
		]);
	});
});

describe('a result found by what it does not show', () => {
	const events = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
	events.add({
		id: 'event:kritenbrink-beijing',
		kind: 'event',
		title: 'Kritenbrink holds talks in Beijing',
		text: 'The assistant secretary met officials of the foreign ministry.',
		participants: 'Daniel Kritenbrink, Assistant Secretary of State',
		place: 'Beijing',
		themes: 'The Taiwan question; Keeping channels open',
		path: 'events/kritenbrink-beijing'
	});
	const foundIn = (query: string) => searchGroups(events, query)[0]!.hits[0]!.foundIn;

	it('says where, when neither its title nor its text has the words', () => {
		expect(foundIn('taiwan')).toEqual(['themes']);
		expect(foundIn('Daniel')).toEqual(['participants']);
	});

	it('says nothing more when its title or text shows them', () => {
		expect(foundIn('Beijing')).toEqual([]);
		expect(foundIn('ministry')).toEqual([]);
	});
});

describe('search of hyphenated words, dates and an event’s quotes', () => {
	const events = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
	events.addAll([
		{
			id: 'event:talks',
			kind: 'event',
			title: 'Talks in Bangkok',
			text: 'The two officials met.',
			quotes:
				'The U.S. side must abide by the one-China principle.\nBoth sides agreed.\nHua Chunying',
			excerpts: [
				{ quote: 'The U.S. side must abide by the one-China principle.' },
				{ quote: 'Both sides agreed.', speaker: 'Hua Chunying' }
			],
			when: '26–27 January 2024',
			path: 'events/talks'
		},
		{
			id: 'event:group',
			kind: 'event',
			title: 'Working group meets',
			text: 'One of the follow-ups; China and the US launched a counter-narcotics group.',
			when: '30 January 2024',
			path: 'events/group'
		},
		{
			id: 'event:bali',
			kind: 'event',
			title: 'Meeting in Bali',
			text: 'The two presidents met.',
			when: '14 November 2022',
			path: 'events/bali'
		}
	]);
	const found = (query: string) => events.search(query).map((result) => result.id);
	const ids = (query: string) =>
		searchGroups(events, query).flatMap((group) => group.hits.map((hit) => hit.id));

	it('takes a hyphenated word as one, not as its parts anywhere', () => {
		expect(found('one-China')).toEqual(['event:talks']);
		expect(found('counternarcotics')).toEqual(['event:group']);
		expect(found('counter-narcotics')).toEqual(['event:group']);
	});

	it('finds an event by its year or its month', () => {
		expect(found('2022')).toEqual(['event:bali']);
		expect(found('November 2022')).toEqual(['event:bali']);
		expect(found('January 2024').sort()).toEqual(['event:group', 'event:talks']);
	});

	it('finds an event by what its quotes say, and shows the one that says it', () => {
		const [hit] = searchGroups(events, 'abide principle')[0]!.hits;
		expect(hit).toMatchObject({
			id: 'event:talks',
			foundIn: [],
			quoted: { quote: 'The U.S. side must abide by the one-China principle.' }
		});
		expect(searchGroups(events, 'Chunying')[0]!.hits[0]!.quoted).toEqual({
			quote: 'Both sides agreed.',
			speaker: 'Hua Chunying'
		});
	});

	it('finds only the results that hold a quoted phrase word for word', () => {
		expect(ids('two met')).toEqual(['event:talks', 'event:bali']);
		expect(ids('"two officials met"')).toEqual(['event:talks']);
		expect(ids('"two met"')).toEqual([]);
		expect(ids('"one-China principle"')).toEqual(['event:talks']);
		expect(ids('"principle one-China"')).toEqual([]);
		expect(ids('"November 2022" met')).toEqual(['event:bali']);
		// A phrase being typed finds its results all along, its last word a start from one letter.
		for (const typed of ['"two o', '"two of', '"two off'])
			expect(ids(typed), typed).toEqual(['event:talks']);
		// Written solid, a hyphenated word is still found quoted.
		expect(ids('"counternarcotics"')).toEqual(['event:group']);
	});

	it('marks a phrase whole and shows the excerpt that holds it', () => {
		const [hit] = searchGroups(events, 'talks "china principle"')[0]!.hits;
		expect(hit).toMatchObject({
			foundIn: [],
			quoted: { quote: 'The U.S. side must abide by the one-China principle.' }
		});
		expect(hit).toMatchObject({ phrases: ['china principle'], terms: ['talks'] });
		expect(ids('"Hua Chunying"')).toEqual(['event:talks']);
	});
});

describe('searchStatus', () => {
	const status = (expanded: boolean, full: boolean, asked: string, total: number) =>
		searchStatus({ expanded, full, asked, total });
	it('counts the results, or says there are none', () => {
		expect(status(true, true, 'Blinken', 1)).toBe('1 result');
		expect(status(true, false, 'Blinken', 12)).toBe('12 results');
		expect(status(true, true, 'zzqxw', 0)).toBe('No results for “zzqxw”');
	});
	it('asks the search page for two letters, and says nothing in the header’s box', () => {
		expect(status(false, true, 'x', 0)).toBe('Type two letters or more to search.');
		expect(status(false, false, 'x', 0)).toBe('');
		expect(status(false, true, '', 0)).toBe('');
		// Quotation marks are not letters: `"b` is as short as `b`.
		expect(status(true, true, '"b', 0)).toBe('Type two letters or more to search.');
		expect(status(true, true, '""', 0)).toBe('Type two letters or more to search.');
		expect(status(true, true, '"bo"', 0)).toBe('No results for “"bo"”');
	});
});
