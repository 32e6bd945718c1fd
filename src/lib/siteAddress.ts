// The site's public address: the one absolute links, citations, share cards and QR codes carry.
// A build is given it by SITE_URL or data/site.yaml; a site built with a placeholder address
// still gives readers working links where the page can see where it is served from.

/**
 * Whether `url` is a placeholder: an address under a domain reserved for examples and tests
 * (RFC 2606: example.com, .net, .org and their sub-domains, and the .example, .test, .invalid
 * and .localhost top-level domains), where nothing is published.
 */
export function isPlaceholderAddress(url: string): boolean {
	let host: string;
	try {
		host = new URL(url).hostname.toLowerCase();
	} catch {
		return true;
	}
	return (
		/(^|\.)example\.(com|net|org)$/.test(host) || /\.(example|test|invalid|localhost)$/.test(host)
	);
}

/**
 * The address to give a reader: the site's own, or, where the build had only a placeholder, the
 * address this page is served from (`served`: its origin and base path, in a browser).
 */
export function readerAddress(siteUrl: string, served: string | undefined): string {
	return served && isPlaceholderAddress(siteUrl) ? served.replace(/\/+$/, '') : siteUrl;
}

/** `text` with the site's pages under `address` rather than under `siteUrl`, the address built in. */
export function atAddress(text: string, siteUrl: string, address: string): string {
	return address === siteUrl ? text : text.replaceAll(`${siteUrl}/`, () => `${address}/`);
}

/**
 * Reads SITE_URL: an http or https address with no query or fragment, given without a trailing
 * slash. Returns the address, or what is wrong with it.
 */
export function readSiteUrl(value: string): { url: string } | { problem: string } {
	const trimmed = value.trim().replace(/\/+$/, '');
	// The characters of a URL as RFC 3986 writes it: no space, quote, brace or backslash, which
	// citations and pages could read as more than an address.
	if (!/^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/.test(trimmed))
		return { problem: 'it has a space, quote, brace or other character an address must encode' };
	let parsed: URL;
	try {
		parsed = new URL(trimmed);
	} catch {
		return { problem: 'not an address' };
	}
	if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
		return { problem: `${parsed.protocol} is not http: or https:` };
	if (parsed.search || parsed.hash || trimmed.includes('?') || trimmed.includes('#'))
		return { problem: 'it has a query or a fragment' };
	if (parsed.username || parsed.password) return { problem: 'it has a user name or password' };
	return { url: trimmed };
}
