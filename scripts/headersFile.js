// Reads a Netlify/Cloudflare-style `_headers` file and finds the headers for a path, so tests serve what hosts serve.

/**
 * Parses `_headers`: a path pattern on its own line, then indented `Name: value` lines.
 * @param {string} text
 * @returns {{ pattern: string, headers: Record<string, string> }[]}
 */
export function parseHeadersFile(text) {
	/** @type {{ pattern: string, headers: Record<string, string> }[]} */
	const rules = [];
	for (const line of text.split(/\r?\n/)) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
		else {
			const rule = rules.at(-1);
			const colon = line.indexOf(':');
			if (rule && colon > 0)
				rule.headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
		}
	}
	return rules;
}

/**
 * The headers of every rule whose pattern matches `pathname` (`*` matches anything). As on Netlify
 * and Cloudflare Pages, a header set by several matching rules gets all their values, joined by
 * commas: a later rule adds to an earlier one, it does not replace it.
 * @param {{ pattern: string, headers: Record<string, string> }[]} rules
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname) {
	/** @type {Record<string, string>} */
	const headers = {};
	for (const rule of rules) {
		const pattern = new RegExp(`^${rule.pattern.split('*').map(escapeRegExp).join('.*')}$`);
		if (!pattern.test(pathname)) continue;
		for (const [name, value] of Object.entries(rule.headers))
			headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
	}
	return headers;
}

/** @param {string} text */
function escapeRegExp(text) {
	return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
