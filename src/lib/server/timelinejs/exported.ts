// Recognises a slide written by our own TimelineJS export, so that a round trip gives back the summary.
import { htmlToText, type PlainText } from './htmlText.ts';

/** What an exported slide's text holds: the summary, and why its excerpts are not there. */
export interface ExportedText {
	/** The summary's paragraphs, without the quotation, its citation and the link. */
	text: PlainText;
	/** The unsourced note: the exported one, or where the excerpts can be read. */
	unsourced: string;
	/** What was left out, for the report. */
	left?: string;
}

const NO_EXCERPT = 'No source excerpt: ';

/**
 * Our export ends every slide with `<p><a href="<site>/events/<id>">Sources and citations</a></p>`
 * after the summary and either the strongest excerpt with its citation or a "No source excerpt"
 * paragraph (see exportTimelineJs.ts). Returns undefined for any other text.
 */
export function readExported(html: string, uniqueId: string): ExportedText | undefined {
	if (!uniqueId) return undefined;
	const link = /<p><a href="([^"]+)">Sources and citations<\/a><\/p>$/.exec(html);
	const page = link && htmlToText(`<a href="${link[1]}"></a>`).links[0];
	if (!link || !page || !/^https:\/\/\S+$/.test(page) || !page.endsWith(`/events/${uniqueId}`))
		return undefined;
	const { blocks, links, dropped } = htmlToText(html.slice(0, link.index));
	const end = blocks.findIndex((block) => block.quote || block.text.startsWith(NO_EXCERPT));
	const summary = end === -1 ? blocks : blocks.slice(0, end);
	const rest = end === -1 ? [] : blocks.slice(end);
	const note = rest.find((block) => block.text.startsWith(NO_EXCERPT));
	return {
		text: { blocks: summary, links, dropped },
		unsourced: note
			? note.text.slice(NO_EXCERPT.length)
			: `Exported with its verbatim excerpts from ${page}; a TimelineJS file carries no source texts, so they could not be imported.`,
		...(rest[0]?.quote
			? {
					left: `exported by ${page.slice(0, -`/events/${uniqueId}`.length)}: its quotation and citation left out, as there is no source text to check them against`
				}
			: {})
	};
}
