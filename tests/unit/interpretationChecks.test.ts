import { describe, expect, it } from 'vitest';
import {
	namesSpeaker,
	relationTimingProblem,
	startWindow
} from '../../src/lib/server/data/interpretationChecks';

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

describe('link timing and the precision of dates', () => {
	const day = (start: string, end?: string) => ({ start, end, precision: 'day' as const });
	const month = (start: string) => ({ start, precision: 'month' as const });
	const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);

	it('reads a date given to the month, the year or about a day as the days it may be', () => {
		expect(startWindow(day('2023-05-10'))).toEqual([utc('2023-05-10'), utc('2023-05-10')]);
		expect(startWindow(month('2023-05-01'))).toEqual([utc('2023-05-01'), utc('2023-05-31')]);
		expect(startWindow({ start: '2024-01-01', precision: 'year' })).toEqual([
			utc('2024-01-01'),
			utc('2024-12-31')
		]);
		expect(startWindow({ start: '2023-02-01', precision: 'approximate' })).toEqual([
			utc('2023-01-25'),
			utc('2023-02-08')
		]);
	});

	it('accepts a follow-up in the month of an event dated only to its month', () => {
		// CIA director Burns's secret visit is dated May 2023: a meeting on 10 May may follow it up.
		expect(relationTimingProblem(day('2023-05-10'), month('2023-05-01'), 'follows-up')).toBe(
			undefined
		);
		expect(relationTimingProblem(month('2023-05-01'), day('2023-05-10'), 'prepares')).toBe(
			undefined
		);
	});

	it('refuses a link that runs against time whatever day each event was on', () => {
		expect(relationTimingProblem(day('2023-04-28'), month('2023-05-01'), 'follows-up')).toBe(
			'a linked event that starts before this one ("follows-up" looks back)'
		);
		expect(relationTimingProblem(month('2023-06-01'), day('2023-05-31'), 'prepares')).toBe(
			'a linked event that starts after this one ("prepares" looks ahead)'
		);
		expect(relationTimingProblem(day('2023-01-01'), day('2023-01-09'), 'coincides-with')).toBe(
			'a linked event at most 7 days away ("coincides-with")'
		);
		expect(relationTimingProblem(day('2023-05-20'), month('2023-05-01'), 'coincides-with')).toBe(
			undefined
		);
		expect(
			relationTimingProblem(day('2023-06-05'), day('2023-05-25', '2023-05-30'), 'coincides-with')
		).toBe(undefined);
	});
});
