// Discussion questions and the excerpts whose words they quote.
import { describe, expect, it } from 'vitest';
import {
	excerptsQuoted,
	holdsPhrase,
	quotedPhrases,
	quotedSpans
} from '../../src/lib/questionQuotes';

describe('quotedPhrases', () => {
	it('finds each phrase in straight or curly quotation marks, without the comma inside the closing one', () => {
		expect(
			quotedPhrases(
				'Why might he say the talks gave "more information than before," while China said “fruitful”?'
			)
		).toEqual(['more information than before', 'fruitful']);
	});

	it('finds none in a question that quotes nothing', () => {
		expect(quotedPhrases('Why might a first meeting matter?')).toEqual([]);
		expect(quotedPhrases('An empty pair "" is not a phrase')).toEqual([]);
	});
});

describe('holdsPhrase', () => {
	it('ignores case, the kind of apostrophe and line breaks', () => {
		expect(holdsPhrase('China’s door is always\nopen', "china's door is always open")).toBe(true);
		expect(holdsPhrase('China’s door is open', 'door is always open')).toBe(false);
	});
});

describe('excerptsQuoted', () => {
	const excerpts = [
		{ id: 'a', quote: 'The talks were candid and productive.' },
		{ id: 'b', quote: 'We would compete vigorously.' },
		{ id: 'c', quote: 'Both sides said the talks were candid and productive.' }
	];

	it('gives every excerpt a quoted phrase comes from, in their order', () => {
		expect(
			excerptsQuoted('Why "would compete vigorously" and "candid and productive"?', excerpts).map(
				(excerpt) => excerpt.id
			)
		).toEqual(['a', 'b', 'c']);
	});

	it('gives none for a phrase from elsewhere, or no phrase', () => {
		expect(excerptsQuoted('Why "frank and constructive"?', excerpts)).toEqual([]);
		expect(excerptsQuoted('Why talk at all?', excerpts)).toEqual([]);
	});
});

describe('quotedSpans', () => {
	it('marks each quoted phrase where the text has it, whatever its case, apostrophes or line breaks', () => {
		expect(
			quotedSpans('China’s door is always\nopen, she said. Open (really).', [
				"china's door is always open",
				'open (really)'
			])
		).toEqual([
			{ text: 'China’s door is always\nopen', quoted: true },
			{ text: ', she said. ', quoted: false },
			{ text: 'Open (really)', quoted: true },
			{ text: '.', quoted: false }
		]);
	});

	it('gives the text whole when nothing is quoted or found', () => {
		expect(quotedSpans('Talks.', [])).toEqual([{ text: 'Talks.', quoted: false }]);
		expect(quotedSpans('Talks.', ['walks'])).toEqual([{ text: 'Talks.', quoted: false }]);
	});
});
