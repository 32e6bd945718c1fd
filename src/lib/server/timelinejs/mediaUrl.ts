// The address of a slide's media alone, read for a site that never embeds: an https link, a
// quotation, or nothing (slideMedia.ts adds the caption and credit and notes what is lost).
import { isHttpsUrl } from '../data/schema.ts';

/** What a media URL becomes: a link, a quotation given as HTML, or dropped with the reason. */
export type ReadMedia =
	| { kind: 'link'; url: string; what: string; note?: string }
	| { kind: 'quote'; html: string }
	| { kind: 'dropped'; what: string; reason: string }
	| { kind: 'none' };

const KINDS: [RegExp, string][] = [
	[/(^|\.)(youtube\.com|youtu\.be)$/, 'YouTube video'],
	[/(^|\.)vimeo\.com$/, 'Vimeo video'],
	[/(^|\.)soundcloud\.com$/, 'SoundCloud audio'],
	[/(^|\.)(twitter\.com|x\.com)$/, 'tweet'],
	[/(^|\.)instagram\.com$/, 'Instagram post'],
	[/(^|\.)vine\.co$/, 'Vine video'],
	[/(^|\.)flickr\.com$/, 'Flickr photo'],
	[/(^|\.)wikipedia\.org$/, 'Wikipedia article'],
	[/^(www\.)?google\.[a-z.]+$|^maps\.google\./, 'Google Maps'],
	[/(^|\.)(dailymotion\.com|twitch\.tv|spotify\.com|tiktok\.com)$/, 'embedded player']
];

/** What kind of media an address points to, in words, for the import report. */
export function mediaKind(url: string): string {
	let host = '';
	let path = '';
	try {
		({ hostname: host, pathname: path } = new URL(url, 'https://relative.invalid'));
	} catch {
		return 'address';
	}
	if (/\.(jpe?g|png|gif|webp|svg|bmp|tiff?)$/i.test(path)) return 'image';
	if (/\.(mp4|webm|mov|ogv)$/i.test(path)) return 'video file';
	if (/\.(mp3|ogg|wav|m4a)$/i.test(path)) return 'audio file';
	if (/\.pdf$/i.test(path)) return 'PDF';
	return KINDS.find(([pattern]) => pattern.test(host))?.[1] ?? 'web page';
}

/** Reads `media.url`: only an https address (or a protocol-relative one, read as https) is kept. */
export function readMediaUrl(raw: string): ReadMedia {
	const url = raw.trim();
	if (!url) return { kind: 'none' };
	if (/^<blockquote[\s>]/i.test(url)) return { kind: 'quote', html: url };
	if (url.startsWith('<')) {
		const tag = /^<([a-z0-9-]+)/i.exec(url)?.[1]?.toLowerCase() ?? 'markup';
		return { kind: 'dropped', what: `HTML (<${tag}>)`, reason: 'markup is never embedded' };
	}
	const what = mediaKind(url);
	// eslint-disable-next-line no-control-regex -- a terminal's escape sequences have no place in a link
	if (/[\u0000-\u001f\u007f-\u009f]/.test(url))
		return { kind: 'dropped', what, reason: 'it holds control characters' };
	// Kept only as the validator will take it.
	if (isHttpsUrl(url)) return { kind: 'link', url, what };
	if (url.startsWith('//') && isHttpsUrl(`https:${url}`))
		return {
			kind: 'link',
			url: `https:${url}`,
			what,
			note: 'its protocol-relative address is read as https'
		};
	if (/^http:\/\//i.test(url))
		return { kind: 'dropped', what, reason: 'not https (the site links only to https)' };
	return {
		kind: 'dropped',
		what,
		reason: url.startsWith('/')
			? "a path on the original site's server, which this site does not have"
			: 'not an https address'
	};
}
