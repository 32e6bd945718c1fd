// The loader on the minimal valid dataset and on every kind of bad input, asserting the exact messages.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/server/data/load';
import { formatProblem } from '../../src/lib/server/data/problems';
import { BAD_CASES } from '../helpers/badCases';
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

	it('says so when the data folder is a file or is not there, with no stack trace', () => {
		const { root, dataDir } = fixtureDataset();
		const file = join(dataDir, 'site.yaml');
		for (const [folder, found] of [
			[file, 'a file'],
			[join(file, 'data'), 'no such folder'],
			[join(root, 'nowhere'), 'no such folder']
		] as const)
			expect(loadDataset(folder, root).problems.map(formatProblem)).toEqual([
				`${folder.slice(root.length + 1)} — expected a folder of data, got ${found}`
			]);
	});

	it('reports a file where a folder of the data should be, and a folder where a file should be', () => {
		const { root, dataDir } = fixtureDataset();
		rmSync(join(dataDir, 'sources', 'original'), { recursive: true });
		writeFileSync(join(dataDir, 'sources', 'original'), 'not a folder');
		mkdirSync(join(dataDir, 'events', 'more'));
		expect(loadDataset(dataDir, root).problems.map(formatProblem)).toEqual([
			'data/sources/sample.yaml:7:7 sample file — expected the original document in data/sources/original/sample-original.txt, got no file data/sources/original/sample-original.txt',
			'data/events/more — expected a YAML file (.yaml or .yml), got a folder'
		]);
	});

	it('says a second YAML document is one, and never suggests an id that is not usable', () => {
		const { root, dataDir } = fixtureDataset();
		writeFileSync(join(dataDir, 'events', 'more.yaml'), 'id: three\n---\nid: four\n');
		const themes = join(dataDir, 'themes.yaml');
		writeFileSync(themes, readFileSync(themes, 'utf8').replace(/^- id: trade$/m, '- id: Trade'));
		expect(loadDataset(dataDir, root).problems.map(formatProblem).sort()).toEqual([
			'data/events/more.yaml:2:1 — expected valid YAML, got a second document (a line of --- starts one): a file holds one document; put several records in one list, or each in a file of its own',
			'data/events/two.yaml:10:10 two themes[0] — expected a theme id from data/themes.yaml, got "trade"',
			'data/themes.yaml:5:7 Trade id — expected a lowercase slug (letters, digits, hyphens), got "Trade"'
		]);
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
