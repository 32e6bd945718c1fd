// Splits text into plain and matching parts for highlighting search hits, without producing any markup.
import { escapeRegExp } from './escapeRegExp';

export interface TextPart {
	text: string;
	match: boolean;
}

const cleaned = (terms: readonly string[]) =>
	terms.map((term) => term.trim()).filter((term) => term.length > 0);

/**
 * Parts of `text` where every word starting with one of `terms` (case-insensitive) is a match, and
 * every run of whole words that is one of `phrases` (a quoted phrase: "US" is not "useful"). A
 * term or phrase of several words matches them with any spaces or signs between them: "china s"
 * is "China’s", "one china" "one-China".
 */
export function highlightParts(
	text: string,
	terms: readonly string[],
	phrases: readonly string[] = []
): TextPart[] {
	const words = (term: string) => term.split(/\s+/).map(escapeRegExp).join('[^\\p{L}\\p{N}]+');
	const alternatives = [
		...cleaned(terms).map((term) => [term, `${words(term)}[\\p{L}\\p{N}]*`]),
		...cleaned(phrases).map((phrase) => [phrase, `${words(phrase)}(?![\\p{L}\\p{N}])`])
	];
	if (alternatives.length === 0) return [{ text, match: false }];
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}])(?:${alternatives
			.sort(([a], [b]) => b!.length - a!.length)
			.map(([, pattern]) => pattern)
			.join('|')})`,
		'giu'
	);
	const parts: TextPart[] = [];
	let last = 0;
	// Matched without accents, as the index matches (searchWords), and cut from the text as it is.
	for (const found of withoutAccents(text).matchAll(pattern)) {
		if (found.index > last) parts.push({ text: text.slice(last, found.index), match: false });
		parts.push({ text: text.slice(found.index, found.index + found[0].length), match: true });
		last = found.index + found[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last), match: false });
	return parts;
}

/**
 * `text` with each character's accents taken off where that leaves a character of the same length,
 * so that every offset in it is the same in `text` ("communiqués" is "communiques").
 */
function withoutAccents(text: string): string {
	return text.replace(/[^\0-\x7f]/gu, (character) => {
		const plain = character.normalize('NFD').replace(/\p{M}+/gu, '');
		return plain.length === character.length ? plain : character;
	});
}

/**
 * A window of about `length` characters around the first match, cut between words, with ellipses
 * where it was cut.
 */
export function snippetAround(
	text: string,
	terms: readonly string[],
	length = 180,
	phrases: readonly string[] = []
): string {
	if (text.length <= length) return text;
	const parts = highlightParts(text, terms, phrases);
	const first = parts.findIndex((part) => part.match);
	const before = parts
		.slice(0, Math.max(first, 0))
		.reduce((sum, part) => sum + part.text.length, 0);
	const matchEnd = first === -1 ? 0 : before + parts[first]!.text.length;
	let start = Math.max(0, Math.min(before - Math.floor(length / 3), text.length - length));
	let end = Math.min(text.length, start + length);
	// Whole words only: the window starts after a space and ends before one, the match kept whole.
	if (start > 0) {
		const space = text.indexOf(' ', start - 1);
		if (space !== -1 && space < before) start = space + 1;
	}
	if (end < text.length) {
		const space = text.lastIndexOf(' ', end);
		if (space > matchEnd) end = space;
	}
	// Cut short, the window ends on a word, not on the comma or colon after it.
	const shown = text.slice(start, end).trim();
	const cut = end < text.length;
	return `${start > 0 ? '…' : ''}${cut ? shown.replace(/[,;:]+$/, '') : shown}${cut ? '…' : ''}`;
}
