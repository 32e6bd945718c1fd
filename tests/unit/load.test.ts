// The loader on the minimal valid dataset and on every kind of bad input, asserting the exact messages.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/server/load';
import { formatProblem } from '../../src/lib/server/problems';
import { FIXTURES, fixtureDataset } from '../helpers/fixtureData';

function problemsOf(badCase: string): string[] {
	const { root, dataDir } = fixtureDataset(badCase);
	return loadDataset(dataDir, root).problems.map(formatProblem);
}

describe('loadDataset on a valid dataset', () => {
	const { root, dataDir } = fixtureDataset();
	const { dataset, problems } = loadDataset(dataDir, root);

	it('reports no problems and returns every record', () => {
		expect(problems).toEqual([]);
		expect(dataset?.events.map((event) => event.id)).toEqual(['one', 'two']);
		expect(dataset?.themes.map((theme) => theme.id)).toEqual(['climate', 'trade']);
		expect(dataset?.sources.map((source) => source.id)).toEqual(['sample']);
	});

	it('resolves every excerpt to offsets that round-trip to the quote', () => {
		const text = dataset!.sources[0]!.text;
		const excerpts = dataset!.events.flatMap((event) => event.excerpts);
		expect(excerpts).toHaveLength(3);
		for (const excerpt of excerpts)
			expect(text.slice(excerpt.start, excerpt.end)).toBe(excerpt.quote);
		expect(excerpts.map((excerpt) => excerpt.id)).toEqual([
			'one-quote-1',
			'two-quote-1',
			'two-quote-2'
		]);
	});

	it('accepts an event with no excerpt when its unsourced note says why, and no sources folder', () => {
		const { root, dataDir } = fixtureDataset();
		rmSync(join(dataDir, 'events', 'one.yaml'));
		rmSync(join(dataDir, 'sources'), { recursive: true });
		writeFileSync(
			join(dataDir, 'events', 'two.yaml'),
			[
				'id: two',
				'title: Second meeting',
				'start: 2021-03-25',
				'precision: year',
				'kind: other',
				'summary: Imported.',
				'unsourced: Imported from a TimelineJS file, which has no source texts.',
				'media: { url: "https://example.org/a.jpg", caption: A picture }'
			].join('\n')
		);
		writeFileSync(join(dataDir, 'themes.yaml'), '[]\n');
		const result = loadDataset(dataDir, root);
		expect(result.problems.map(formatProblem)).toEqual([
			'data/events/two.yaml:3:8 two start — expected the first of January (precision is year), got "2021-03-25"'
		]);
		writeFileSync(
			join(dataDir, 'events', 'two.yaml'),
			readFileSync(join(dataDir, 'events', 'two.yaml'), 'utf8').replace('2021-03-25', '2021-01-01')
		);
		const { dataset, problems } = loadDataset(dataDir, root);
		expect(problems).toEqual([]);
		expect(dataset!.events[0]).toMatchObject({
			excerpts: [],
			participants: [],
			themes: [],
			unsourced: 'Imported from a TimelineJS file, which has no source texts.',
			media: { url: 'https://example.org/a.jpg', caption: 'A picture' }
		});
		expect(dataset!.events[0]!.place).toBeUndefined();
		expect(dataset!.sources).toEqual([]);
	});

	it('defaults optional fields', () => {
		expect(dataset!.events[0]!.links).toEqual([]);
		expect(dataset!.sources[0]!.publishedPrecision).toBe('day');
	});
});

