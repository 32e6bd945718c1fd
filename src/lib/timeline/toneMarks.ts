// The tone strip's layout: the descriptors each voice used, one row per voice, grouped by meeting, with a
// label wherever it fits beside its mark without meeting another mark or label of its row.
import type { Voice } from '../model';

/** One descriptor as said: what /data/tone.json holds for each use found in the sources. */
export interface ToneWord {
	/** The date it speaks of (ISO). */
	date: string;
	voice: Voice;
	/** The descriptor's label, e.g. "constructive". */
	label: string;
	/** Said with a negation ("not constructive"); shown as such. */
	negated: boolean;
	/** The event whose meeting it rates, when the record has it, and its title and date in words. */
	describes?: string;
	meeting?: string;
}

/** A mark of the strip: every word one voice used of one meeting. */
export interface ToneMark {
	/** Unique in its strip. */
	key: string;
	date: string;
	voice: Voice;
	describes?: string;
	meeting?: string;
	row: number;
	x: number;
	/** Distinct words in the order first used, e.g. ["candid", "not constructive"]. */
	words: string[];
	/** Where its words are written: after the mark, before it, or (no room either side) nowhere. */
	label?: 'after' | 'before';
}

/** Height of one voice's row in the strip, px. */
export const TONE_ROW_HEIGHT = 18;

/** The strip's height for `rows` voices, px. */
export function toneStripHeight(rows: number): number {
	return rows * TONE_ROW_HEIGHT + 4;
}

/** Space a label needs beyond its text, and the gap kept to the next mark. */
const LABEL_PADDING = 14;

/**
 * Groups `words` into marks at `xOf(date)`, one row per voice in `voices` order (voices with no
 * words get no row), dropping marks outside [0, width]. A label goes after its mark when it ends
 * before the next mark of its row and the right edge, else before it when it starts after the
 * previous mark (and that mark's label) and the left edge: labels never overlap marks or each other.
 */
export function layoutTone(
	words: readonly ToneWord[],
	voices: readonly Voice[],
	xOf: (date: string) => number,
	width: number,
	charWidth: number
): { rows: Voice[]; marks: ToneMark[] } {
	const rows = voices.filter((voice) => words.some((word) => word.voice === voice));
	const groups = new Map<string, ToneMark>();
	for (const word of words) {
		const key = `${word.voice}|${word.describes ?? word.date}`;
		let mark = groups.get(key);
		if (!mark) {
			mark = {
				key,
				date: word.date,
				voice: word.voice,
				...(word.describes ? { describes: word.describes, meeting: word.meeting } : {}),
				row: rows.indexOf(word.voice),
				x: xOf(word.date),
				words: []
			};
			groups.set(key, mark);
		}
		const said = word.negated ? `not ${word.label}` : word.label;
		if (!mark.words.includes(said)) mark.words.push(said);
	}
	const marks = [...groups.values()]
		.filter((mark) => mark.x >= 0 && mark.x <= width)
		.sort((a, b) => a.row - b.row || a.x - b.x);
	// Where the previous mark of the row, or its label, ends.
	let taken = 0;
	for (const [index, mark] of marks.entries()) {
		const previous = marks[index - 1];
		if (!previous || previous.row !== mark.row) taken = 0;
		const next = marks[index + 1];
		const limit = next && next.row === mark.row ? next.x : width;
		const room = labelWidth(mark, charWidth);
		if (mark.x + room <= limit) mark.label = 'after';
		else if (mark.x - room >= taken) mark.label = 'before';
		taken = mark.label === 'after' ? mark.x + room : mark.x;
	}
	return { rows, marks };
}

/** The width a mark's label takes, in px, gap included. */
export function labelWidth(mark: Pick<ToneMark, 'words'>, charWidth: number): number {
	return mark.words.join(', ').length * charWidth + LABEL_PADDING;
}
