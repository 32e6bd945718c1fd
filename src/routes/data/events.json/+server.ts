// Every event in full, prerendered to build/data/events.json: what the home page's list is drawn
// from when a reader reaches the page by a link inside the site (the build writes the list into the
// page itself). Only for a record small enough to list on one page (IN_PAGE_EVENT_LIMIT).
import { getDataset } from '$lib/server/data/dataset';
import { fitsInPage } from '$lib/eventsInPage';

export const prerender = true;

export function GET() {
	const { events } = getDataset();
	return new Response(JSON.stringify(fitsInPage(events.length) ? events : []), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
