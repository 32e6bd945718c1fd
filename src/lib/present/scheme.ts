// The deck's colours: light text on black for a projector, unless the address asks for the light
// scheme (?scheme=light), which a bright room, or paper, may want; the L key switches in the room.
import { replaceState } from '$app/navigation';

export type DeckScheme = 'light' | 'dark';

/** The scheme an address asks for: `fallback` (dark, a projector's) unless it names the other. */
export function schemeOf(params: URLSearchParams, fallback: DeckScheme = 'dark'): DeckScheme {
	const asked = params.get('scheme');
	return asked === 'light' || asked === 'dark' ? asked : fallback;
}

/** The address `href` (path, query and fragment) with `scheme` recorded; dark, the default, leaves no trace. */
export function addressWithScheme(href: string, scheme: DeckScheme): string {
	const url = new URL(href);
	if (scheme === 'light') url.searchParams.set('scheme', 'light');
	else url.searchParams.delete('scheme');
	return `${url.pathname}${url.search}${url.hash}`;
}

/** Shows `scheme` and records it in the address, so that a reload or a new presenter view keeps it. */
export function showScheme(scheme: DeckScheme, { record = true } = {}) {
	document.documentElement.dataset.scheme = scheme;
	// The page's own address with another query string: already resolved.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	if (record) replaceState(addressWithScheme(location.href, scheme), {});
}

/** The other scheme, shown and recorded. */
export function switchScheme(): DeckScheme {
	const next = document.documentElement.dataset.scheme === 'light' ? 'dark' : 'light';
	showScheme(next);
	return next;
}
