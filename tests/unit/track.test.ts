// A track's events around a view with none in it: what the timeline offers to move to.
import { describe, expect, it } from 'vitest';
import { eventsAroundEmptyView, positionInTrack, trackOf } from '../../src/lib/timeline/track';
import type { TimelineEntry } from '../../src/lib/model';

const DAY = 86_400_000;
const time = (date: string) => Date.parse(`${date}T00:00:00Z`);

function entry(id: string, start: string, end?: string): TimelineEntry {
	return {
		id,
		title: id,
		start,
		end,
		precision: 'day',
		kind: 'talks',
		themes: [],
		voices: [],
		dateWithOrigin: start,
		shortDateLabel: start
	};
}

const track = trackOf([
	entry('a', '2021-03-18', '2021-03-19'),
	entry('b', '2021-06-01', '2021-08-31'),
	entry('c', '2022-11-14')
]);

describe('eventsAroundEmptyView', () => {
	it('names the events before and after a view that holds none', () => {
		expect(eventsAroundEmptyView(track, time('2021-10-01'), time('2021-10-08'))).toEqual({
			before: 1,
			after: 2
		});
	});

	it('finds nothing to offer while an event starts, ends or runs through the view', () => {
		expect(eventsAroundEmptyView(track, time('2021-03-15'), time('2021-03-18'))).toBeUndefined();
		expect(eventsAroundEmptyView(track, time('2021-03-19'), time('2021-03-25'))).toBeUndefined();
		// b runs through July: it started before the view and ends after it.
		expect(eventsAroundEmptyView(track, time('2021-07-01'), time('2021-07-08'))).toBeUndefined();
		expect(
			eventsAroundEmptyView(track, time('2022-11-14'), time('2022-11-14') + DAY)
		).toBeUndefined();
	});

	it('has nothing before the first event or after the last', () => {
		expect(eventsAroundEmptyView(track, time('2021-01-01'), time('2021-01-08'))).toEqual({
			before: -1,
			after: 0
		});
		expect(eventsAroundEmptyView(track, time('2023-01-01'), time('2023-01-08'))).toEqual({
			before: 2,
			after: -1
		});
	});
});

describe('positionInTrack', () => {
	it('finds an event by its id, the first as well as the last, and -1 for none', () => {
		expect(['a', 'b', 'c'].map((id) => positionInTrack(track, id))).toEqual([0, 1, 2]);
		expect(positionInTrack(track, 'z')).toBe(-1);
		expect(positionInTrack(track, undefined)).toBe(-1);
	});

	it('keeps one index per track: a filtered track has its own positions', () => {
		const filtered = trackOf(track.entries.slice(1));
		expect(positionInTrack(filtered, 'c')).toBe(1);
		expect(positionInTrack(track, 'c')).toBe(2);
	});
});
