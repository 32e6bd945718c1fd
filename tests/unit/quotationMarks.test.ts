// Excerpts set between quotation marks: never a doubled mark, never a changed character.
import { describe, expect, it } from 'vitest';
import { commaAfter, inQuotationMarks } from '../../src/lib/quotationMarks';

describe('inQuotationMarks', () => {
	it('sets a plain quote between double marks', () => {
		expect(inQuotationMarks('The talks were candid.')).toBe('“The talks were candid.”');
	});

	it('uses single marks for a quote that ends or starts with a quotation of its own', () => {
		const ends = 'a senior US government official said that the meeting was “helpful.”';
		expect(inQuotationMarks(ends)).toBe(`‘${ends}’`);
		expect(inQuotationMarks(ends)).not.toMatch(/””|“““/);
		const starts = '“Candid and constructive,” the statement said.';
		expect(inQuotationMarks(starts)).toBe(`‘${starts}’`);
		expect(inQuotationMarks('He called it "useful".')).toBe('‘He called it "useful".’');
	});

	it('keeps double marks around single ones inside', () => {
		expect(inQuotationMarks('the so-called ‘red lines’ were named')).toBe(
			'“the so-called ‘red lines’ were named”'
		);
	});

	it('never changes the excerpt itself', () => {
		for (const text of ['“x”', 'a “b” c', 'plain', '„low“'])
			expect(inQuotationMarks(text).slice(1, -1)).toBe(text);
	});
});

describe('commaAfter', () => {
	it('puts a comma after a title, but not after one that ends with a stop of its own', () => {
		expect(commaAfter('Top Chinese diplomat meets U.S. national security advisor')).toBe(',');
		expect(commaAfter('The two sides can cooperate in some areas.')).toBe('');
		expect(commaAfter('Is dialogue back?')).toBe('');
	});
});
