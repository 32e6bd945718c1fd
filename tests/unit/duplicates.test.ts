// Every list that a page draws keyed is refused with a repeat in it, at the repeat, naming the first.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/server/data/load';
import { formatProblem } from '../../src/lib/server/data/problems';
import { fixtureDataset } from '../helpers/fixtureData';

/** The messages of the minimal dataset once `change` has been made to its folder. */
function problemsAfter(change: (dataDir: string) => void): string[] {
	const { root, dataDir } = fixtureDataset();
	change(dataDir);
	return loadDataset(dataDir, root).problems.map(formatProblem);
}

const edit = (file: string, from: string, to: string) => {
	const text = readFileSync(file, 'utf8');
	expect(text).toContain(from);
	writeFileSync(file, text.replace(from, to));
};

describe('loadDataset refuses a repeat in a keyed list', () => {
	it.each([
		[
			'an excerpt theme',
			(dataDir: string) =>
				edit(join(dataDir, 'events', 'two.yaml'), 'themes: [trade]', 'themes: [trade, trade]'),
			'data/events/two.yaml:14:21 two excerpts[0].themes[1] — expected each theme once, got "trade" again (first at excerpts[0].themes[0])'
		],
		[
			'a participant',
			(dataDir: string) =>
				edit(
					join(dataDir, 'events', 'one.yaml'),
					'    side: us\n',
					'    side: us\n  - name: Person A\n    role: Adviser\n    side: us\n'
				),
			'data/events/one.yaml:14:5 one participants[1] — expected each participant once, got "Person A" again (first at participants[0])'
		],
		[
			'a question',
			(dataDir: string) =>
				appendFileSync(
					join(dataDir, 'events', 'one.yaml'),
					'questions:\n  - Why here?\n  - Why here?\n'
				),
			'data/events/one.yaml:22:5 one questions[1] — expected each question once, got "Why here?" again (first at questions[0])'
		],
		[
			'a heading of the about page',
			(dataDir: string) =>
				appendFileSync(
					join(dataDir, 'site.yaml'),
					'  - heading: About the fixture\n    paragraphs:\n      - Again.\n'
				),
			'data/site.yaml:11:5 about[1] — expected each heading once, got "About the fixture" again (first at about[0])'
		],
		[
			'a word form',
			(dataDir: string) =>
				writeFileSync(
					join(dataDir, 'lexicon.yaml'),
					'- id: talks\n  label: Talks\n  variants: [talks, talks]\n'
				),
			'data/lexicon.yaml:3:21 talks variants[1] — expected each word form once, got "talks" again (first at variants[0])'
		],
		[
			'a theme of a commitment, and an event reaffirming it twice',
			(dataDir: string) =>
				writeFileSync(
					join(dataDir, 'commitments.yaml'),
					[
						'- id: group',
						'  title: A working group',
						'  themes: [climate, climate]',
						'  announced: { event: one, excerpt: one-quote-1 }',
						'  references:',
						'    - { event: two, excerpt: two-quote-1, kind: reaffirmed }',
						'    - { event: two, excerpt: two-quote-2, kind: reaffirmed }',
						''
					].join('\n')
				),
			[
				'data/commitments.yaml:3:21 group themes[1] — expected each theme once, got "climate" again (first at themes[0])',
				'data/commitments.yaml:7:7 group references[1] — expected each event per kind of reference once, got "two (reaffirmed)" again (first at references[0])'
			]
		],
		[
			'a pair of events linked both ways',
			(dataDir: string) =>
				appendFileSync(
					join(dataDir, 'events', 'one.yaml'),
					'links:\n  - event: two\n    relation: prepares\n'
				),
			'data/events/two.yaml:20:12 two links[0].event — expected no link back to an event that links here already ("one" links to "two"; both pages show it), got "one"'
		]
	])('%s', (_, change, expected) => {
		expect(problemsAfter(change)).toEqual([expected].flat());
	});
});
