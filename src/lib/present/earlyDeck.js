// The presentation's look before its scripts have run, set by a small script in its head before the
// first paint: a reload on a projector never flashes the light scheme or the title slide before the
// asked-for slide. Plain JavaScript: svelte.config.js reads the script to allow it by hash.

/**
 * Sets `data-scheme` from the address (light only when asked: the page is built dark) and, when
 * the address names a slide or a tour, which only the page's own scripts can draw, `data-deck-pending`:
 * the slides wait unseen until then (SlideCanvas.svelte), a few seconds at most.
 */
export const EARLY_DECK_SCRIPT = `(() => {
	const root = document.documentElement;
	const params = new URLSearchParams(location.search);
	if (params.get('scheme') === 'light') root.dataset.scheme = 'light';
	if (location.hash.length > 1 || params.has('theme')) root.dataset.deckPending = '';
})();`;
