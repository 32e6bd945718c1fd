// How excerpts and titles are set in running text: between quotation marks, verbatim, and with no
// punctuation doubled.

/**
 * `text` between quotation marks: double ones, or single ones where it holds double marks of its
 * own (a quote that ends on a quotation, `was “helpful.”`), so that no mark is doubled and no
 * character of the excerpt changes.
 */
export function inQuotationMarks(text: string): string {
	return /["“”„]/.test(text) ? `‘${text}’` : `“${text}”`;
}

/** The comma a citation puts after a title, unless the title ends with a stop of its own. */
export function commaAfter(title: string): string {
	return /[.?!]$/.test(title.trim()) ? '' : ',';
}
