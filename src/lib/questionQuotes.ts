// The words a discussion question quotes, and the excerpts they come from: the worksheet prints each
// question beside the sentences it asks about, and the build refuses a question that quotes words
// found in none of its event's excerpts or summary.

/** Straight and curly double quotation marks, and the text between a pair. */
const QUOTED = /["“]([^"“”]+)["”]/g;

/**
 * The phrases a question puts in double quotation marks, without the punctuation that American
 * usage puts inside the closing mark (`"have clarified the boundaries,"`).
 */
export function quotedPhrases(question: string): string[] {
	return [...question.matchAll(QUOTED)]
		.map((match) => match[1]!.trim().replace(/[,.;:]+$/, ''))
		.filter((phrase) => phrase.length > 0);
}

/** Whether `text` holds `phrase`, whatever its case, quotation marks or line breaks. */
export function holdsPhrase(text: string, phrase: string): boolean {
	return new RegExp(phrasePattern(phrase), 'iu').test(text);
}

/** The excerpts whose words `question` quotes, in their own order. */
export function excerptsQuoted<Quoted extends { quote: string }>(
	question: string,
	excerpts: readonly Quoted[]
): Quoted[] {
	const phrases = quotedPhrases(question);
	return excerpts.filter((excerpt) => phrases.some((phrase) => holdsPhrase(excerpt.quote, phrase)));
}

/** A pattern for `phrase` in any case, with either kind of apostrophe or quotation mark, across line breaks. */
function phrasePattern(phrase: string): string {
	// Its own escape, not escapeRegExp.ts: shared by the worksheet and search, that module became
	// a file of its own which every page loaded at start.
	return phrase
		.trim()
		.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
		.replace(/\s+/g, '\\s+')
		.replace(/['‘’]/g, "['‘’]")
		.replace(/["“”]/g, '["“”]');
}

/**
 * `text` cut where the phrases a question quotes begin and end, each piece marked whether it is
 * quoted: the worksheet marks the words a question asks about in the excerpt it prints.
 */
export function quotedSpans(
	text: string,
	phrases: readonly string[]
): { text: string; quoted: boolean }[] {
	const patterns = phrases.filter((phrase) => phrase.trim()).map(phrasePattern);
	if (patterns.length === 0) return [{ text, quoted: false }];
	const spans: { text: string; quoted: boolean }[] = [];
	let from = 0;
	for (const match of text.matchAll(new RegExp(patterns.join('|'), 'giu'))) {
		if (match.index > from) spans.push({ text: text.slice(from, match.index), quoted: false });
		spans.push({ text: match[0], quoted: true });
		from = match.index + match[0].length;
	}
	if (from < text.length) spans.push({ text: text.slice(from), quoted: false });
	return spans;
}
