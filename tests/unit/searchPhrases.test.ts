// Quoted phrases in a search query.
import { describe, expect, it } from 'vitest';
import { holdsPhrase, parseQuery, phraseWords } from '../../src/lib/searchPhrases';

describe('parseQuery', () => {
	it('takes what stands between quotation marks as a phrase, the rest as words', () => {
		expect(parseQuery('Blinken "both sides expressed" visit')).toEqual({
			words: 'Blinken  both sides expressed  visit',
			unquoted: 'Blinken   visit',
			phrases: [{ words: ['both', 'sides', 'expressed'], open: false }]
		});
	});

	it('reads curly marks and guillemets, and a phrase being typed as open', () => {
		expect(parseQuery('“one-China principle” «Taiwan').phrases).toEqual([
			{ words: ['one', 'china', 'principle'], open: false },
			{ words: ['taiwan'], open: true }
		]);
	});

	it('leaves out of the index’s query the last word of a phrase being typed while too short to be a start', () => {
		expect(parseQuery('"both si')).toMatchObject({
			words: 'both',
			phrases: [{ words: ['both', 'si'], open: true }]
		});
		expect(parseQuery('"both sid').words).toBe('both sid');
		expect(parseQuery('"both si"').words).toBe('both si');
	});

	it('has no phrase without quotation marks, or between two marks with no word', () => {
		expect(parseQuery('Wang Yi').phrases).toEqual([]);
		expect(parseQuery('"" Wang').phrases).toEqual([]);
	});
});

describe('holdsPhrase', () => {
	const phrase = (query: string) => parseQuery(query).phrases[0]!;

	it('needs the words one after the other, in order', () => {
		expect(holdsPhrase('Both sides expressed readiness.', phrase('"sides expressed"'))).toBe(true);
		expect(holdsPhrase('Both sides have expressed it.', phrase('"sides expressed"'))).toBe(false);
		expect(holdsPhrase('expressed by both sides', phrase('"sides expressed"'))).toBe(false);
	});

	it('takes whole words, except the last of a phrase not yet closed', () => {
		expect(holdsPhrase('The AI talks', phrase('"AI"'))).toBe(true);
		expect(holdsPhrase('Aid was sent', phrase('"AI"'))).toBe(false);
		expect(holdsPhrase('Both sides expressed', phrase('"both sides expr'))).toBe(true);
		expect(holdsPhrase('Both sides expressed', phrase('"both sid expressed'))).toBe(false);
	});

	it('ignores case, accents, apostrophes’ and hyphens’ forms', () => {
		expect(holdsPhrase('China’s one-China principle', phrase(`"china's one china"`))).toBe(true);
		expect(holdsPhrase('Wáng Yì met him', phrase('"wang yi met"'))).toBe(true);
		expect(phraseWords('Qín Gāng’s')).toEqual(['qin', 'gang', 's']);
	});

	it('does not run over a list’s items, and finds a hyphenated word written solid', () => {
		expect(
			holdsPhrase('Jake Sullivan; National Security Advisor', phrase('"Sullivan National"'))
		).toBe(false);
		expect(holdsPhrase('Climate change; Counter-narcotics', phrase('"counternarcotics"'))).toBe(
			true
		);
	});

	it('holds nothing in a field a result does not have', () => {
		expect(holdsPhrase(undefined, phrase('"wang"'))).toBe(false);
	});
});
