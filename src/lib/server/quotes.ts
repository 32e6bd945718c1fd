// Finding quotes verbatim in source texts, and explaining why one was not found.

/** Invisible or bidirectional control characters: they can make a quote differ from what a reader sees. */
const HIDDEN_CHARACTERS =
	/[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

/** Each hidden character in `quote`, as `U+202E` with its 1-based position. */
export function hiddenCharacters(quote: string): { codePoint: string; position: number }[] {
	return [...quote.matchAll(HIDDEN_CHARACTERS)].map((match) => ({
		codePoint: `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
		position: match.index + 1
	}));
}

/** Every offset at which `quote` starts in `text`. */
export function occurrencesOf(text: string, quote: string): number[] {
	const found: number[] = [];
	for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
	return found;
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