const BAD_CASES: [string, string[]][] = [
	[
		'syntax-error',
		[
			expect.stringMatching(
				/^data\/events\/one\.yaml:5:1 — expected valid YAML, got a syntax error \(.+\)$/
			)
		]
	],
	[
		'missing-field',
		['data/events/one.yaml:1:1 one summary — expected text, got nothing (the field is missing)']
	],
	[
		'malformed-date',
		['data/events/one.yaml:3:8 one start — expected a real date as YYYY-MM-DD, got "2022-13-14"']
	],
	[
		'impossible-date',
		['data/events/one.yaml:3:8 one start — expected a real date as YYYY-MM-DD, got "2023-02-29"']
	],
	[
		'end-before-start',
		[
			'data/events/one.yaml:4:6 one end — expected a date on or after start (2021-03-18), got "2021-03-17"'
		]
	],
	[
		'duplicate-id',
		[
			'data/events/two.yaml:1:5 one id — expected an id not used by another event, got "one", already used at data/events/one.yaml:1:5'
		]
	],
	[
		'unknown-theme',
		[
			'data/events/one.yaml:15:10 one themes[0] — expected a theme id from data/themes.yaml (did you mean "climate"?), got "climat"'
		]
	],
	[
		'unknown-source',
		[
			'data/events/one.yaml:17:13 one excerpts[0].source — expected the id of a source in data/sources/ (did you mean "sample"?), got "sampel"'
		]
	],
	[
		'unknown-link',
		[
			'data/events/two.yaml:20:12 two links[0].event — expected the id of an event in data/events/ (did you mean "one"?), got "uno"'
		]
	],
	[
		'quote-not-verbatim',
		[
			'data/events/one.yaml:19:12 one excerpts[0].quote — expected a passage found verbatim in source "sample", got "The two sides agreed to establish a joint working group on climate change."\n' +
				'    closest passage (8 edits away): "The two sides agreed to set up a joint working group on climate change."; first difference at character 25: quote has "e" (U+0065), source has "s" (U+0073)'
		]
	],
	[
		'empty-quote',
		['data/events/one.yaml:19:12 one excerpts[0].quote — expected a non-empty quote, got "  "']
	],
	[
		'unknown-field',
		[
			'data/events/one.yaml:2:1 one tilte — expected a known field (did you mean "title"?), got unknown field "tilte"',
			'data/events/one.yaml:1:1 one title — expected text, got nothing (the field is missing)'
		]
	],
	[
		'hidden-characters',
		[
			'data/events/one.yaml:19:12 one excerpts[0].quote — expected no invisible or bidirectional control characters, got U+202E at character 9'
		]
	],
	[
		'unused-source',
		[
			'data/sources/unused.yaml:1:5 unused id — expected a source cited by at least one excerpt, got no event citing "unused"'
		]
	],
	[
		'unused-theme',
		[
			'data/themes.yaml:9:7 taiwan id — expected a theme used by at least one event, got no event with theme "taiwan"'
		]
	],
	[
		'ambiguous-quote',
		[
			'data/events/one.yaml:19:12 one excerpts[0].quote — expected a passage found once (add occurrence: 1 to 2 to choose), got 2 occurrences in source "sample"'
		]
	],
	['wrong-type', ['data/themes.yaml:1:1 — expected a list of themes, got a single mapping']],
	[
		'unknown-person',
		[
			'data/events/one.yaml:11:11 one participants[0].name — expected a person in data/people.yaml (did you mean "Person B"?), got "Person A"'
		]
	],
	[
		'voice-mismatch',
		[
			'data/events/one.yaml:18:12 one excerpts[0].voice — expected us-government (Person A speaks as a us official), got "chinese-government"'
		]
	],
	[
		'commitment-bad-excerpt',
		[
			'data/commitments.yaml:6:14 climate-group announced.excerpt — expected an excerpt of one (one-quote-1 to one-quote-1), got "one-quote-5"'
		]
	],
	[
		'unsourced-without-note',
		[
			'data/events/one.yaml:16:11 one excerpts — expected at least one excerpt, or an "unsourced" note saying why there is none, got an empty list'
		]
	],
	[
		'unsourced-with-excerpts',
		[
			'data/events/one.yaml:16:12 one unsourced — expected no "unsourced" note on an event that has excerpts, got "Imported from a file with no source texts."'
		]
	],
	[
		'bad-color',
		['data/themes.yaml:4:10 climate color — expected a lowercase colour like #1b7837, got "green"']
	]
];

describe('loadDataset on bad input', () => {
	it('has a test for every bad fixture', () => {
		const fixtures = readdirSync(join(FIXTURES, 'bad')).sort();
		expect(BAD_CASES.map(([name]) => name).sort()).toEqual(fixtures);
	});

	it.each(BAD_CASES)('%s: reports exactly the expected problems', (badCase, expected) => {
		const problems = problemsOf(badCase);
		expect(problems).toHaveLength(expected.length);
		expect(problems).toEqual(expect.arrayContaining(expected));
	});

	it('returns no dataset when there is any problem', () => {
		const { root, dataDir } = fixtureDataset('unknown-theme');
		expect(loadDataset(dataDir, root).dataset).toBeUndefined();
	});

	it('reports every problem of every file in one run', () => {
		const { root, dataDir } = fixtureDataset('unknown-link');
		const more = fixtureDataset('malformed-date');
		cpSync(join(more.dataDir, 'events', 'one.yaml'), join(dataDir, 'events', 'one.yaml'));
		const messages = loadDataset(dataDir, root).problems.map(formatProblem);
		expect(messages.some((message) => message.includes('links[0].event'))).toBe(true);
		expect(messages.some((message) => message.includes('2022-13-14'))).toBe(true);
	});
});
