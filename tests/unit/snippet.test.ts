// The embed snippets a journalist copies.
import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED } from '../../src/lib/embed/embedOptions';
import { iframeSnippet, resizeScriptSnippet } from '../../src/lib/embed/snippet';

const base = { themes: [], voices: [], ...DEFAULT_EMBED };

describe('iframeSnippet', () => {
	it('is sandboxed, lazy and titled, with the options in its address', () => {
		const html = iframeSnippet(
			'https://example.org',
			{ ...base, themes: ['taiwan'], height: 500 },
			'A "quoted" title'
		);
		expect(html).toContain('src="https://example.org/embed?themes=taiwan&amp;height=500"');
		expect(html).toContain('title="A &quot;quoted&quot; title"');
		expect(html).toContain('loading="lazy"');
		expect(html).toContain(
			'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"'
		);
		expect(html).toContain('height: 500px');
	});

	it('starts an auto-height embed at a sensible height', () => {
		expect(iframeSnippet('https://example.org', base, 'T')).toContain(
			'src="https://example.org/embed"'
		);
		expect(iframeSnippet('https://example.org', base, 'T')).toContain('height: 640px');
	});
});

describe('resizeScriptSnippet', () => {
	it('loads the resize script from the site', () => {
		expect(resizeScriptSnippet('https://example.org')).toBe(
			'<script src="https://example.org/embed-resize.js" async></script>'
		);
	});
});
