// Highlighting search hits in plain text.
import { describe, expect, it } from 'vitest';
import { highlightParts, snippetAround } from '../../src/lib/searchHits';

describe('highlightParts', () => {
	it('marks words that start with a term, whatever the case', () => {
		expect(highlightParts('Blinken met Qin Gang; blinkered.', ['blinken', 'qin'])).toEqual([
			{ text: 'Blinken', match: true },
			{ text: ' met ', match: false },
			{ text: 'Qin', match: true },
			{ text: ' Gang; blinkered.', match: false }
		]);
	});

	it('extends a prefix to the whole word', () => {
		expect(
			highlightParts('counter-narcotics working group', ['narcot']).filter((part) => part.match)
		).toEqual([{ text: 'narcotics', match: true }]);
	});

	it('treats markup and regular-expression characters in terms as plain text', () => {
		expect(highlightParts('a <b> (c) .*', ['<b>', '(c', '.*'])).toEqual([
			{ text: 'a ', match: false },
			{ text: '<b>', match: true },
			{ text: ' ', match: false },
			{ text: '(c', match: true },
			{ text: ') ', match: false },
			{ text: '.*', match: true }
		]);
		expect(highlightParts('xxx', ['.*'])).toEqual([{ text: 'xxx', match: false }]);
	});

	it('marks a phrase whole, whatever spaces or signs stand between its words', () => {
		expect(
			highlightParts('It is China’s one-China principle, both sides said.', [
				'china s one china',
				'both sides'
			])
		).toEqual([
			{ text: 'It is ', match: false },
			{ text: 'China’s one-China', match: true },
			{ text: ' principle, ', match: false },
			{ text: 'both sides', match: true },
			{ text: ' said.', match: false }
		]);
	});

	it('marks a quoted phrase only where it stands as whole words', () => {
		expect(highlightParts('A useful talk, the US said.', ['talk'], ['us'])).toEqual([
			{ text: 'A useful ', match: false },
			{ text: 'talk', match: true },
			{ text: ', the ', match: false },
			{ text: 'US', match: true },
			{ text: ' said.', match: false }
		]);
	});

	it('marks a word written with accents that the index found without them', () => {
		expect(highlightParts('The joint communiqués, and Wáng Yì.', ['communiques', 'wang'])).toEqual([
			{ text: 'The joint ', match: false },
			{ text: 'communiqués', match: true },
			{ text: ', and ', match: false },
			{ text: 'Wáng', match: true },
			{ text: ' Yì.', match: false }
		]);
	});

	it('returns the text unchanged without terms', () => {
		expect(highlightParts('plain', [])).toEqual([{ text: 'plain', match: false }]);
	});
});

describe('snippetAround', () => {
	const long = `${'Lorem ipsum dolor sit amet. '.repeat(10)}The Taiwan question is central. ${'More words follow here. '.repeat(10)}`;

	it('centres on the first match and marks the cuts', () => {
		const snippet = snippetAround(long, ['taiwan'], 120);
		expect(snippet).toContain('Taiwan question');
		expect(snippet.startsWith('…')).toBe(true);
		expect(snippet.endsWith('…')).toBe(true);
	});

	it('leaves short text whole', () => {
		expect(snippetAround('Short text.', ['text'])).toBe('Short text.');
	});

	it('ends a cut on a word, not on the comma after it', () => {
		const text = `The talks were useful. ${'They covered trade, climate, health, travel, visas, '.repeat(8)}`;
		const snippet = snippetAround(text, ['useful'], 100);
		expect(snippet).toMatch(/[a-z]…$/);
	});

	it('cuts between words, never inside one', () => {
		const text = `${'Consultations continued. '.repeat(12)}Both sides discussed artificial intelligence and its risks. ${'Delegations reaffirmed commitments. '.repeat(12)}`;
		for (const length of [60, 75, 90, 120, 121, 150]) {
			const snippet = snippetAround(text, ['artificial'], length);
			const inner = snippet.replace(/^…/, '').replace(/…$/, '');
			expect(text).toContain(inner);
			expect(text.at(text.indexOf(inner) - 1), snippet).toBe(' ');
			expect([' ', undefined], snippet).toContain(text.at(text.indexOf(inner) + inner.length));
			expect(inner).toContain('artificial intelligence');
		}
	});
});
