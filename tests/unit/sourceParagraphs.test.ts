// Paragraphs of a source, with excerpt highlights cut to each paragraph.
import { describe, expect, it } from 'vitest';
import { paragraphSegments, paragraphsOf } from '../../src/lib/sourceParagraphs';

const TEXT = 'Title line\n\nFirst paragraph here.\nSecond one.\n\n\nThird.\n';

describe('paragraphsOf', () => {
	it('numbers non-empty lines with their offsets', () => {
		const paragraphs = paragraphsOf(TEXT);
		expect(paragraphs.map((paragraph) => [paragraph.id, paragraph.text])).toEqual([
			['p-1', 'Title line'],
			['p-2', 'First paragraph here.'],
			['p-3', 'Second one.'],
			['p-4', 'Third.']
		]);
		for (const paragraph of paragraphs)
			expect(TEXT.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
	});
});

describe('paragraphSegments', () => {
	it('anchors an excerpt in its first paragraph and highlights it in each', () => {
		const start = TEXT.indexOf('paragraph here');
		const end = TEXT.indexOf('one.') + 4;
		const paragraphs = paragraphSegments(TEXT, [{ id: 'q', start, end }]);
		const marked = paragraphs.map((paragraph) =>
			paragraph.segments
				.filter((segment) => segment.excerptIds.includes('q'))
				.map((segment) => [segment.text, segment.anchors])
		);
		expect(marked).toEqual([[], [['paragraph here.', ['q']]], [['Second one.', []]], []]);
	});

	it('ends an excerpt in its last run, after a term that cuts it and in its last paragraph', () => {
		const start = TEXT.indexOf('paragraph here');
		const term = TEXT.indexOf('here');
		const endsOf = (ranges: { id: string; start: number; end: number }[]) =>
			paragraphSegments(TEXT, ranges).flatMap((paragraph) =>
				paragraph.segments.filter((segment) => segment.ends.length).map((s) => [s.text, s.ends])
			);
		// "paragraph here." with a term anchored at "here": the excerpt ends after "here.", not before it.
		expect(
			endsOf([
				{ id: 'q', start, end: start + 'paragraph here.'.length },
				{ id: 't', start: term, end: term }
			])
		).toEqual([['here.', ['q']]]);
		// Over two paragraphs: it ends in the second.
		expect(endsOf([{ id: 'q', start, end: TEXT.indexOf('one.') + 4 }])).toEqual([
			['Second one.', ['q']]
		]);
	});

	it('puts an excerpt’s links after the quotation mark or stop that closes its words', () => {
		const text = 'He said “we agreed to talk.” Then he left.';
		const start = text.indexOf('we');
		const runs = (end: number) =>
			paragraphSegments(text, [{ id: 'q', start, end }])[0]!.segments.map((segment) => [
				segment.text,
				segment.ends
			]);
		expect(runs(text.indexOf('talk') + 4)).toEqual([
			['He said “', []],
			['we agreed to talk', []],
			['.”', ['q']],
			[' Then he left.', []]
		]);
		// Ending on the mark itself, or at the paragraph's end, changes nothing.
		expect(runs(text.indexOf('”') + 1).at(-2)).toEqual(['we agreed to talk.”', ['q']]);
		expect(runs(text.length).at(-1)).toEqual(['we agreed to talk.” Then he left.', ['q']]);
	});

	it('keeps a bare anchor (a zero-length range) at the start of a paragraph', () => {
		const start = TEXT.indexOf('First');
		const paragraphs = paragraphSegments(TEXT, [{ id: 'a', start, end: start }]);
		expect(paragraphs[1]!.segments[0]!.anchors).toEqual(['a']);
	});

	it('keeps segment offsets relative to the whole text', () => {
		for (const paragraph of paragraphSegments(TEXT, [{ id: 'x', start: 14, end: 20 }]))
			for (const segment of paragraph.segments)
				expect(TEXT.slice(segment.start, segment.start + segment.text.length)).toBe(segment.text);
	});
});
