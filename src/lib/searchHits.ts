// Splits text into plain and matching parts for highlighting search hits, without producing any markup.

export interface TextPart {
	text: string;
	match: boolean;
}

/** Parts of `text` where every word starting with one of `terms` (case-insensitive) is a match. */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
	const cleaned = [...new Set(terms.map((term) => term.trim()).filter((term) => term.length > 0))];
	if (cleaned.length === 0) return [{ text, match: false }];
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}])(?:${cleaned
			.map(escapeRegExp)
			.sort((a, b) => b.length - a.length)
			.join('|')})[\\p{L}\\p{N}]*`,
		'giu'
	);
	const parts: TextPart[] = [];
	let last = 0;
	for (const found of text.matchAll(pattern)) {
		if (found.index > last) parts.push({ text: text.slice(last, found.index), match: false });
		parts.push({ text: found[0], match: true });
		last = found.index + found[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last), match: false });
	return parts;
}

/** A window of about `length` characters around the first match, with ellipses where it was cut. */
export function snippetAround(text: string, terms: readonly string[], length = 180): string {
	if (text.length <= length) return text;
	const first = highlightParts(text, terms).findIndex((part) => part.match);
	const offset =
		first === -1
			? 0
			: highlightParts(text, terms)
					.slice(0, first)
					.reduce((sum, part) => sum + part.text.length, 0);
	const start = Math.max(0, Math.min(offset - Math.floor(length / 3), text.length - length));
	const end = Math.min(text.length, start + length);
	return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
