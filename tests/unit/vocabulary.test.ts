// Descriptor extraction: word forms, case, compound phrases, negation, sentences, voices and events.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/server/data/load';
import {
	findDescriptors,
	sentenceAround,
	vocabularyUses,
	voiceAt
} from '../../src/lib/server/analysis/vocabulary';
import { fixtureDataset } from '../helpers/fixtureData';
import { eventPage } from '../../src/lib/server/pages/eventPage';
import type { Source, TimelineEvent } from '../../src/lib/model';

const lexicon = [
	{ id: 'candid', label: 'candid', variants: ['candid', 'candidly'] },
	{ id: 'constructive', label: 'constructive', variants: ['constructive'] },
	{ id: 'frank', label: 'frank', variants: ['frank'] },
	{ id: 'in-depth', label: 'in-depth', variants: ['in-depth', 'in depth'] }
];

describe('findDescriptors', () => {
	it('finds every word form whatever its case', () => {
		const uses = findDescriptors(
			'Candid talks. They spoke candidly and CONSTRUCTIVE-ly? No: constructive.',
			lexicon
		);
		expect(uses.map((use) => [use.descriptor, use.word])).toEqual([
			['candid', 'Candid'],
			['candid', 'candidly'],
			['constructive', 'constructive']
		]);
	});

	it('counts each descriptor of a phrase like "frank and constructive"', () => {
		expect(
			findDescriptors('the "frank and constructive" talks', lexicon).map((use) => use.descriptor)
		).toEqual(['frank', 'constructive']);
	});

	it('matches multi-word forms and not words inside other words', () => {
		expect(
			findDescriptors('an in depth and in-depth review; Frankfurt; deconstructive', lexicon).map(
				(use) => use.word
			)
		).toEqual(['in depth', 'in-depth']);
	});

	it('leaves out a word the lexicon says rates something other than a meeting', () => {
		const rated = [{ ...lexicon[1]!, notBefore: ['relationship', 'relations'] }];
		const text =
			'A stable, predictable and constructive relationship; constructive new relations; a constructive China-U.S. relationship; constructive talks about the relationship.';
		expect(findDescriptors(text, rated).map((use) => use.start)).toEqual([
			text.lastIndexOf('constructive')
		]);
	});

	it('records negated uses, flagged', () => {
		const [use] = findDescriptors('The talks were not constructive.', lexicon);
		expect(use).toMatchObject({ descriptor: 'constructive', negated: true });
		expect(findDescriptors('They were constructive.', lexicon)[0]!.negated).toBe(false);
		expect(findDescriptors("It wasn't very constructive.", lexicon)[0]!.negated).toBe(true);
	});
});

describe('sentenceAround', () => {
	it('returns the whole sentence, closing quotes included', () => {
		const text = 'First one. The meeting was “helpful.” Then more.';
		expect(sentenceAround(text, text.indexOf('helpful'))).toBe('The meeting was “helpful.”');
	});

	it('does not end a sentence at the initials of U.S.', () => {
		const text = 'Before. Issues in China-U.S. relations were candid talks. After.';
		expect(sentenceAround(text, text.indexOf('candid'))).toBe(
			'Issues in China-U.S. relations were candid talks.'
		);
	});
});

