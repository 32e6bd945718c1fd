// The HTML a journalist pastes into an article: the iframe, and the optional resize script.
import type { EmbedOptions } from './embedOptions';
import { writeEmbedOptions } from './embedOptions';

const escapeAttribute = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

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
		`  style="width: 100%; height: ${height}px; border: 0;"`,
		'></iframe>'
	].join('\n');
}

/** The script tag that lets `height=auto` embeds resize themselves. */
export function resizeScriptSnippet(siteUrl: string): string {
	return `<script src="${escapeAttribute(siteUrl)}/embed-resize.js" async></script>`;
}
