// An address that opens an event (?event=) on the home page: a small script marks the document
// before the first paint, so that on a wide screen the timeline is drawn from the start in the
// column it keeps beside the event's panel, rather than across the page and then narrowed when the
// panel comes. Written after the phone's rows (hooks.server.ts), it first looks for the event among
// them, so that an address naming no event keeps the whole width; a page too large to hold the rows
// has it in its head, where it cannot look. Plain JavaScript: svelte.config.js reads the script to
// allow it by hash.

/** The attribute the explorer's stylesheet reads (TimelineExplorer.svelte), removed once it has started. */
export const OPENING_EVENT = 'data-opening-event';

export const EARLY_EVENT_SCRIPT = `(() => {
	const id = new URLSearchParams(location.search).get('event');
	const rows = document.querySelector('.rows');
	if (id && (!rows || rows.querySelector('[data-event-id="' + CSS.escape(id) + '"]')))
		document.documentElement.setAttribute('${OPENING_EVENT}', '');
})();`;
