// An address that opens an event (?event=) on the home page: a small script in its head marks the
// document before the first paint, so that on a wide screen the timeline is drawn from the start
// in the column it keeps beside the event's panel, rather than across the page and then narrowed
// when the panel comes. Plain JavaScript: svelte.config.js reads the script to allow it by hash.

/** The attribute the explorer's stylesheet reads (TimelineExplorer.svelte), removed once it has started. */
export const OPENING_EVENT = 'data-opening-event';

export const EARLY_EVENT_SCRIPT = `new URLSearchParams(location.search).get('event') && document.documentElement.setAttribute('${OPENING_EVENT}', '');`;
