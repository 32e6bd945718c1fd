// Related events read both ways.
import { describe, expect, it } from 'vitest';
import { relatedEvents } from '../../src/lib/relatedEvents';
import { loadDataset } from '../../src/lib/server/data/load';
import { fixtureDataset } from '../helpers/fixtureData';

const { root, dataDir } = fixtureDataset();
const { events } = loadDataset(dataDir, root).dataset!;

describe('relatedEvents', () => {
	it('reads a link forwards from the event that makes it', () => {
		expect(relatedEvents(events, 'two')).toEqual([
			{
				event: {
					id: 'one',
					title: 'First meeting',
					start: '2021-03-18',
					dateLabel: '18–19 March 2021'
				},
				label: 'follows up'
			}
		]);
	});

	it('reads it backwards from the event it points to', () => {
		expect(relatedEvents(events, 'one')).toEqual([
			{
				event: {
					id: 'two',
					title: 'Second meeting',
					start: '2021-03-25',
					dateLabel: '25 March 2021'
				},
				label: 'followed up by'
			}
		]);
	});

	it('gives nothing for an unknown event', () => {
		expect(relatedEvents(events, 'nope')).toEqual([]);
	});
});
