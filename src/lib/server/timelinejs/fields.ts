// Reading the loosely typed fields of a TimelineJS file: objects, texts that may be numbers or null.

export type Fields = Record<string, unknown>;

/** Whether `value` is a JSON object (not null, not a list). */
export const isFields = (value: unknown): value is Fields =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** A field as trimmed text: numbers become text, anything else (null, objects) is empty. */
export function fieldText(value: unknown): string {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return typeof value === 'string' ? value.trim() : '';
}

/** Whether a value holds anything: a non-empty text, a number or `true` somewhere inside it. */
export function hasContent(value: unknown): boolean {
	if (isFields(value) || Array.isArray(value)) return Object.values(value).some(hasContent);
	return fieldText(value) !== '' || value === true;
}
