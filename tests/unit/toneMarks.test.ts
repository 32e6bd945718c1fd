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

	it('labels a mark only when its words end before the next mark of its row and the edge', () => {
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
		const labelled = Object.fromEntries(marks.map((mark) => [mark.words[0], mark.labelled]));
		// "frank" at x=10 runs into "candid" at 12; "candid" has room up to "positive" at 151,
		// whose label would run past the right edge at 160.
		expect(labelled).toEqual({ frank: false, candid: true, positive: false, helpful: true });
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
				if (!mark.labelled) continue;
				const end = mark.x + labelWidth(mark, 7);
				expect(end).toBeLessThanOrEqual(width);
				for (const other of marks)
					if (other !== mark && other.row === mark.row && other.x > mark.x)
						expect(end).toBeLessThanOrEqual(other.x);
			}
		}
	});
});
