// Phrases in a search query: words between quotation marks, which a result must hold word for word and in order.

/** The marks that open or close a phrase: straight and curly double quotation marks, and guillemets. */
const QUOTATION_MARKS = /["“”„«»]/;

export interface Phrase {
	/** Its words as `phraseWords` gives them. */
	words: string[];
	/** Not closed yet (the reader is still typing it): its last word may be the start of a longer one. */
	open: boolean;
}

export interface ParsedQuery {
	/** Every word of the query, quoted or not, for the index to find the candidates by. */
	words: string;
	/** The query's words outside quotation marks. */
	unquoted: string;
	phrases: Phrase[];
}

/**
 * The words of a text as a phrase compares them: runs of letters and digits, without accents, in
 * lower case, so that "China's" is "China’s" and "one-China" is "one China".
 */
export function phraseWords(text: string): string[] {
	return (
		text
			.normalize('NFD')
			.replace(/\p{M}+/gu, '')
			.toLowerCase()
			.match(/[\p{L}\p{N}]+/gu) ?? []
	);
}

/** A query's phrases and words: what lies between a quotation mark and the next, or the query's end. */
export function parseQuery(query: string): ParsedQuery {
	const pieces = query.split(QUOTATION_MARKS);
	const phrases: Phrase[] = [];
	pieces.forEach((piece, index) => {
		const words = index % 2 === 1 ? phraseWords(piece) : [];
		if (words.length) phrases.push({ words, open: index === pieces.length - 1 });
	});
	return {
		words: pieces.join(' ').trim(),
		unquoted: pieces
			.filter((_, index) => index % 2 === 0)
			.join(' ')
			.trim(),
		phrases
	};
}

/** Whether `text` holds `phrase`: its words one after the other, the last one begun where it is open. */
export function holdsPhrase(text: string | undefined, { words: wanted, open }: Phrase): boolean {
	if (!text) return false;
	const words = phraseWords(text);
	const last = wanted.length - 1;
	const matches = (word: string, index: number) =>
		word === wanted[index] || (open && index === last && word.startsWith(wanted[index]!));
	for (let start = 0; start + wanted.length <= words.length; start++)
		if (wanted.every((_, index) => matches(words[start + index]!, index))) return true;
	return false;
}

/** A phrase as the results mark it (searchHits.ts matches its words whatever stands between them). */
export const phraseTerm = (phrase: Phrase) => phrase.words.join(' ');
