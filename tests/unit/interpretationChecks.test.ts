import { describe, expect, it } from 'vitest';
import { namesSpeaker } from '../../src/lib/server/interpretationChecks';

describe('namesSpeaker', () => {
	const at = (text: string, quote: string) =>
		[text.indexOf(quote), text.indexOf(quote) + quote.length] as const;

	it('finds the speaker named as a word in the passage’s paragraph or just before it', () => {
		const text =
			'Kirby called the talks a good sign.\n\n“We are making progress,” he told a news conference.';
		expect(namesSpeaker(text, ...at(text, '“We are making progress,”'), 'John Kirby')).toBe(true);
		// A Chinese family name comes first.
		const readout = 'Wang emphasized that the question is an internal affair.';
		expect(namesSpeaker(readout, 0, readout.length, 'Wang Yi')).toBe(true);
	});

	it('refuses a name found only inside another word, or not at all', () => {
		const text = 'Prices rose, the ministry said.';
		expect(namesSpeaker(text, 0, text.length, 'Ned Price')).toBe(false);
		expect(namesSpeaker(text, 0, text.length, 'Hua Chunying')).toBe(false);
	});

	it('takes a transcript’s turn label as the speaker of what follows it', () => {
		const text =
			'CCTV: How do you evaluate it?\n\nHua Chunying: The dialogue is timely.\n\nIt was helpful.\n\nAlso this.\n\nAnd this.\n\nAnd more.';
		const turns = [...text.matchAll(/^([^\n:]{2,60}):/gm)].map((match) => ({
			at: match.index,
			label: match[1]!.trim()
		}));
		expect(namesSpeaker(text, ...at(text, 'And more.'), 'Hua Chunying', turns)).toBe(true);
		expect(namesSpeaker(text, ...at(text, 'How do you'), 'Hua Chunying', turns)).toBe(false);
	});
});
