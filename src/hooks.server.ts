// Server hook (run while prerendering): adds to every headed page the tags a link preview reads
// (shareTags.ts), schema.org JSON-LD to event pages, to the embed and the presentation the scripts
// that apply their look before the first paint (earlyOptions.js, earlyDeck.js), and to the home page
// the one that keeps room for an event its address opens (earlyEvent.js), its list of every event
// (eventListMarkup.ts) and its timeline's rows for a phone (timelineRowsMarkup.ts), as a theme's page
// has its own. All are written
// here rather than by a component so that no text ever passes through {@html} and the browser
// bundle carries none of it.
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { eventWithId } from '$lib/eventIndex';
import { getDataset } from '$lib/server/data/dataset';
import { eventJsonLdScript } from '$lib/server/pages/eventJsonLd';
import { shareCard, withShareTags } from '$lib/server/pages/shareTags';
import { EARLY_EMBED_SCRIPT } from '$lib/embed/earlyOptions.js';
import { EARLY_DECK_SCRIPT } from '$lib/present/earlyDeck.js';
import { EARLY_EVENT_SCRIPT } from '$lib/timeline/earlyEvent.js';
import { fitsInPage } from '$lib/eventsInPage';
import { EVENT_LIST_SLOT, eventListMarkup } from '$lib/server/pages/eventListMarkup';
import { ROWS_SLOT, timelineRowsMarkup } from '$lib/server/pages/timelineRowsMarkup';
import { getTimelineEntries, storyEntries } from '$lib/server/pages/datasetEntries';
import { themeStory } from '$lib/server/pages/themeStory';

/** The changes one route's prerendered HTML takes, beside the share tags every headed page takes. */
function routeTransform(event: RequestEvent): ((html: string) => string) | undefined {
	const route = event.route.id;
	// Dark on a projector from the first paint; the script reads what only the address says.
	if (route === '/(bare)/present')
		return (html) =>
			html
				.replace('<html lang="en">', '<html lang="en" data-scheme="dark">')
				.replace('</head>', () => `<script>${EARLY_DECK_SCRIPT}</script></head>`);
	// Slides for paper: light unless the address asks for dark, from the first paint.
	if (route === '/(bare)/present/slides')
		return (html) => html.replace('<html lang="en">', '<html lang="en" data-scheme="light">');
	// Light unless the address asks otherwise (embedOptions.ts), from the first paint.
	if (route === '/(bare)/embed')
		return (html) =>
			html
				.replace('<html lang="en">', '<html lang="en" data-scheme="light">')
				.replace('</head>', () => `<script>${EARLY_EMBED_SCRIPT}</script></head>`);
	if (route === '/(site)') {
		const dataset = getDataset();
		const inPage = building && fitsInPage(dataset.events.length);
		const list = inPage ? eventListMarkup(dataset) : '';
		const rows = inPage
			? timelineRowsMarkup(getTimelineEntries(), dataset.themes, {
					documented: dataset.sources.length > 0
				})
			: '';
		// After the rows, among which it looks for the event (inside their slot, which is never
		// hydrated), or where there are none in the head.
		const script = `<script>${EARLY_EVENT_SCRIPT}</script>`;
		const rowsWithScript = rows.replace(/<\/div>$/, () => `${script}</div>`);
		return (html) =>
			inPage
				? html.replace(EVENT_LIST_SLOT, () => list).replace(ROWS_SLOT, () => rowsWithScript)
				: html.replace('</head>', () => `${script}</head>`);
	}
	const id = event.params.id;
	if (route === '/(site)/themes/[id]' && id && building) {
		const dataset = getDataset();
		const story = themeStory(dataset, id);
		if (!story) return undefined;
		const entries = storyEntries(story.events.map(({ event }) => event.id));
		const rows = timelineRowsMarkup(entries, dataset.themes, {
			documented: dataset.sources.length > 0,
			all: getTimelineEntries(),
			highlightThemes: [id]
		});
		return (html) => html.replace(ROWS_SLOT, () => rows);
	}
	if (route !== '/(site)/events/[id]' || !id) return undefined;
	const dataset = getDataset();
	const subject = eventWithId(dataset.events, id);
	if (!subject) return undefined;
	const script = eventJsonLdScript(subject, dataset.site);
	// A function, not a string, whose $' $` and $& would be read as patterns (a title may hold them).
	return (html) => html.replace('</head>', () => `${script}</head>`);
}

export const handle: Handle = ({ event, resolve }) => {
	const transform = routeTransform(event);
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const dataset = getDataset();
			const shared = withShareTags(html, {
				path: event.url.pathname.slice(base.length) || '/',
				site: dataset.site,
				card: shareCard(event.route.id, event.params, dataset)
			});
			return transform ? transform(shared) : shared;
		}
	});
};
