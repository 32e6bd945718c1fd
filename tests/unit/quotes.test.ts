// Finding quotes and explaining near misses.
import { describe, expect, it } from 'vitest';
import {
	closestPassage,
	describeNearMiss,
	hiddenCharacters,
	occurrencesOf
} from '../../src/lib/server/data/quotes';

const TEXT = 'The official said the meeting was “helpful.” Both sides agreed to continue talks.';

describe('occurrencesOf', () => {
	it('finds every start offset, overlapping included', () => {
		expect(occurrencesOf('aaa', 'aa')).toEqual([0, 1]);
		expect(occurrencesOf(TEXT, 'the')).toEqual([18]);
		expect(occurrencesOf(TEXT, 'absent')).toEqual([]);
	});

	it('finds the same offsets in a long text, indexed once, as a plain search does', () => {
		let seed = 7;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		const words = ['talks', 'candid', 'helpful', 'the', 'sides', 'agreed', '“', '”', 'Taiwan'];
		const text = Array.from({ length: 20_000 }, () => words[Math.floor(random() * words.length)])
			.join(' ')
			.concat(' Record event-1: the two sides met and talked. the sides agreed the sides agreed');
		const naive = (quote: string) => {
			const found: number[] = [];
			for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1))
				found.push(at);
			return found;
		};
		for (let trial = 0; trial < 200; trial++) {
			const start = Math.floor(random() * (text.length - 80));
			const quote = text.slice(start, start + 8 + Math.floor(random() * 60));
			expect(occurrencesOf(text, quote), quote).toEqual(naive(quote));
		}
		expect(occurrencesOf(text, 'Record event-1: the two sides met and talked.')).toHaveLength(1);
		expect(occurrencesOf(text, 'the sides agreed the sides agreed').length).toBeGreaterThan(0);
		expect(occurrencesOf(text, 'not anywhere in this long text')).toEqual([]);
	});

	it('keeps a search through a long text for many quotes linear', () => {
		const sentences = Array.from(
			{ length: 20_000 },
			(_, index) => `Record event-${index}: the two sides met and talked.`
		);
		const text = sentences.join('\n');
		const started = performance.now();
		const counts = sentences.map((sentence) => occurrencesOf(text, sentence).length);
		// A plain search of every sentence through the whole text takes many times as long.
		expect(performance.now() - started).toBeLessThan(500);
		expect(counts.every((count) => count === 1)).toBe(true);
	});
});

describe('closestPassage', () => {
	it('finds an exact passage with no edits', () => {
		const found = closestPassage(TEXT, 'Both sides agreed');
		expect(TEXT.slice(found.start, found.end)).toBe('Both sides agreed');
		expect(found.edits).toBe(0);
	});

	it('finds the passage a slightly wrong quote was meant to be', () => {
		const found = closestPassage(TEXT, 'the meeting was "helpful."');
		expect(TEXT.slice(found.start, found.end)).toBe('the meeting was “helpful.”');
		expect(found.edits).toBe(2);
	});
});

describe('describeNearMiss', () => {
	it('names the first differing character, so straight and curly quotes are told apart', () => {
		expect(describeNearMiss(TEXT, 'the meeting was "helpful."')).toBe(
			'closest passage (2 edits away): "the meeting was “helpful.”"; first difference at character 17: quote has """ (U+0022), source has "“" (U+201C)'
		);
	});

	it('says so when nothing comes close', () => {
		expect(describeNearMiss(TEXT, 'Completely unrelated words here')).toBe(
			'nothing in the source comes close to this quote'
		);
	});
});

describe('describeNearMiss on long input', () => {
	/** Seeded words, so the texts are the same on every run. */
	const words = (length: number, seed: number) => {
		const vocabulary = ['the', 'two', 'sides', 'agreed', 'on', 'trade', 'climate', 'talks', 'said'];
		let state = seed;
		let text = '';
		while (text.length < length) {
			state = (state * 1103515245 + 12345) % 2147483648;
			text += `${vocabulary[state % vocabulary.length]} `;
		}
		return text.slice(0, length);
	};
	const timed = (text: string, quote: string) => {
		const started = performance.now();
		const report = describeNearMiss(text, quote);
		return { report, ms: performance.now() - started };
	};
	const source = words(500_000, 1);

	// An alignment that fills quote × source cells takes many seconds at these sizes.
	it.each([
		['a 5 MB quote, a small source', words(2_000, 3), words(5_000_000, 2)],
		['a 500 KB quote, a 20 KB source', words(20_000, 3), words(500_000, 2)],
		['a 2 KB quote, a 5 MB source', words(5_000_000, 3), words(2_000, 2)],
		['a 500 KB quote, a 500 KB source', source, words(500_000, 2)],
		['one letter repeated', 'a'.repeat(5_000_000), `${'a'.repeat(500_000)}b`]
	])('reports %s in under a second', (_, text, quote) => {
		const { report, ms } = timed(text, quote);
		expect(report).toMatch(/^(closest passage|nothing in the source)/);
		expect(ms).toBeLessThan(1000);
	});

	it('still names the first difference of a long quote, past its aligned start', () => {
		const quote = `${source.slice(1000, 300_000)}X${source.slice(300_001, 400_000)}`;
		const { report, ms } = timed(source, quote);
		expect(ms).toBeLessThan(1000);
		expect(report).toMatch(
			/^closest passage \(its first 2000 characters found from character 1001 of the source\): ".{157}…"; first difference at character 299001: quote has "X" \(U\+0058\), source has /
		);
	});

	it('still aligns a short quote within a long source', () => {
		const quote = `${source.slice(250_000, 250_100)}Z${source.slice(250_101, 250_200)}`;
		const { report } = timed(source, quote);
		expect(report).toMatch(
			/^closest passage \(1 edit away\): ".{157}…"; first difference at character 101: quote has "Z" \(U\+005A\)/
		);
	});
});

describe('hiddenCharacters', () => {
	it('finds bidirectional overrides, zero-width spaces and soft hyphens with their positions', () => {
		expect(hiddenCharacters('a\u202Eb\u200Bc\u00ADd')).toEqual([
			{ codePoint: 'U+202E', position: 2 },
			{ codePoint: 'U+200B', position: 4 },
			{ codePoint: 'U+00AD', position: 6 }
		]);
		expect(hiddenCharacters('plain “quoted” text — with a non-breaking\u00A0space')).toEqual([]);
	});
});
