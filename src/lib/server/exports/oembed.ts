// oEmbed documents (https://oembed.com, type "rich"): what a CMS or link service that finds a page's
// discovery link puts in place of a pasted link — the embed's iframe, as the builder writes it.
import { DEFAULT_EMBED, type EmbedOptions } from '$lib/embed/embedOptions';
import { frameTitle, iframeSnippet, resizeScriptSnippet } from '$lib/embed/snippet';
import type { SiteCopy } from '../../model.ts';
import { SHARE_HEIGHT, SHARE_WIDTH } from './shareImage';

/** The frame's size the document states: an article column's width, the snippet's height. */
export const OEMBED_WIDTH = 800;
export const OEMBED_HEIGHT = 640;

export interface OEmbed {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

/** The document for the timeline (`eventId` absent) or for one event, opened on it. */
export function oembedDocument(site: SiteCopy, title: string, eventId?: string): OEmbed {
	const options: EmbedOptions = { ...DEFAULT_EMBED, themes: [], voices: [], event: eventId };
	return {
		version: '1.0',
		type: 'rich',
		title,
		provider_name: site.title,
		provider_url: `${site.url}/`,
		// With the resize script, as the builder gives it: the frame then fits the events it shows
		// rather than keep the height stated below.
		html: [
			iframeSnippet(
				site.url,
				options,
				frameTitle(site.title, { themes: [], event: eventId ? title : undefined })
			),
			resizeScriptSnippet(site.url)
		].join('\n'),
		width: OEMBED_WIDTH,
		height: OEMBED_HEIGHT,
		thumbnail_url: eventId
			? `${site.url}/share/events/${eventId}.png`
			: `${site.url}/share/timeline.png`,
		thumbnail_width: SHARE_WIDTH,
		thumbnail_height: SHARE_HEIGHT
	};
}
