// The handout's citation of a source: a comma between the quoted title and the date, never doubled.
import { describe, expect, it } from 'vitest';
import { sourceCitation } from '../../src/lib/present/wording';

const cite = (title: string) =>
	sourceCitation({ publisher: 'Spark Global Limited', title, publishedLabel: '22 March 2021' });

describe('sourceCitation', () => {
	it('puts a comma inside the closing mark, between the title and the date', () => {
		expect(cite('US, Chinese officials hold constructive talks in Beijing')).toBe(
			'Spark Global Limited, “US, Chinese officials hold constructive talks in Beijing,” 22 March 2021.'
		);
	});

	it('lets the comma take the place of a title’s own full stop or comma, never after them', () => {
		expect(cite('The two sides can cooperate in some areas.')).toBe(
			'Spark Global Limited, “The two sides can cooperate in some areas,” 22 March 2021.'
		);
		expect(cite('Talks go on,')).toBe('Spark Global Limited, “Talks go on,” 22 March 2021.');
	});

	it('keeps a question or exclamation mark, with no comma after it', () => {
		expect(cite('Is dialogue back?')).toBe(
			'Spark Global Limited, “Is dialogue back?” 22 March 2021.'
		);
	});
});
