// Finding quotes verbatim in source texts, and explaining why one was not found.

/**
 * Characters a reader does not see, or that change how the text around them reads: control
 * characters (NUL, BEL…, but not tab or line breaks), invisible and zero-width ones, bidirectional
 * overrides and isolates, line and paragraph separators, non-characters, and lone surrogates
 * (which no encoding can write). A quote with one can differ from what a reader sees.
 */
const HIDDEN_CHARACTERS =
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffe\uffff]|\p{Cs}/gu;

/** Each hidden character in `quote`, as `U+202E` with its 1-based position. */
export function hiddenCharacters(quote: string): { codePoint: string; position: number }[] {
	return [...quote.matchAll(HIDDEN_CHARACTERS)].map((match) => ({
		codePoint: `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
		position: match.index + 1
	}));
}

/** Every offset at which `quote` starts in `text`. */
export function occurrencesOf(text: string, quote: string): number[] {
	if (quote.length < WINDOW || text.length < INDEXED_LENGTH) return scan(text, quote);
	const { heads, next, mask } = windowIndex(text);
	const found: number[] = [];
	for (let at = heads[windowHash(quote, 0) & mask]!; at !== -1; at = next[at]!)
		if (text.startsWith(quote, at)) found.push(at);
	return found.reverse();
}

function scan(text: string, quote: string): number[] {
	const found: number[] = [];
	for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
	return found;
}

/**
 * Every excerpt of a source is looked for in its whole text, and each search runs to the end of it
 * to count the occurrences: quotes times text, which grows with the square of a dataset whose
 * events all quote one long document. Texts this long are indexed once instead: each position by
 * a hash of the WINDOW characters that start there, so a quote's candidates are the positions that
 * start like it, and each is checked in full.
 */
const WINDOW = 16;
const INDEXED_LENGTH = 20_000;

interface WindowIndex {
	/** For each hash bucket, the last position whose window falls in it (-1: none). */
	heads: Int32Array;
	/** For each position, the previous position in the same bucket (-1: none). */
	next: Int32Array;
	mask: number;
}

const indexes = new Map<string, WindowIndex>();

function windowIndex(text: string): WindowIndex {
	let index = indexes.get(text);
	if (index) return index;
	const positions = text.length - WINDOW + 1;
	const mask = 2 ** Math.ceil(Math.log2(positions + 1)) - 1;
	const heads = new Int32Array(mask + 1).fill(-1);
	const next = new Int32Array(Math.max(positions, 0));
	// The hash of each window, rolled from the last: drop the first character, add the next.
	const highest = power(WINDOW - 1);
	let hash = windowHash(text, 0);
	for (let at = 0; at < positions; at++) {
		if (at > 0)
			hash =
				(Math.imul(hash - Math.imul(text.charCodeAt(at - 1), highest), BASE) +
					text.charCodeAt(at + WINDOW - 1)) |
				0;
		const bucket = hash & mask;
		next[at] = heads[bucket]!;
		heads[bucket] = at;
	}
	index = { heads, next, mask };
	indexes.set(text, index);
	return index;
}

const BASE = 0x01000193;

function power(exponent: number): number {
	let result = 1;
	for (let step = 0; step < exponent; step++) result = Math.imul(result, BASE);
	return result;
}

/** A 32-bit polynomial hash of the WINDOW characters of `text` from `start`. */
function windowHash(text: string, start: number): number {
	let hash = 0;
	for (let at = start; at < start + WINDOW; at++)
		hash = (Math.imul(hash, BASE) + text.charCodeAt(at)) | 0;
	return hash;
}

/** The passage of `text` closest to `quote` (fewest edits), found by semi-global alignment. */
export function closestPassage(
	text: string,
	quote: string
): { start: number; end: number; edits: number } {
	const width = text.length + 1;
	let costs = new Array<number>(width).fill(0);
	let starts = Array.from({ length: width }, (_, index) => index);
	for (let i = 1; i <= quote.length; i++) {
		const nextCosts = new Array<number>(width);
		const nextStarts = new Array<number>(width);
		nextCosts[0] = i;
		nextStarts[0] = 0;
		for (let j = 1; j < width; j++) {
			const diagonal = costs[j - 1]! + (quote[i - 1] === text[j - 1] ? 0 : 1);
			const up = costs[j]! + 1;
			const left = nextCosts[j - 1]! + 1;
			if (diagonal <= up && diagonal <= left) {
				nextCosts[j] = diagonal;
				nextStarts[j] = starts[j - 1]!;
			} else if (up <= left) {
				nextCosts[j] = up;
				nextStarts[j] = starts[j]!;
			} else {
				nextCosts[j] = left;
				nextStarts[j] = nextStarts[j - 1]!;
			}
		}
		costs = nextCosts;
		starts = nextStarts;
	}
	let end = 0;
	// On a tie prefer the later end, so a substituted closing quote mark stays in the passage.
	for (let j = 1; j < width; j++) if (costs[j]! <= costs[end]!) end = j;
	return { start: starts[end]!, end, edits: costs[end]! };
}

/** A one-line explanation of the closest passage and where the quote first departs from it. */
export function describeNearMiss(text: string, quote: string): string {
	const { start, end, edits } = closestPassage(text, quote);
	const passage = text.slice(start, end);
	if (edits >= quote.length / 2) return 'nothing in the source comes close to this quote';
	let index = 0;
	while (index < quote.length && quote[index] === passage[index]) index++;
	const shown = passage.length > 160 ? `${passage.slice(0, 157)}…` : passage;
	const difference =
		index < quote.length || index < passage.length
			? `; first difference at character ${index + 1}: quote has ${charName(quote[index])}, source has ${charName(passage[index])}`
			: '';
	return `closest passage (${edits} edit${edits === 1 ? '' : 's'} away): ${JSON.stringify(shown)}${difference}`;
}

function charName(character: string | undefined): string {
	if (character === undefined) return 'nothing more';
	const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
	return /\s/.test(character) ? code : `"${character}" (${code})`;
}
