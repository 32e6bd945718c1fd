/** `text` as a regular expression matches it, its special characters taken as themselves. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
