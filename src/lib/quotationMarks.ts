// How an excerpt is set in running text: between quotation marks, verbatim.

/**
 * `text` between quotation marks: double ones, or single ones where it holds double marks of its
 * own (a quote that ends on a quotation, `was “helpful.”`), so that no mark is doubled and no
 * character of the excerpt changes.
 */
export function inQuotationMarks(text: string): string {
	return /["“”„]/.test(text) ? `‘${text}’` : `“${text}”`;
}
