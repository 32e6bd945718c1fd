// Source text segmentation for highlighting: lossless, overlap-aware, every excerpt anchored once.
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/lib/sourceSegments';

describe('segmentText', () => {
	it('returns the whole text as one plain segment when nothing is cited', () => {
		expect(segmentText('abc', [])).toEqual([
			{ text: 'abc', start: 0, excerptIds: [], anchors: [] }
		]);
	});

	it('cuts around one excerpt and anchors it at its start', () => {
		expect(segmentText('one two three', [{ id: 'q', start: 4, end: 7 }])).toEqual([
			{ text: 'one ', start: 0, excerptIds: [], anchors: [] },
			{ text: 'two', start: 4, excerptIds: ['q'], anchors: ['q'] },
			{ text: ' three', start: 7, excerptIds: [], anchors: [] }
		]);
	});

	it('handles the same passage cited twice and overlapping passages', () => {
		const segments = segmentText('abcdefgh', [
			{ id: 'a', start: 1, end: 5 },
			{ id: 'b', start: 1, end: 5 },
			{ id: 'c', start: 3, end: 7 }
		]);
		expect(segments.map((segment) => [segment.text, segment.excerptIds, segment.anchors])).toEqual([
			['a', [], []],
			['bc', ['a', 'b'], ['a', 'b']],
			['de', ['a', 'b', 'c'], ['c']],
			['fg', ['c'], []],
			['h', [], []]
		]);
	});

	it('is lossless for random ranges', () => {
		let seed = 7;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		const text = 'The two sides held candid, in-depth and constructive talks.\n\nBoth agreed.';
		for (let run = 0; run < 50; run++) {
			const ranges = Array.from({ length: 4 }, (_, index) => {
				const start = Math.floor(random() * text.length);
				return {
					id: `r${index}`,
					start,
					end: start + Math.floor(random() * (text.length - start)) + 1
				};
			});
			const segments = segmentText(text, ranges);
			expect(segments.map((segment) => segment.text).join('')).toBe(text);
			expect(segments.flatMap((segment) => segment.anchors).sort()).toEqual(
				ranges.map((range) => range.id).sort()
			);
		}
	});
});
