// A passage of a source as an excerpt ready to paste into an event file: its exact words, and which occurrence it is.
import { Document, isScalar } from 'yaml';

/** A chosen passage: `text.slice(start, end)` of the source `source`. */
export interface Passage {
	source: string;
	voice: string;
	text: string;
	start: number;
	end: number;
}

/** The excerpt for a passage, or nothing if it holds only spaces. */
export interface ExcerptBlock {
	quote: string;
	/** Which occurrence of the quote in the source it is, when there is more than one (1-based). */
	occurrence?: number;
	/** How many times the quote occurs in the source. */
	count: number;
	/** The excerpt as YAML, a list item indented to paste under an event's `excerpts:`. */
	yaml: string;
}

/** The excerpt for a passage, its ends trimmed of spaces, counted as the validator counts (overlaps too). */
export function excerptBlock(passage: Passage): ExcerptBlock | undefined {
	let { start, end } = passage;
	const { text } = passage;
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	if (start === end) return undefined;
	const quote = text.slice(start, end);
	const offsets: number[] = [];
	for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) offsets.push(at);
	const occurrence = offsets.length > 1 ? offsets.indexOf(start) + 1 : undefined;
	const document = new Document([
		{
			source: passage.source,
			voice: passage.voice,
			quote,
			...(occurrence === undefined ? {} : { occurrence })
		}
	]);
	const node = document.getIn([0, 'quote'], true);
	if (isScalar(node)) node.type = 'BLOCK_FOLDED';
	const yaml = document
		.toString({ lineWidth: 96, minContentWidth: 40 })
		.trimEnd()
		.split('\n')
		.map((line) => (line === '' ? line : `  ${line}`))
		.join('\n');
	return { quote, occurrence, count: offsets.length, yaml: `${yaml}\n` };
}
