// The embed's options that change how the frame looks (scheme, controls, height), applied by a small
// script in the embed's head before its first paint, so a pasted frame never flashes the default
// look before its own. Plain JavaScript: svelte.config.js reads the script to allow it by hash.

/** Words that turn an option on or off (`controls=hide`, `controls=1`…). */
export const YES = ['1', 'true', 'yes', 'show', 'on'];
export const NO = ['0', 'false', 'no', 'hide', 'off'];
/** The heights a frame may ask for, px. */
export const MIN_HEIGHT = 200;
export const MAX_HEIGHT = 3000;

/**
 * Sets `data-scheme` (built light: dark, or none to follow the reader's system for `auto`),
 * `data-controls` (hide) and `--embed-height` (px) on the document from the address's query
 * string; the embed's styles do the rest. What it cannot read, it leaves alone, exactly as the
 * page's own reading of the options does (embedOptions.ts).
 */
export const EARLY_EMBED_SCRIPT = `(() => {
	const params = new URLSearchParams(location.search);
	const read = (name) => (params.get(name) || '').trim().toLowerCase();
	const root = document.documentElement;
	const scheme = read('scheme');
	if (scheme === 'dark') root.dataset.scheme = scheme;
	if (scheme === 'auto') delete root.dataset.scheme;
	if (${JSON.stringify(NO)}.includes(read('controls'))) root.dataset.controls = 'hide';
	const height = read('height');
	if (/^\\d{1,5}$/.test(height) && +height >= ${MIN_HEIGHT} && +height <= ${MAX_HEIGHT})
		root.style.setProperty('--embed-height', height + 'px');
})();`;
