// The tone strip: words grouped per voice and date, one row per voice, labels only where they fit.
import { describe, expect, it } from 'vitest';
import { labelWidth, layoutTone, type ToneWord } from '../../src/lib/timeline/toneMarks';
import type { Voice } from '../../src/lib/model';

const VOICES: Voice[] = ['chinese-government', 'us-government', 'media', 'analyst'];
const DAY = 86_400_000;
const xOf = (date: string) => (Date.parse(date) - Date.parse('2021-01-01')) / DAY;

const word = (date: string, voice: Voice, label: string, negated = false): ToneWord => ({
	date,
	voice,
	label,
	negated
});

describe('layoutTone', () => {
	it('groups one voice’s words on one date into one mark, negations kept as said', () => {
		const { rows, marks } = layoutTone(
			[
				word('2021-03-18', 'us-government', 'candid'),
				word('2021-03-18', 'us-government', 'constructive', true),
				word('2021-03-18', 'us-government', 'candid'),
				word('2021-03-18', 'chinese-government', 'candid')
			],
			VOICES,
			xOf,
			1000,
			7
		);
		expect(rows).toEqual(['chinese-government', 'us-government']);
		expect(marks.map(({ voice, row, words }) => ({ voice, row, words }))).toEqual([
			{ voice: 'chinese-government', row: 0, words: ['candid'] },
			{ voice: 'us-government', row: 1, words: ['candid', 'not constructive'] }
		]);
	});

	it('labels a mark after it where its words end before the next mark of its row and the edge, else before it where they start after the previous one', () => {
		const { marks } = layoutTone(
			[
				word('2021-01-11', 'media', 'frank'),
				word('2021-01-13', 'media', 'candid'),
				word('2021-06-01', 'media', 'positive'),
				word('2021-01-12', 'analyst', 'helpful')
			],
			VOICES,
			xOf,
			160,
			7
		);
		const labels = Object.fromEntries(marks.map((mark) => [mark.words[0], mark.label]));
		// "frank" at x=10 runs into "candid" at 12 and has no room before it; "candid" has room up to
		// "positive" at 151, whose label would run past the right edge at 160 but fits before it,
		// after candid's (which ends at 12 + 56 = 68; positive's starts at 151 − 70 = 81).
		expect(labels).toEqual({
			frank: undefined,
			candid: 'after',
			positive: 'before',
			helpful: 'after'
		});
	});

	it('writes no label before a mark where it would meet the previous mark’s label', () => {
		const { marks } = layoutTone(
			[word('2021-01-11', 'media', 'candid'), word('2021-03-01', 'media', 'positive')],
			VOICES,
			xOf,
			60,
			7
		);
		// candid's label ends at 10 + 56 = 66, past the edge at 60: before it there is no room either.
		expect(marks.map((mark) => mark.label)).toEqual([undefined, undefined]);
		const wider = layoutTone(
			[word('2021-01-11', 'media', 'candid'), word('2021-04-20', 'media', 'positive')],
			VOICES,
			xOf,
			115,
			7
		);
		// candid's label ends at 66; positive at 109 would start its own at 39.
		expect(wider.marks.map((mark) => mark.label)).toEqual(['after', undefined]);
	});

	it('never lets labels overlap, whatever the words and dates', () => {
		let seed = 3;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		const labels = ['candid', 'constructive', 'in-depth', 'frank', 'positive'];
		for (let run = 0; run < 50; run++) {
			const words = Array.from({ length: 40 }, () =>
				word(
					new Date(Date.parse('2021-01-01') + Math.floor(random() * 600) * DAY)
						.toISOString()
						.slice(0, 10),
					VOICES[Math.floor(random() * 4)]!,
					labels[Math.floor(random() * labels.length)]!,
					random() < 0.1
				)
			);
			const width = 200 + random() * 600;
			const { marks } = layoutTone(words, VOICES, xOf, width, 7);
			for (const mark of marks) {
				expect(mark.x).toBeGreaterThanOrEqual(0);
				expect(mark.x).toBeLessThanOrEqual(width);
			}
			// Each row's marks and labels as spans along it, in order: none overlaps the next.
			for (const row of new Set(marks.map((mark) => mark.row))) {
				const spans = marks
					.filter((mark) => mark.row === row)
					.map((mark) => {
						const room = labelWidth(mark, 7);
						if (mark.label === 'after') return [mark.x, mark.x + room];
						if (mark.label === 'before') return [mark.x - room, mark.x];
						return [mark.x, mark.x];
					})
					.sort((a, b) => a[0]! - b[0]!);
				for (const [start, end] of spans) {
					expect(start).toBeGreaterThanOrEqual(0);
					expect(end).toBeLessThanOrEqual(width);
				}
				for (let index = 1; index < spans.length; index++)
					expect(spans[index]![0]).toBeGreaterThanOrEqual(spans[index - 1]![1]!);
			}
		}
	});
});
