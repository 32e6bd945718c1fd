// A page's link-preview tags (ShareTags.svelte), added by the server hook at the end of its <head>:
// which card each route shows, and the title and description its PageMeta wrote, read back from the
// HTML so that the preview says what the tab says.
import { render } from 'svelte/server';
import { eventWithId } from '../../eventIndex';
import { decodeEntities } from '../timelinejs/htmlText';
import type { Dataset } from '../../model';
import ShareTags from './ShareTags.svelte';

export interface ShareCard {
	type: 'website' | 'article';
	/** Path of its share card (1200 × 630 PNG, see server/exports/shareImage.ts), and what it shows. */
	image?: { path: string; alt: string };
	/** Path of its oEmbed document (JSON), for CMSes that turn a pasted link into the embed. */
	oembed?: string;
}

/** The card of a page of route `routeId` (SvelteKit's, e.g. `/(site)/events/[id]`). */
export function shareCard(
	routeId: string | null,
	params: Record<string, string>,
	dataset: Pick<Dataset, 'events' | 'site'>
): ShareCard {
	const { site } = dataset;
	if (routeId === '/(site)')
		return {
			type: 'website',
			image: { path: '/share/timeline.png', alt: `The timeline of ${site.title}` },
			oembed: '/oembed/timeline.json'
		};
	const event = routeId === '/(site)/events/[id]' && eventWithId(dataset.events, params.id ?? '');
	if (event)
		return {
			type: 'article',
			image: {
				path: `/share/events/${event.id}.png`,
				alt: `${event.title}, ${event.dateLabel}, marked on the timeline of ${site.title}`
			},
			oembed: `/oembed/events/${event.id}.json`
		};
	return { type: routeId === '/(site)/sources/[id]' ? 'article' : 'website' };
}

/**
 * `html` with the share tags at the end of its <head>, for a page whose <head> has a title and a
 * description (every page PageMeta heads); any other page unchanged. `path` is the page's, under
 * the site's base path.
 */
export function withShareTags(
	html: string,
	{ path, site, card }: { path: string; site: Dataset['site']; card: ShareCard }
): string {
	const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
	const description = /<meta name="description" content="([^"]*)"\s*\/?>/.exec(html);
	if (title === undefined || !description) return html;
	const { body } = render(ShareTags, {
		props: {
			title: decodeEntities(title),
			description: decodeEntities(description[1]!),
			url: site.url + path,
			site: { title: site.title, url: site.url },
			card
		}
	});
	// Before </head>, outside the head's parts the browser hydrates, which are the page's to replace.
	return html.replace('</head>', () => `${body}</head>`);
}
