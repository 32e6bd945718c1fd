// The markup in a piece of HTML (tags, comments, declarations), found in one pass over the text.

/** One piece of markup: `html.slice(start, end)`; a tag has a name, a comment or declaration none. */
export interface Markup {
	start: number;
	end: number;
	closing: boolean;
	name?: string;
	/** What stands between the tag's name and its `>`. */
	attributes: string;
}

const NAME = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/y;

/**
 * Every piece of markup in `html`, in order. A tag is `<name …>` whose `>` is not inside quotes;
 * a `<` that starts no tag, comment or declaration is text. Each character is looked at a
 * bounded number of times, however the tags are (un)closed: a slide of `<a<a<a…` with no `>`
 * once took minutes, because every `<` scanned again to the end of the text.
 */
export function* markupIn(html: string): Generator<Markup> {
	const tagEnd = tagEnds(html);
	/** No `>` at or after this position, once a declaration found none. */
	let noCloserFrom = Infinity;
	let from = 0;
	for (let start = html.indexOf('<'); start >= 0; start = html.indexOf('<', from)) {
		from = start + 1;
		NAME.lastIndex = start;
		const tag = NAME.exec(html);
		if (tag) {
			const end = tagEnd(NAME.lastIndex);
			if (end < 0) continue;
			yield {
				start,
				end: end + 1,
				closing: tag[1] === '/',
				name: tag[2],
				attributes: html.slice(NAME.lastIndex, end)
			};
			from = end + 1;
		} else if (html.startsWith('<!--', start)) {
			const close = html.indexOf('-->', start + 4);
			from = close < 0 ? html.length : close + 3;
			yield { start, end: from, closing: false, attributes: '' };
		} else if (html[start + 1] === '!' && start < noCloserFrom) {
			const close = html.indexOf('>', start + 2);
			if (close < 0) {
				noCloserFrom = start;
				continue;
			}
			from = close + 1;
			yield { start, end: from, closing: false, attributes: '' };
		}
	}
}

/**
 * For a position inside a tag (outside quotes), the index of the `>` that ends it, or -1 when
 * none does: quoted text is skipped whole, an unclosed quote ends no tag. Each quote and `>` is
 * followed once and its answer kept, so any number of scans costs one pass.
 */
function tagEnds(html: string): (from: number) => number {
	const length = html.length;
	/** The first `>`, `"` or `'` at or after each position; -1 when none. */
	const next = new Int32Array(length + 1);
	next[length] = -1;
	for (let at = length - 1; at >= 0; at--) {
		const code = html.charCodeAt(at);
		next[at] = code === 62 || code === 34 || code === 39 ? at : next[at + 1]!;
	}
	/** The answer for a scan that reaches each `>` or quote outside quotes; -2 not known yet. */
	const known = new Int32Array(length).fill(-2);
	return (from) => {
		const path: number[] = [];
		let end = -1;
		for (let at = next[from]!; at >= 0; ) {
			if (known[at] !== -2) {
				end = known[at]!;
				break;
			}
			path.push(at);
			if (html[at] === '>') {
				end = at;
				break;
			}
			const close = html.indexOf(html[at]!, at + 1);
			if (close < 0) break;
			at = next[close + 1]!;
		}
		for (const at of path) known[at] = end;
		return end;
	};
}
