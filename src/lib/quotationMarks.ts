// How excerpts and titles are set in running text: between quotation marks, verbatim, and with no
// punctuation doubled.

/**
 * `text` between quotation marks: double ones, or single ones where it holds double marks of its
 * own (a quote that ends on a quotation, `was “helpful.”`), so that no mark is doubled and no
 * character of the excerpt changes.
 */
export function inQuotationMarks(text: string): string {
	const [open, close] = quotationMarksFor(text);
	return `${open}${text}${close}`;
}

/** The opening and closing marks `inQuotationMarks` puts round `text`, for text set in pieces. */
export function quotationMarksFor(text: string): [open: string, close: string] {
	return /["“”„]/.test(text) ? ['‘', '’'] : ['“', '”'];
}

/** The comma a citation puts after a title, unless the title ends with a stop of its own. */
export function commaAfter(title: string): string {
	return /[.?!]$/.test(title.trim()) ? '' : ',';
}
