// Editor's notes as a reader meets them: right after the quote they are about, in the editors' name,
// and never inside the quotation, which screen readers announce and a copy takes as the source's words.
import type { Locator } from '@playwright/test';
import { expect } from './fixtures';
import { squeezed } from './pdf';

/** An excerpt as /data/timeline.json gives it. */
export interface NotedExcerpt {
	quote: string;
	note?: string;
}

/** What a reader finds in front of an editor's note. */
export const NOTE_LABEL = 'Editor’s note:';

/** A quote as a page shows it: the words of its quotation (a blockquote) and the text that follows it. */
interface ShownQuote {
	quoted: string;
	after: string;
}

/** Case, apostrophes and white space as one form each, as a reader matches words by eye. */
const plain = (text: string) =>
	text.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

async function shownQuotes(region: Locator): Promise<ShownQuote[]> {
	return region.evaluate((element) =>
		[...element.querySelectorAll('blockquote')].map((blockquote) => {
			const following = document.createRange();
			following.setStartAfter(blockquote);
			following.setEndAfter(element.lastChild ?? element);
			return { quoted: blockquote.textContent ?? '', after: following.toString() };
		})
	);
}

/**
 * Checks that each quote `region` shows of `excerpts` is followed by its editor's note, labelled and
 * outside the quotation, and that a quote without a note is followed by none. Returns what each
 * noted quote shows, its quotation then its note (squeezed), to find them on paper.
 */
export async function expectNotesBesideQuotes(
	region: Locator,
	excerpts: readonly NotedExcerpt[],
	context: string
): Promise<string[]> {
	const noted: string[] = [];
	for (const { quoted, after } of await shownQuotes(region)) {
		const excerpt = excerpts.find((candidate) => plain(quoted).includes(plain(candidate.quote)));
		if (!excerpt) continue;
		const where = `${context}: “${excerpt.quote.slice(0, 40)}…”`;
		expect(
			squeezed(quoted),
			`${where}: nothing but the source’s words in the quotation`
		).not.toContain(squeezed(NOTE_LABEL));
		if (!excerpt.note) {
			expect(squeezed(after).startsWith(squeezed(NOTE_LABEL)), `${where}: no note`).toBe(false);
			continue;
		}
		const shownNote = squeezed(`${NOTE_LABEL} ${excerpt.note}`);
		expect(squeezed(after).startsWith(shownNote), `${where}: its note right after it`).toBe(true);
		noted.push(squeezed(quoted) + shownNote);
	}
	return noted;
}
