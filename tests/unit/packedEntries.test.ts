// The packed form of the timeline's entries, as /data/entries.json carries them for large datasets.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/server/data/load';
import { packEntries, unpackEntries } from '../../src/lib/packedEntries';
import { toTimelineEntries } from '../../src/lib/timelineEntries';
import type { TimelineEntry } from '../../src/lib/model';

const roundTrip = (entries: TimelineEntry[]) =>
	unpackEntries(JSON.parse(JSON.stringify(packEntries(entries))));

describe('packed entries', () => {
	it.each(['data', 'tests/fixtures/data/hostile', 'tests/fixtures/data/minimal'])(
		'come back as they went, through JSON, for %s',
		(directory) => {
			const entries = toTimelineEntries(loadDataset(directory).dataset!.events);
			expect(entries.length).toBeGreaterThan(0);
			expect(roundTrip(entries)).toStrictEqual(entries);
		}
	);

	it('keep an event without an end date without one, and one with an end date with it', () => {
		const base = {
			title: 'T',
			precision: 'day',
			kind: 'call',
			themes: [],
			voices: [],
			dateWithOrigin: 'x',
			shortDateLabel: 'x'
		} as const;
		const entries: TimelineEntry[] = [
			{ ...base, id: 'a', start: '2021-03-18', themes: [], voices: [] },
			{ ...base, id: 'b', start: '2021-03-18', end: '2021-03-19', themes: [], voices: [] }
		];
		const [a, b] = roundTrip(entries);
		expect(a).not.toHaveProperty('end');
		expect(b!.end).toBe('2021-03-19');
	});

	it('write each repeated value once, and are smaller than the entries as objects', () => {
		const entries: TimelineEntry[] = Array.from({ length: 500 }, (_, index) => ({
			id: `event-${index}`,
			title: `Meeting ${index}`,
			start: `2021-03-${String(1 + (index % 28)).padStart(2, '0')}`,
			precision: 'day',
			kind: index % 2 ? 'call' : 'summit',
			themes: index % 3 ? ['taiwan'] : ['taiwan', 'climate'],
			voices: ['media'],
			dateWithOrigin: `${1 + (index % 28)} March 2021`,
			shortDateLabel: `${1 + (index % 28)} Mar 2021`
		}));
		const packed = packEntries(entries);
		expect(new Set(packed.values).size).toBe(packed.values.length);
		// 28 dates, 28 labels, 28 short labels, 1 precision, 2 kinds.
		expect(packed.values).toHaveLength(28 * 3 + 1 + 2);
		expect(packed.lists).toEqual([['taiwan', 'climate'], ['taiwan'], ['media']]);
		expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(entries).length / 2);
		expect(roundTrip(entries)).toStrictEqual(entries);
	});
});
