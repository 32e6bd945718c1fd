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
	let costs = new Int32Array(width);
	let starts = Int32Array.from({ length: width }, (_, index) => index);
	let nextCosts = new Int32Array(width);
	let nextStarts = new Int32Array(width);
	for (let i = 1; i <= quote.length; i++) {
		const character = quote.charCodeAt(i - 1);
		nextCosts[0] = i;
		nextStarts[0] = 0;
		for (let j = 1; j < width; j++) {
			const diagonal = costs[j - 1]! + (character === text.charCodeAt(j - 1) ? 0 : 1);
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
		[costs, nextCosts] = [nextCosts, costs];
		[starts, nextStarts] = [nextStarts, starts];
	}
	let end = 0;
	// On a tie prefer the later end, so a substituted closing quote mark stays in the passage.
	for (let j = 1; j < width; j++) if (costs[j]! <= costs[end]!) end = j;
	return { start: starts[end]!, end, edits: costs[end]! };
}

/**
 * The alignment fills quote × text cells: past this many (a long quote, a long source) it would
 * take seconds, or minutes, to explain one missing excerpt. Beyond it, the passage is looked for
 * only where the quote's anchors (below) place it, and only the first ALIGNED characters of the
 * quote are aligned there: the report stays well under a second for any input.
 */
const FULL_ALIGNMENT_CELLS = 4_000_000;
const ALIGNED = 2_000;
/** Pieces of the quote looked for verbatim in the source; where most agree, the passage starts. */
const ANCHORS = 32;
const ANCHOR_LENGTH = 32;
/** Occurrences of one anchor counted at most: a common phrase should not cost a pass per use. */
const HITS_PER_ANCHOR = 8;

/** Where the quote would start in `text` by most of its anchors, or undefined if none is found. */
function anchoredStart(text: string, quote: string): number | undefined {
	const length = Math.min(ANCHOR_LENGTH, quote.length);
	const count = Math.min(ANCHORS, quote.length - length + 1);
	const step = (quote.length - length) / Math.max(count - 1, 1);
	const votes = new Map<number, number>();
	for (let anchor = 0; anchor < count; anchor++) {
		const offset = Math.round(anchor * step);
		const piece = quote.slice(offset, offset + length);
		let hits = 0;
		// Only where the quote could start: a piece found before its own offset would place it
		// before the source's first character (allowing for a few characters left out).
		const earliest = Math.max(0, offset - 64);
		for (let at = text.indexOf(piece, earliest); at !== -1 && hits < HITS_PER_ANCHOR; hits++) {
			// Starts a few characters apart vote together: an insertion shifts what follows it.
			const start = Math.max(0, at - offset) >> 4;
			votes.set(start, (votes.get(start) ?? 0) + 1);
			at = text.indexOf(piece, at + 1);
		}
	}
	let best: number | undefined;
	for (const [start, count] of votes)
		if (
			best === undefined ||
			count > votes.get(best)! ||
			(count === votes.get(best)! && start < best)
		)
			best = start;
	return best === undefined ? undefined : best << 4;
}

/** A one-line explanation of the closest passage and where the quote first departs from it. */
export function describeNearMiss(text: string, quote: string): string {
	const nothing = 'nothing in the source comes close to this quote';
	if (quote.length * text.length <= FULL_ALIGNMENT_CELLS) return explain(text, quote, 0, text);
	const head = quote.slice(0, ALIGNED);
	const anchored = anchoredStart(text, quote);
	if (anchored === undefined) return nothing;
	const from = Math.max(0, anchored - 64);
	const region = text.slice(from, anchored + head.length + (head.length >> 2) + 64);
	return explain(region, head, from, text.slice(from), quote);
}

/**
 * The report for `head` (the quote, or its first characters) aligned within `region`, a part of
 * the source that starts at `offset` and continues as `rest`; `quote` is the whole quote.
 */
function explain(region: string, head: string, offset: number, rest: string, quote = head): string {
	const { start, end, edits } = closestPassage(region, head);
	if (edits >= head.length / 2) return 'nothing in the source comes close to this quote';
	const passage = region.slice(start, end);
	let index = 0;
	while (index < head.length && head[index] === passage[index]) index++;
	// A long quote whose aligned start matches: its first difference may lie past that start.
	if (index === head.length && head.length < quote.length) {
		const source = rest.slice(start, start + quote.length + 1);
		while (index < quote.length && quote[index] === source[index]) index++;
		const at = `; first difference at character ${index + 1}: quote has ${charName(quote[index])}, source has ${charName(source[index])}`;
		const shown = passage.length > 160 ? `${passage.slice(0, 157)}…` : passage;
		return `closest passage (its first ${head.length} characters found from character ${offset + start + 1} of the source): ${JSON.stringify(shown)}${at}`;
	}
	const shown = passage.length > 160 ? `${passage.slice(0, 157)}…` : passage;
	const where =
		head.length < quote.length
			? ` (its first ${head.length} characters ${edits} edit${edits === 1 ? '' : 's'} away, from character ${offset + start + 1} of the source)`
			: ` (${edits} edit${edits === 1 ? '' : 's'} away)`;
	const difference =
		index < head.length || index < passage.length
			? `; first difference at character ${index + 1}: quote has ${charName(head[index])}, source has ${charName(passage[index])}`
			: '';
	return `closest passage${where}: ${JSON.stringify(shown)}${difference}`;
}

function charName(character: string | undefined): string {
	if (character === undefined) return 'nothing more';
	const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
	return /\s/.test(character) ? code : `"${character}" (${code})`;
}
