// Phrases in a search query: words between quotation marks, which a result must hold word for word and in order.

/** The marks that open or close a phrase: straight and curly double quotation marks, and guillemets. */
const QUOTATION_MARKS = /["“”„«»]/;

/** The shortest word the index finds by its start (SEARCH_OPTIONS' prefix). */
const PREFIX_FROM = 3;

export interface Phrase {
	/** Its words as `phraseWords` gives them. */
	words: string[];
	/** Not closed yet (the reader is still typing it): its last word may be the start of a longer one. */
	open: boolean;
}

export interface ParsedQuery {
	/**
	 * Every word of the query, quoted or not, for the index to find the candidates by; but the last
	 * word of a phrase still being typed while it is too short for the index to take as a start
	 * ("both si"): the phrase's own check takes it so.
	 */
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
	const typing = phrases.at(-1)?.open && pieces.at(-1)!;
	if (typing && phrases.at(-1)!.words.at(-1)!.length < PREFIX_FROM)
		pieces[pieces.length - 1] = typing.replace(/[\p{L}\p{N}]+[^\p{L}\p{N}]*$/u, '');
	return {
		words: pieces.join(' ').trim(),
		unquoted: pieces
			.filter((_, index) => index % 2 === 0)
			.join(' ')
			.trim(),
		phrases
	};
}

/**
 * Whether `text` holds `phrase`: its words one after the other, the last one begun where it is open.
 * A semicolon or a line break ends a run of words (a list's items, as the index writes its people
 * and themes), and a hyphenated word is also its parts written solid ("counter-narcotics" holds
 * "counternarcotics").
 */
export function holdsPhrase(text: string | undefined, phrase: Phrase): boolean {
	return (
		!!text &&
		text
			.split(/[;\n]/)
			.some(
				(part) =>
					holdsIn(phraseWords(part), phrase) ||
					holdsIn(phraseWords(part.replace(/[-‐‑]/g, '')), phrase)
			)
	);
}

function holdsIn(words: readonly string[], { words: wanted, open }: Phrase): boolean {
	const last = wanted.length - 1;
	const matches = (word: string, index: number) =>
		word === wanted[index] || (open && index === last && word.startsWith(wanted[index]!));
	for (let start = 0; start + wanted.length <= words.length; start++)
		if (wanted.every((_, index) => matches(words[start + index]!, index))) return true;
	return false;
}

/** A phrase as the results mark it (searchHits.ts matches its words whatever stands between them). */
export const phraseTerm = (phrase: Phrase) => phrase.words.join(' ');
