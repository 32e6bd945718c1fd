// Reads a Netlify/Cloudflare-style `_headers` file and finds the headers for a path, so tests serve what hosts serve.

/**
 * Parses `_headers`: a path pattern on its own line, then indented `Name: value` lines.
 * @param {string} text
 * @returns {{ pattern: string, headers: Record<string, string> }[]}
 */
export function parseHeadersFile(text) {
	const rules = [];
	for (const line of text.split(/\r?\n/)) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
		else if (rules.length > 0) {
			const colon = line.indexOf(':');
			if (colon > 0)
				rules[rules.length - 1].headers[line.slice(0, colon).trim().toLowerCase()] = line
					.slice(colon + 1)
					.trim();
		}
	}
	return rules;
}

/**
 * The headers of every rule whose pattern matches `pathname` (`*` matches anything); later rules win.
 * @param {{ pattern: string, headers: Record<string, string> }[]} rules
 * @param {string} pathname
 */
export function headersFor(rules, pathname) {
	const headers = {};
	for (const rule of rules) {
		const pattern = new RegExp(`^${rule.pattern.split('*').map(escapeRegExp).join('.*')}$`);
		if (pattern.test(pathname)) Object.assign(headers, rule.headers);
	}
	return headers;
}

/** @param {string} text */
function escapeRegExp(text) {
	return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
