// The embed snippets a journalist copies.
import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED } from '../../src/lib/embed/embedOptions';
import { frameTitle, iframeSnippet, resizeScriptSnippet } from '../../src/lib/embed/snippet';

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

	it('keeps its size in attributes too, for a page that strips inline styles', () => {
		const html = iframeSnippet('https://example.org', { ...base, height: 500 }, 'T');
		expect(html).toContain('width="100%"');
		expect(html).toContain('height="500"');
		expect(html).toContain('frameborder="0"');
		expect(iframeSnippet('https://example.org', base, 'T')).toContain('height="640"');
	});

	it('starts an auto-height embed at a sensible height', () => {
		expect(iframeSnippet('https://example.org', base, 'T')).toContain(
			'src="https://example.org/embed"'
		);
		expect(iframeSnippet('https://example.org', base, 'T')).toContain('height: 640px');
	});
});

describe('frameTitle', () => {
	const site = 'US–China diplomacy';

	it('names the timeline alone when nothing narrows it', () => {
		expect(frameTitle(site, { themes: [] })).toBe('US–China diplomacy: interactive timeline');
	});

	it('says what the options show, so that two frames differ', () => {
		expect(
			frameTitle(site, {
				themes: ['The Taiwan question', 'Climate change', 'Counter-narcotics'],
				from: '2022-03-01',
				to: '2023-06-30',
				voices: ['China'],
				event: 'Bali summit'
			})
		).toBe(
			'US–China diplomacy: interactive timeline, from 1 March 2022 to 30 June 2023, quoting China, highlighting The Taiwan question, Climate change and Counter-narcotics, opened at Bali summit'
		);
		expect(frameTitle(site, { themes: ['Climate change'] })).not.toBe(
			frameTitle(site, { themes: [], event: 'Bali summit' })
		);
	});
});

describe('resizeScriptSnippet', () => {
	it('loads the resize script from the site', () => {
		expect(resizeScriptSnippet('https://example.org')).toBe(
			'<script src="https://example.org/embed-resize.js" async></script>'
		);
	});
});
