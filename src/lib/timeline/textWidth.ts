// How wide a line of text will be, estimated from a table of character widths, so that the layout
// gives the same answer at build time (no fonts, no canvas) and in the browser.

/**
 * Advance widths of the printable ASCII characters (space to tilde) in DejaVu Sans, in thousandths
 * of an em: among the widest sans-serif faces a reader's system-ui may resolve to, so an estimate
 * made with it rarely falls short of what Segoe UI, San Francisco or Roboto draw.
 */
const REGULAR = [
	320, 400, 460, 840, 640, 950, 780, 270, 390, 390, 500, 840, 320, 360, 320, 340, 640, 640, 640,
	640, 640, 640, 640, 640, 640, 640, 340, 340, 840, 840, 840, 530, 1000, 680, 690, 700, 770, 630,
	580, 770, 750, 290, 290, 660, 560, 860, 750, 790, 600, 790, 690, 630, 610, 730, 680, 990, 690,
	610, 690, 390, 340, 390, 840, 500, 500, 610, 630, 550, 630, 620, 350, 630, 630, 280, 280, 580,
	280, 970, 630, 610, 630, 630, 410, 520, 390, 630, 590, 820, 590, 590, 520, 640, 340, 640, 840
];
const BOLD = [
	350, 460, 520, 840, 700, 1000, 870, 310, 460, 460, 520, 840, 380, 420, 380, 370, 700, 700, 700,
	700, 700, 700, 700, 700, 700, 700, 400, 400, 840, 840, 840, 580, 1000, 770, 760, 730, 830, 680,
	680, 820, 840, 370, 370, 770, 640, 1000, 840, 850, 730, 850, 770, 720, 680, 810, 770, 1100, 770,
	720, 730, 460, 370, 460, 840, 500, 500, 670, 720, 590, 720, 680, 440, 720, 710, 340, 340, 670,
	340, 1040, 710, 690, 720, 720, 490, 600, 480, 710, 650, 920, 650, 650, 580, 710, 370, 710, 840
];
/** Common characters beyond ASCII in titles: dashes, curly quotes, the ellipsis. */
const EXTRA: Record<string, number> = {
	'–': 500,
	'—': 1000,
	'‘': 380,
	'’': 380,
	'“': 660,
	'”': 660,
	'…': 1000,
	'·': 380,
	'×': 840
};
/** Letters with accents and other scripts: as wide as a capital; ideographs a full em. */
const OTHER = 800;
const WIDE = 1000;

export type TextWeight = 'regular' | 'bold';

/** Estimated width in px of `text` set in `size` px type. */
export function textWidth(text: string, size: number, weight: TextWeight = 'regular'): number {
	const table = weight === 'bold' ? BOLD : REGULAR;
	let thousandths = 0;
	for (const character of text) {
		const code = character.codePointAt(0)!;
		thousandths +=
			code >= 32 && code < 127
				? table[code - 32]!
				: (EXTRA[character] ?? (code >= 0x2e80 ? WIDE : OTHER));
	}
	return (thousandths * size) / 1000;
}

/** Where a word ends: at a space, or after a hyphen or dash inside it ("Counter-" of "Counter-narcotics"). */
const WORD_END = /[^\s\-–—]+[-–—]?|[-–—]/g;

/**
 * Each start of `text` cut at a word boundary, shortest first, with the room it needs followed by
 * an ellipsis (without a dangling dash or comma before it), and last the whole text with its own
 * width. A room that holds a longer start holds every shorter one: a start never needs more room
 * than a longer one (the whole text may need less than its last cut, whose ellipsis is wider than
 * a short last word).
 */
export function wordCuts(
	text: string,
	size: number,
	weight?: TextWeight
): [start: string, room: number][] {
	const ellipsis = textWidth('…', size, weight);
	const cuts: [string, number][] = [];
	for (const match of text.matchAll(WORD_END)) {
		const end = match.index + match[0].length;
		if (end >= text.length) break;
		const start = text.slice(0, end);
		const room = textWidth(start, size, weight) + ellipsis;
		const trimmed = start.replace(/[\s,;:–—-]+$/u, '');
		// "Talks –" says what "Talks" says, in more room.
		if (trimmed !== cuts.at(-1)?.[0]) cuts.push([trimmed, room]);
	}
	cuts.push([text, textWidth(text, size, weight)]);
	for (let index = cuts.length - 2; index >= 0; index--)
		cuts[index]![1] = Math.min(cuts[index]![1], cuts[index + 1]![1]);
	return cuts;
}
