// The worksheet's entries: slide numbers, the slide's excerpt, and each quoted excerpt printed once.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/lib/model';
import { choiceFromQuery, choiceQuery, worksheetEntries } from '../../src/lib/present/worksheet';

const excerpt = (id: string, quote: string, themes: string[] = []) => ({ id, quote, themes });

const event = (
	id: string,
	questions: string[] | undefined,
	excerpts: ReturnType<typeof excerpt>[]
) => ({ id, questions, excerpts }) as unknown as TimelineEvent;

const talks = event(
	'talks',
	['Why call them "candid"?', 'Why "candid" and "constructive" both?', 'Why meet at all?'],
	[
		excerpt('talks-1', 'The talks were useful.', ['climate']),
		excerpt('talks-2', 'The talks were candid.'),
		excerpt('talks-3', 'They were constructive.', ['taiwan'])
	]
);
const quiet = event('quiet', undefined, [excerpt('quiet-1', 'Nothing.')]);
const call = event(
	'call',
	['What did "useful" mean?', 'Who called?'],
	[excerpt('call-1', 'A useful call.')]
);

describe('worksheetEntries', () => {
	const [first, second] = worksheetEntries([talks, quiet, call]);

	it('numbers each event as its slide and its questions under it, leaving out events without questions', () => {
		expect([first!.slide, second!.slide]).toEqual([2, 4]);
		expect(first!.questions.map((question) => question.label)).toEqual(['2.1', '2.2', '2.3']);
		expect(second!.questions.map((question) => question.label)).toEqual(['4.1', '4.2']);
	});

	it('prints an excerpt under the first question that quotes it, and points the later ones to it', () => {
		const [one, two, three] = first!.questions;
		expect(one!.excerpts.map((shown) => shown.id)).toEqual(['talks-2']);
		expect(two!.excerpts.map((shown) => shown.id)).toEqual(['talks-3']);
		expect(two!.quotedAbove).toEqual(['2.1']);
		expect([three!.excerpts, three!.quotedAbove]).toEqual([[], []]);
	});

	it('adds the excerpt the slide shows when no question quotes it', () => {
		// The deck's slide shows the first excerpt, which no question of the talks quotes.
		expect(first!.onSlide?.id).toBe('talks-1');
		// The call's only excerpt is quoted by its first question: printed there, not twice.
		expect(second!.onSlide).toBeUndefined();
	});

	it('in a tour, adds the excerpt that speaks to the theme, as the tour’s slide shows it', () => {
		expect(worksheetEntries([talks], 'climate')[0]!.onSlide?.id).toBe('talks-1');
		// Quoted by question 2.2 already.
		expect(worksheetEntries([talks], 'taiwan')[0]!.onSlide).toBeUndefined();
	});

	it('leaves out the questions the teacher chose to, keeping the others’ numbers and their excerpts', () => {
		const [chosen, ...rest] = worksheetEntries([talks, quiet, call], undefined, [
			'2.1',
			'4.1',
			'4.2'
		]);
		expect(rest).toEqual([]);
		expect(chosen!.questions.map((question) => question.label)).toEqual(['2.2', '2.3']);
		// 2.1 printed the candid talks' excerpt; without it, 2.2 prints it.
		expect(chosen!.questions[0]!.excerpts.map((shown) => shown.id)).toEqual(['talks-2', 'talks-3']);
		expect(chosen!.questions[0]!.quotedAbove).toEqual([]);
	});
});

describe('the choice of questions in the address', () => {
	const labels = ['2.1', '2.2', '2.3', '4.1', '4.2'];

	it('names the fewer of those left out and those kept, with plain commas', () => {
		expect(choiceQuery(labels, [])).toBe('');
		expect(choiceQuery(labels, ['2.2', '4.1'])).toBe('leave=2.2,4.1');
		expect(choiceQuery(labels, ['2.1', '2.2', '2.3', '4.1'])).toBe('keep=4.2');
		expect(choiceQuery(labels, labels)).toBe('keep=');
	});

	it('reads back what it wrote, ignoring what is not a question of the deck', () => {
		for (const leftOut of [[], ['2.2', '4.1'], ['2.1', '2.2', '2.3', '4.1'], labels])
			expect(choiceFromQuery(new URLSearchParams(choiceQuery(labels, leftOut)), labels)).toEqual(
				leftOut
			);
		expect(choiceFromQuery(new URLSearchParams('leave=2.2,foo,99.9'), labels)).toEqual(['2.2']);
		expect(choiceFromQuery(new URLSearchParams('keep=4.2,bar'), labels)).toEqual([
			'2.1',
			'2.2',
			'2.3',
			'4.1'
		]);
	});
});
