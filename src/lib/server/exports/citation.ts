// Ready-made citations of an event page: Chicago (notes and bibliography), BibTeX and CSL-JSON.
import { calendarDay } from '../dates/calendarDay.ts';
import { formatEventDate } from '../dates/formatDate.ts';
import type { SiteCopy, Source, TimelineEvent } from '../../model.ts';
import { citedTitle } from '../../labels.ts';

type CitedSource = Pick<
	Source,
	'id' | 'title' | 'publisher' | 'published' | 'publishedPrecision' | 'kind' | 'url'
>;

export interface CitationInput {
	event: TimelineEvent;
	sources: readonly CitedSource[];
	site: Pick<SiteCopy, 'title' | 'url'>;
}

const eventUrl = ({ site, event }: CitationInput) => `${site.url}/events/${event.id}`;
const usDate = (date: string) => calendarDay(date).format('MMMM D, YYYY');
/** A source's date as Chicago writes it: "ca." before a date known only about. */
const sourceDate = (source: CitedSource) =>
	`${source.publishedPrecision === 'approximate' ? 'ca. ' : ''}${usDate(source.published)}`;

/**
 * The event page and each of its sources in Chicago bibliography style, as plain text. The page
 * has no date of its own (the event's is in its title): a reader's copy adds the day it was
 * accessed (CiteBox.svelte).
 */
export function chicagoCitation(input: CitationInput): string {
	const { event, site, sources } = input;
	const date = formatEventDate(event.start, event.end, event.precision);
	const page = `${site.title}. “${event.title}, ${date}.” ${eventUrl(input)}.`;
	const cited = sources.map(
		(source) =>
			`${source.publisher}. “${citedTitle(source.title)}${/[?!]$/.test(source.title) ? '' : '.'}” ${sourceDate(source)}.${source.url ? ` ${source.url}.` : ''}`
	);
	return [page, ...cited].join('\n');
}

/**
 * BibTeX entries: one for the event page, one per source. The page's entry has no year: it was
 * not published on the event's date, which its title gives.
 */
export function bibtexCitation(input: CitationInput): string {
	const { event, site, sources } = input;
	const entries = [
		bibEntry(`timeline-${event.id}`, {
			title: `${event.title}, ${formatEventDate(event.start, event.end, event.precision)}`,
			author: `{${bibEscape(site.title)}}`,
			howpublished: bibUrl(eventUrl(input)),
			note:
				sources.length > 0
					? `Sources: ${sources.map((source) => source.publisher).join('; ')}`
					: 'No source excerpt'
		}),
		...sources.map((source) =>
			bibEntry(source.id, {
				title: source.title,
				author: `{${bibEscape(source.publisher)}}`,
				year: source.published.slice(0, 4),
				month: source.published.slice(5, 7),
				...(source.url ? { howpublished: bibUrl(source.url) } : {})
			})
		)
	];
	return entries.join('\n\n') + '\n';
}

/**
 * CSL-JSON items (as used by Zotero, Pandoc and citeproc): the event page first, with no date of
 * its own ("n.d." in a style that asks for one), then its sources, a date known only about marked
 * circa.
 */
export function cslJsonCitation(input: CitationInput): object[] {
	const { event, site, sources } = input;
	const parts = (date: string) => [date.split('-').map(Number)];
	return [
		{
			id: `timeline-${event.id}`,
			type: 'webpage',
			title: `${event.title}, ${formatEventDate(event.start, event.end, event.precision)}`,
			'container-title': site.title,
			URL: eventUrl(input)
		},
		...sources.map((source) => ({
			id: source.id,
			type:
				source.kind === 'news-report' || source.kind === 'news-digest'
					? 'article-newspaper'
					: 'document',
			title: source.title,
			publisher: source.publisher,
			...(source.url ? { URL: source.url } : {}),
			issued: {
				'date-parts': parts(source.published),
				...(source.publishedPrecision === 'approximate' ? { circa: true } : {})
			}
		}))
	];
}

function bibEntry(key: string, fields: Record<string, string>): string {
	const body = Object.entries(fields)
		.map(
			([name, value]) =>
				`  ${name} = {${name === 'howpublished' || name === 'author' ? value : bibEscape(value)}}`
		)
		.join(',\n');
	return `@misc{${key},\n${body}\n}`;
}

/**
 * `\url{…}` around `url` with every character outside RFC 3986's set percent-encoded: the data's
 * URLs are checked already, and here no brace, backslash or line break can end the field.
 */
function bibUrl(url: string): string {
	const encoder = new TextEncoder();
	const safe = url.replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/gu, (character) =>
		[...encoder.encode(character)]
			.map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
			.join('')
	);
	return `\\url{${safe}}`;
}

/** Escapes the characters BibTeX and LaTeX treat specially. */
export function bibEscape(value: string): string {
	return value.replace(/[\\{}%&$#_^~]/g, (character) =>
		character === '\\'
			? '\\textbackslash{}'
			: character === '^' || character === '~'
				? `\\${character}{}`
				: `\\${character}`
	);
}
