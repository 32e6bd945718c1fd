// HTML from a TimelineJS file reduced to plain text: tags stripped, entities decoded, paragraphs kept.
import { markupIn } from './htmlTags.ts';

/** A paragraph of plain text; `quote` when it came from a <blockquote>. */
export interface TextBlock {
	text: string;
	quote: boolean;
}

/** What a piece of HTML says as text, and what of it could not become text. */
export interface PlainText {
	blocks: TextBlock[];
	/** Addresses of the links whose words were kept. */
	links: string[];
	/** Elements dropped with everything in them, or that stood for media (img, iframe, script…). */
	dropped: string[];
}

/** Elements that end a paragraph. */
const BLOCK = new Set(
	'address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul'.split(
		' '
	)
);
/** Elements whose content is not text for a reader. */
const SKIP_CONTENT = new Set([
	'script',
	'style',
	'template',
	'noscript',
	'iframe',
	'object',
	'svg'
]);
/** Empty elements that stand for media or controls. */
const MEDIA = new Set(['img', 'video', 'audio', 'embed', 'source', 'picture', 'input', 'button']);

/** Latin-1 entities in code-point order from U+00A0, then the other common named entities. */
const LATIN1 =
	'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
const ENTITIES = new Map<string, string>([
	...LATIN1.split(' ').map((name, index): [string, string] => [
		name,
		String.fromCodePoint(0xa0 + index)
	]),
	...Object.entries({
		amp: '&',
		lt: '<',
		gt: '>',
		quot: '"',
		apos: "'",
		ndash: '–',
		mdash: '—',
		lsquo: '‘',
		rsquo: '’',
		sbquo: '‚',
		ldquo: '“',
		rdquo: '”',
		bdquo: '„',
		hellip: '…',
		bull: '•',
		prime: '′',
		Prime: '″',
		trade: '™',
		euro: '€',
		dagger: '†',
		Dagger: '‡',
		permil: '‰',
		lsaquo: '‹',
		rsaquo: '›',
		OElig: 'Œ',
		oelig: 'œ',
		Scaron: 'Š',
		scaron: 'š',
		Yuml: 'Ÿ',
		fnof: 'ƒ',
		circ: 'ˆ',
		tilde: '˜',
		ensp: ' ',
		emsp: ' ',
		thinsp: ' ',
		minus: '−',
		larr: '←',
		rarr: '→'
	})
]);

/** Entities that browsers also read without their semicolon. */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

/**
 * Control, invisible and bidirectional characters, those the validator refuses in any text
 * (quotes.ts): never kept in imported text.
 */
const INVISIBLE =
	// eslint-disable-next-line no-control-regex -- dropping control characters is the point
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffe\uffff]|\p{Cs}/gu;

/** Decodes character references; an unknown or impossible one stays as written. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/gi, (whole, name: string) => {
		if (name.startsWith('#')) {
			const code =
				name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
			const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
			return valid ? String.fromCodePoint(code) : whole;
		}
		const decoded = ENTITIES.get(name);
		return decoded !== undefined && (whole.endsWith(';') || LEGACY.has(name)) ? decoded : whole;
	});
}

/** Text between tags: entities decoded, and line ends in the source are only spaces, as in a browser. */
const textOf = (raw: string) => decodeEntities(raw).replace(/\s+/g, ' ');

/** Reads `html` as a browser would show it, as paragraphs of plain text; markup never survives. */
export function htmlToText(html: string): PlainText {
	const blocks: TextBlock[] = [];
	const links: string[] = [];
	const dropped: string[] = [];
	let current = '';
	let quoteDepth = 0;
	let skipping: string | undefined;
	const endBlock = () => {
		const text = current
			.split('\n')
			.map((line) => line.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim())
			.filter(Boolean)
			.join('\n');
		if (text) blocks.push({ text, quote: quoteDepth > 0 });
		current = '';
	};
	let at = 0;
	for (const { start, end, closing, name: rawName, attributes } of markupIn(html)) {
		if (!skipping) current += textOf(html.slice(at, start));
		at = end;
		if (!rawName) continue; // a comment or doctype
		const name = rawName.toLowerCase();
		if (skipping) {
			if (closing && name === skipping) skipping = undefined;
			continue;
		}
		if (SKIP_CONTENT.has(name)) {
			dropped.push(name);
			if (!closing && !attributes.trimEnd().endsWith('/')) skipping = name;
		} else if (MEDIA.has(name)) {
			if (!closing) dropped.push(name);
		} else if (name === 'br') current += '\n';
		else if (name === 'cite' && !closing && quoteDepth > 0) current += '\n— ';
		else if (name === 'a' && !closing) {
			const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
			if (href) links.push(decodeEntities(href[1] ?? href[2] ?? href[3] ?? '').trim());
		} else if (BLOCK.has(name)) {
			endBlock();
			if (name === 'blockquote') quoteDepth = Math.max(0, quoteDepth + (closing ? -1 : 1));
		}
	}
	if (!skipping) current += textOf(html.slice(at));
	endBlock();
	return { blocks, links, dropped };
}

/** The text on one line, as a title needs it: paragraphs and line breaks become spaces. */
export function oneLine(text: PlainText): string {
	return text.blocks
		.map((block) => block.text)
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The text as paragraphs separated by blank lines; quotations in quotation marks. */
export function paragraphs(text: PlainText): string {
	return text.blocks.map((block) => (block.quote ? quoted(block.text) : block.text)).join('\n\n');
}

/** A quotation marked as one: its words in quotation marks, a "— source" line after them as it is. */
function quoted(text: string): string {
	const [words = '', ...attribution] = text.split('\n— ');
	const marked = /^["“‘'«„]/.test(words) ? words : `“${words}”`;
	return [marked, ...attribution].join(' — ');
}
