// The list of events follows the timeline's voice filter by a stylesheet rule for each voice
// (EventList.svelte): a voice added to the vocabulary without its rule would empty the list.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VOICES } from '../../src/lib/model';
import { voicesQuoted } from '../../src/lib/timelineEntries';

const stylesheet = readFileSync('src/lib/components/EventList.svelte', 'utf8').replace(/\s+/g, ' ');

describe('the event list under the voice filter', () => {
	it.each(VOICES)('shows the events quoting %s when that voice is chosen', (voice) => {
		expect(stylesheet).toContain(
			`:global(:root:has(.explorer[data-voices~='${voice}'])) .event-list > li[data-voices~='${voice}']`
		);
	});

	it('names the voices an event quotes once each, in the vocabulary’s order', () => {
		const excerpt = (voice: string) => ({ voice }) as never;
		expect(
			voicesQuoted({ excerpts: [excerpt('media'), excerpt('us-government'), excerpt('media')] })
		).toEqual(['us-government', 'media']);
	});
});
