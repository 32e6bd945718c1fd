// A slide's whole media field (address, caption, credit) for a site that never embeds: an https
// link, a quotation kept as text, or dropped, with a note of whatever is lost.
import { fieldText, hasContent, isFields, type Fields } from './fields.ts';
import { htmlToText, oneLine, paragraphs } from './htmlText.ts';
import { readMediaUrl } from './mediaUrl.ts';
import { reportLost, short, type Note } from './notes.ts';

/** What a slide's media gives its event: a link, a paragraph of quotation, and a caption for a title. */
export interface SlideMedia {
	link?: { url: string; caption?: string; credit?: string };
	quote?: string;
	caption?: string;
}

/** Reads `media`; everything it cannot keep as it was is noted. */
export function readMedia(media: unknown, note: Note): SlideMedia {
	if (!isFields(media)) return {};
	const fields: Fields = media;
	const caption = oneLine(reportLost(htmlToText(fieldText(fields.caption)), 'media caption', note));
	const credit = oneLine(reportLost(htmlToText(fieldText(fields.credit)), 'media credit', note));
	for (const [field, value] of Object.entries(fields))
		if (!['url', 'caption', 'credit'].includes(field) && hasContent(value))
			note('media', `media ${field} not used`);
	const read = readMediaUrl(fieldText(fields.url));
	if (read.kind === 'none') return {};
	if (read.kind === 'dropped') {
		note('media', `${read.what} dropped, ${read.reason}: ${short(fieldText(fields.url))}`);
		return { caption };
	}
	if (read.kind === 'quote') {
		const quote = htmlToText(read.html);
		reportLost(quote, 'media quotation', note);
		const source = [caption, credit].filter(Boolean).join('; ');
		note(
			'media',
			'quotation given as media kept as a paragraph of the summary, not as a source excerpt'
		);
		return { quote: [paragraphs(quote), source].filter(Boolean).join(' — ') };
	}
	note(
		'media',
		`${read.what} shown only as a link${read.note ? ` (${read.note})` : ''}: ${read.url}`
	);
	return {
		caption,
		link: { url: read.url, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) }
	};
}
