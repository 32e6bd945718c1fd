import { describe, expect, it } from 'vitest';
import { searchAliases, withNames } from '../../src/lib/searchAliases';
import { highlightParts } from '../../src/lib/searchHits';

describe('the abbreviations a document is also found by', () => {
	it('gives a spelt-out name its abbreviations, in any case', () => {
		expect(searchAliases('A dialogue on Artificial Intelligence.')).toBe('AI');
		expect(searchAliases('the united states and China')).toBe('US USA');
	});

	it('gives an abbreviation its name, only as written in capitals and as a word of its own', () => {
		expect(searchAliases('The CPC Central Committee')).toBe(
			'Communist Party of China Chinese Communist Party'
		);
		expect(searchAliases('Let us talk about aid and AIDS.')).toBe('');
	});

	it('reads a curly apostrophe as a straight one', () => {
		expect(searchAliases('the People’s Liberation Army')).toBe('PLA');
	});

	it('marks in a result the names of the abbreviations it was found by', () => {
		expect(withNames(['ai', 'talks'])).toEqual(['ai', 'talks', 'artificial intelligence']);
		expect(withNames(['wang'])).toEqual(['wang']);
		// Asked for word by word, a name is marked as the one phrase it is.
		expect(withNames(['united', 'states'])).toEqual(['united', 'states', 'United States']);
		expect(highlightParts('The United States said', withNames(['united', 'states']))).toEqual([
			{ text: 'The ', match: false },
			{ text: 'United States', match: true },
			{ text: ' said', match: false }
		]);
	});
});
