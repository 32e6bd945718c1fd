// The abbreviations readers search by, for the names the record spells out, and the other way round:
// "AI" finds the artificial-intelligence dialogue, "Communist Party of China" a passage saying "CPC".
// The build indexes each document by them; the browser marks the names in the results.
import { escapeRegExp } from './escapeRegExp';

/** Each name with the abbreviations it goes by. */
const ABBREVIATIONS: readonly [name: string, abbreviations: readonly string[]][] = [
	['artificial intelligence', ['AI']],
	['United States', ['US', 'USA']],
	["People's Republic of China", ['PRC']],
	['Communist Party of China', ['CPC', 'CCP']],
	['Chinese Communist Party', ['CCP', 'CPC']],
	["People's Liberation Army", ['PLA']],
	['Ministry of Foreign Affairs', ['MFA']],
	['National Security Council', ['NSC']],
	['European Union', ['EU']],
	['United Nations', ['UN']],
	['World Trade Organization', ['WTO']],
	['North Atlantic Treaty Organization', ['NATO']],
	['Asia-Pacific Economic Cooperation', ['APEC']]
];

/** A name in any case, its apostrophe straight or curly; an abbreviation as written, a word of its own. */
const NAMES = ABBREVIATIONS.map(([name, abbreviations]) => ({
	name,
	abbreviations,
	namePattern: new RegExp(`\\b${escapeRegExp(name).replace(/'/g, "['’]")}\\b`, 'i'),
	abbreviationPattern: new RegExp(`\\b(?:${abbreviations.map(escapeRegExp).join('|')})\\b`)
}));

/** The words a document is also found by: the abbreviations of the names in `text`, and the names of its abbreviations. */
export function searchAliases(text: string): string {
	const aliases = new Set<string>();
	for (const { name, abbreviations, namePattern, abbreviationPattern } of NAMES) {
		if (namePattern.test(text)) for (const abbreviation of abbreviations) aliases.add(abbreviation);
		if (abbreviationPattern.test(text)) aliases.add(name);
	}
	return [...aliases].join(' ');
}

/**
 * The words to mark in a result found by `terms`: an abbreviation's names besides itself, and a
 * name whose every word was asked for as the one phrase it is ("United States", not its two words).
 */
export function withNames(terms: readonly string[]): string[] {
	const names = NAMES.filter(
		({ name, abbreviations }) =>
			abbreviations.some((abbreviation) => terms.includes(abbreviation.toLowerCase())) ||
			name
				.toLowerCase()
				.split(/\s+/)
				.every((word) => terms.includes(word))
	).map(({ name }) => name);
	return [...terms, ...names];
}
