// The excerpt a selected passage becomes: exact words that read back from YAML, and the right occurrence.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { excerptBlock } from '../../src/lib/excerptBlock';

const TEXT =
	'The talks were “candid” and constructive. Both sides said the talks were useful.\n\n' +
	'A long paragraph: ' +
	'the officials discussed climate change, trade, the Korean Peninsula, Iran and Afghanistan, '.repeat(
		3
	) +
	"and agreed to keep talking.\n   Indented: keep #this, “quoted” and 'single' and a colon: here.";

const passage = (quote: string, from = 0) => {
	const start = TEXT.indexOf(quote, from);
	return { source: 'sample', voice: 'media', text: TEXT, start, end: start + quote.length };
};

describe('excerptBlock', () => {
	it('reads back from its YAML as the same words, under excerpts:, for any passage', () => {
		for (const quote of [
			'The talks were “candid” and constructive.',
			TEXT.slice(TEXT.indexOf('the officials'), TEXT.indexOf(' and agreed')),
			"Indented: keep #this, “quoted” and 'single' and a colon: here.",
			'keep talking.\n   Indented'
		]) {
			const block = excerptBlock(passage(quote))!;
			expect(block.quote).toBe(quote);
			expect(block.yaml).toMatch(/^ {2}- source: sample\n {4}voice: media\n {4}quote: >-?\n/);
			const [excerpt] = parse(`excerpts:\n${block.yaml}`).excerpts;
			expect(excerpt).toEqual({ source: 'sample', voice: 'media', quote });
		}
	});

	it('trims spaces at the ends of a selection, and gives nothing for spaces only', () => {
		const start = TEXT.indexOf(' Both');
		const block = excerptBlock({ ...passage('x'), start, end: TEXT.indexOf('useful.') + 8 })!;
		expect(block.quote).toBe('Both sides said the talks were useful.');
		expect(excerptBlock({ ...passage('x'), start: start, end: start + 1 })).toBeUndefined();
	});

	it('says which occurrence a passage is when it occurs more than once, counting as the validator does', () => {
		const first = excerptBlock(passage('the talks were'))!;
		expect(first).toMatchObject({ quote: 'the talks were', count: 1, occurrence: undefined });
		expect(first.yaml).not.toContain('occurrence');
		const second = excerptBlock(passage('talks were', TEXT.indexOf('Both')))!;
		expect(second).toMatchObject({ count: 2, occurrence: 2 });
		expect(parse(`x:\n${second.yaml}`).x[0]).toMatchObject({ occurrence: 2, quote: 'talks were' });
		// Overlapping occurrences count, as they do for the validator: "aa" is twice in "aaa".
		const overlap = excerptBlock({ source: 's', voice: 'media', text: 'aaa', start: 1, end: 3 })!;
		expect(overlap).toMatchObject({ count: 2, occurrence: 2 });
	});
});
