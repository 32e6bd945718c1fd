// The home page's list of every event, written into the prerendered page by the server hook
// (hooks.server.ts) rather than by the page's component: the list is in the HTML as before, but the
// browser neither downloads its components nor hydrates its entries before the page is ready. It is
// links and text, and needs no script. (A page reached by a link inside the site mounts it then.)
// Its styles come with the page's own: SvelteKit writes into a page those of the modules it imports
// on demand, and the page imports the list's component to mount it.
import { render } from 'svelte/server';
import EventList from '../../components/EventList.svelte';
import type { Dataset } from '../../model';
import { sourceSummaries } from './sourceSummaries';

/** The page's empty element the list goes into (see routes/(site)/+page.svelte). */
export const EVENT_LIST_SLOT = '<div class="event-list-slot"></div>';

export function eventListMarkup(dataset: Pick<Dataset, 'events' | 'themes' | 'sources'>): string {
	const { events, themes, sources } = dataset;
	const { body } = render(EventList, {
		props: { events, themes, sources: sourceSummaries(sources), labelledBy: 'events-heading' }
	});
	// A function, not a string, whose $' $` and $& would be read as patterns (a title may hold them).
	return EVENT_LIST_SLOT.replace('></div>', () => `>${body}</div>`);
}
