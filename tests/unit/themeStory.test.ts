// Theme stories and frequencies.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/server/data/load';
import { themesByFrequency, themeStory } from '../../src/lib/server/pages/themeStory';
import { fixtureDataset } from '../helpers/fixtureData';

const { root, dataDir } = fixtureDataset();
const dataset = loadDataset(dataDir, root).dataset!;

describe('themeStory', () => {
	it('lists the theme’s events in order with the excerpts that speak to it', () => {
		const story = themeStory(dataset, 'trade')!;
		expect(story.events.map(({ event }) => event.id)).toEqual(['two']);
		expect(story.events[0]!.excerpts.map((excerpt) => excerpt.quote)).toEqual([
			'They also discussed trade.'
		]);
		expect([story.first, story.last]).toEqual(['2021-03-25', '2021-03-25']);
		expect(story.perYear).toEqual([{ year: 2021, count: 1 }]);
	});

	it('falls back to all of an event’s excerpts when none is tagged with the theme', () => {
		const story = themeStory(dataset, 'climate')!;
		expect(story.events.map(({ event }) => event.id)).toEqual(['one', 'two']);
		expect(story.events[0]!.excerpts).toHaveLength(1);
		expect(story.events[1]!.excerpts).toHaveLength(2);
	});

	it('is undefined for an unknown theme', () => {
		expect(themeStory(dataset, 'nope')).toBeUndefined();
	});
});

describe('themesByFrequency', () => {
	it('sorts by how many events each theme has', () => {
		expect(themesByFrequency(dataset).map(({ theme, count }) => [theme.id, count])).toEqual([
			['climate', 2],
			['trade', 1]
		]);
	});
});
