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
async function eventPageHead(): Promise<string> {
	process.env.TIMELINE_DATA = datasetWithTitle().dataDir;
	const { handle } = await import('../../src/hooks.server');
	const page = '<html><head><title>t</title></head><body>body</body></html>';
	let html = '';
	await handle({
		event: { route: { id: '/(site)/events/[id]' }, params: { id: 'one' } },
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

	it("writes the home page's list with the title as written", () => {
		const { root, dataDir } = datasetWithTitle();
		const markup = eventListMarkup(loadDataset(dataDir, root).dataset!);
		expect(markup).toMatch(/^<div class="event-list-slot">.*<\/div>$/s);
		expect(markup).toContain(TITLE.replace('&', '&amp;').replace('<', '&lt;'));
	});
});
