// The HTML a journalist pastes into an article: the iframe, and the optional resize script.
import type { EmbedOptions } from './embedOptions';
import { writeEmbedOptions } from './embedOptions';
import { longDate } from '../timeline/ticks';

const escapeAttribute = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** What a frame's options narrow the timeline to, in words (labels and titles rather than ids). */
export interface FrameContents {
	/** The event it opens on: its title. */
	event?: string;
	/** The highlighted themes' labels. */
	themes: readonly string[];
	/** Its range, ISO dates. */
	from?: string;
	to?: string;
	/** The voices it is limited to, as labels. */
	voices?: readonly string[];
}

const list = (words: readonly string[]) =>
	words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

/**
 * The frame's title, which a screen reader announces on entering it: the timeline and what its
 * options show, so that two frames in one article (a theme's and an event's) are told apart.
 */
export function frameTitle(siteTitle: string, contents: FrameContents): string {
	const parts = [`${siteTitle}: interactive timeline`];
	if (contents.from && contents.to)
		parts.push(`from ${longDate(contents.from)} to ${longDate(contents.to)}`);
	if (contents.voices?.length) parts.push(`quoting ${list(contents.voices)}`);
	if (contents.themes.length) parts.push(`highlighting ${list(contents.themes)}`);
	if (contents.event) parts.push(`opened at ${contents.event}`);
	return parts.join(', ');
}

/** The `<iframe>` for `options`, sandboxed, lazy, titled, and sized for a fixed or an auto height. */
export function iframeSnippet(siteUrl: string, options: EmbedOptions, title: string): string {
	const query = writeEmbedOptions(options);
	const src = `${siteUrl}/embed${query ? `?${query}` : ''}`;
	const height = options.height === 'auto' ? 640 : options.height;
	return [
		'<iframe',
		`  src="${escapeAttribute(src)}"`,
		`  title="${escapeAttribute(title)}"`,
		'  loading="lazy"',
		'  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
		'  referrerpolicy="strict-origin-when-cross-origin"',
		// The attributes size the frame, and keep it borderless, where a CMS strips `style` (a bare
		// iframe is 300 × 150 with a 2 px inset border, 4 px wider than its column at 100 %).
		// frameborder is obsolete HTML, and the one attribute every browser reads for that.
		'  width="100%"',
		`  height="${height}"`,
		'  frameborder="0"',
		`  style="width: 100%; height: ${height}px; border: 0;"`,
		'></iframe>'
	].join('\n');
}

/** The script tag that lets `height=auto` embeds resize themselves. */
export function resizeScriptSnippet(siteUrl: string): string {
	return `<script src="${escapeAttribute(siteUrl)}/embed-resize.js" async></script>`;
}
