// JSON for a <script type="application/ld+json"> block: escaped so the text can never close the script or be read as markup.

/** JSON with `<`, `>`, `&` and the two JavaScript line separators written as \u escapes (still valid JSON). */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value).replace(
		/[<>&\u2028\u2029]/g,
		(character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}
