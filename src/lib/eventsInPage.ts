/**
 * Up to this many events a page carries its events (the home page's list with their evidence,
 * the embed's timeline entries) in its own HTML. Beyond it they would weigh megabytes on every
 * visit: the timeline then fetches its packed entries (/data/entries.json) instead.
 */
export const IN_PAGE_EVENT_LIMIT = 300;

/** Whether a record of `count` events travels in its pages: the one rule every page and file reads. */
export function fitsInPage(count: number): boolean {
	return count <= IN_PAGE_EVENT_LIMIT;
}