describe('vocabularyUses', () => {
	it('attributes a use inside an excerpt to its voice and event, and one outside to the source', () => {
		const { root, dataDir } = fixtureDataset();
		const dataset = loadDataset(dataDir, root).dataset!;
		const uses = vocabularyUses(dataset.sources, dataset.events, lexicon);
		expect(uses.map((use) => [use.descriptor, use.voice, use.events, use.date])).toEqual([
			['candid', 'chinese-government', ['two'], '2021-03-25'],
			['constructive', 'chinese-government', ['two'], '2021-03-25']
		]);
		expect(uses[0]!.sentence).toBe('The talks were “candid” and constructive.');
	});

	it('gives a passage quoted for two events to the one it describes: the latest up to its publication', () => {
		const { root, dataDir } = fixtureDataset();
		const dataset = loadDataset(dataDir, root).dataset!;
		const two = dataset.events.find((event) => event.id === 'two')!;
		const passage = two.excerpts.find((excerpt) => excerpt.quote.includes('candid'))!;
		// The fixture's source was published on 20 March, after the first meeting and before the
		// second: quoted by both, its words speak of the first.
		const events = dataset.events.map((event) =>
			event.id === 'one' ? { ...event, excerpts: [...event.excerpts, passage] } : event
		);
		const uses = vocabularyUses(dataset.sources, events, lexicon);
		expect(uses.map((use) => [use.descriptor, use.events, use.describes, use.date])).toEqual([
			['candid', ['one', 'two'], 'one', '2021-03-18'],
			['constructive', ['one', 'two'], 'one', '2021-03-18']
		]);
		// Each event's page lists the words said of it.
		const described = { ...dataset, events, vocabulary: uses };
		expect(eventPage(described, 'two')!.descriptors).toEqual([]);
		expect(eventPage(described, 'one')!.descriptors.map((use) => use.word)).toEqual([
			'candid',
			'constructive'
		]);
	});
});

describe('vocabularyUses, of a source that reports one meeting', () => {
	const text =
		'Candid talks\n\nThe two sides held candid and constructive talks. Officials called them candid.\n';
	const source = {
		id: 'report',
		text,
		published: '2021-03-26',
		voice: 'media',
		about: 'one'
	} as unknown as Source;
	const quoted = text.indexOf('The two sides');
	const events = [
		{ id: 'one', start: '2021-03-18', excerpts: [] },
		{
			id: 'two',
			start: '2021-03-25',
			excerpts: [
				{
					id: 'two-quote-1',
					source: 'report',
					voice: 'chinese-government',
					start: quoted,
					end: text.indexOf('talks.') + 6
				}
			]
		}
	] as unknown as TimelineEvent[];

	it('rates the meeting the source reports, quoted or not, at its date', () => {
		const uses = vocabularyUses([source], events, lexicon);
		expect(uses).toHaveLength(3);
		expect(uses.every((use) => use.describes === 'one' && use.date === '2021-03-18')).toBe(true);
	});

	it('counts a word given to a meeting in one voice once, keeping the quoted use', () => {
		const uses = vocabularyUses([source], events, lexicon);
		// The headline's and the last sentence's "candid" are the media's; the quoted one China's.
		expect(uses.map((use) => [use.word, use.voice, use.events, use.repeats])).toEqual([
			['candid', 'chinese-government', ['two'], 0],
			['constructive', 'chinese-government', ['two'], 0],
			['candid', 'media', [], 1]
		]);
		// Of the media's two, the sentence rather than the headline.
		expect(uses[2]!.sentence).toBe('Officials called them candid.');
	});
});

describe('voiceAt', () => {
	const text = 'The ministry said the “frank and constructive” talks were frank.';
	const paraphrase = {
		id: 'e-quote-1',
		source: 's',
		voice: 'media' as const,
		paraphraseOf: { name: 'the ministry', voice: 'chinese-government' as const },
		quote: text,
		start: 0,
		end: text.length
	};

	it('gives a paraphrase’s quoted words to the paraphrased, the rest to the reporter', () => {
		expect(voiceAt(text, paraphrase, text.indexOf('frank'))).toBe('chinese-government');
		expect(voiceAt(text, paraphrase, text.lastIndexOf('frank'))).toBe('media');
	});

	it('gives every word of an excerpt that is no paraphrase to its voice', () => {
		const { paraphraseOf: _none, ...plain } = paraphrase;
		expect(voiceAt(text, { ...plain, voice: 'analyst' }, text.indexOf('frank'))).toBe('analyst');
	});
});
