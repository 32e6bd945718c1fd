// What the server hook writes into pages (an event's JSON-LD, the home page's list) is written as given, whatever a title holds.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResolveOptions } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { eventListMarkup } from '../../src/lib/server/pages/eventListMarkup';
import { loadDataset } from '../../src/lib/server/data/load';
import { fixtureDataset } from '../helpers/fixtureData';

const TITLE = "Talks on $' and $` and $& and $1 and $<name>";

/** The minimal dataset, with TITLE as the title of event `one`. */
function datasetWithTitle(): { root: string; dataDir: string } {
	const { root, dataDir } = fixtureDataset();
	const file = join(dataDir, 'events', 'one.yaml');
	writeFileSync(
		file,
		readFileSync(file, 'utf8').replace(
			'title: First meeting',
			() => `title: ${JSON.stringify(TITLE)}`
		)
	);
	return { root, dataDir };
}

/** The page the hook writes for event `one` of a dataset whose title is TITLE. */
async function eventPageHead(
	page = '<html><head><title>t</title></head><body>body</body></html>'
): Promise<string> {
	process.env.TIMELINE_DATA = datasetWithTitle().dataDir;
	const { handle } = await import('../../src/hooks.server');
	let html = '';
	await handle({
		event: {
			route: { id: '/(site)/events/[id]' },
			params: { id: 'one' },
			url: new URL('http://localhost/events/one')
		},
		resolve: async (_event: unknown, options?: ResolveOptions) => {
			html = (await options!.transformPageChunk!({ html: page, done: true })) ?? '';
			return new Response(html);
		}
	} as never);
	return html;
}

describe('the event page hook', () => {
	it('inserts JSON-LD that parses, with the title as written and nothing else moved', async () => {
		const html = await eventPageHead();
		const match = html.match(
			/^<html><head><title>t<\/title><script type="application\/ld\+json">(.*)<\/script><\/head><body>body<\/body><\/html>$/s
		);
		expect(match, html).not.toBeNull();
		expect(JSON.parse(match![1]!).name).toBe(TITLE);
	});

	it('adds what a link preview reads, saying what the tab says, whatever the title holds', async () => {
		const escaped = (text: string) =>
			text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
		const tab = `${TITLE} & "its" <site>`;
		const description = 'Said "here" & there';
		const html = await eventPageHead(
			`<html><head><meta name="description" content="${escaped(description)}"/><title>${tab.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title></head><body>body</body></html>`
		);
		const head = html.slice(0, html.indexOf('</head>'));
		const read = (selector: RegExp) => {
			const value = selector.exec(head)?.[1];
			return value
				?.replace(/&quot;/g, '"')
				.replace(/&lt;/g, '<')
				.replace(/&amp;/g, '&');
		};
		expect(read(/<meta property="og:title" content="([^"]*)"/)).toBe(tab);
		expect(read(/<meta property="og:description" content="([^"]*)"/)).toBe(description);
		expect(read(/<link rel="canonical" href="([^"]*)"/)).toMatch(/\/events\/one$/);
		expect(read(/<meta property="og:type" content="([^"]*)"/)).toBe('article');
		expect(read(/<meta property="og:image:alt" content="([^"]*)"/)).toContain(TITLE);
		expect(read(/<link rel="alternate"[^>]* href="([^"]*)"/)).toMatch(
			/\/oembed\/events\/one\.json$/
		);
		// Each marked for the browser to remove once it has moved to another page, and none inside
		// the parts of the head it hydrates (which end at the title).
		const tags = head
			.match(/<(?:meta|link)\b(?:"[^"]*"|[^">])*>/g)!
			.filter((tag) => !tag.includes('name="description"'));
		expect(tags.length, tags.join('\n')).toBe(13);
		for (const tag of tags) expect(tag).toContain('data-share');
		expect(head.indexOf('og:title')).toBeGreaterThan(head.indexOf('</title>'));
	});

	it("writes the home page's list with the title as written", () => {
		const { root, dataDir } = datasetWithTitle();
		const markup = eventListMarkup(loadDataset(dataDir, root).dataset!);
		expect(markup).toMatch(/^<div class="event-list-slot">.*<\/div>$/s);
		expect(markup).toContain(TITLE.replace('&', '&amp;').replace('<', '&lt;'));
	});
});
