// Looking events up by id: the same answers as a scan, from an index built once per list.
import { describe, expect, it } from 'vitest';
import { eventPosition, eventWithId } from '../../src/lib/eventIndex';
import type { TimelineEvent } from '../../src/lib/model';

const eventsOf = (...ids: string[]) => ids.map((id) => ({ id }) as TimelineEvent);

describe('eventIndex', () => {
	it('finds each event and its position, as a scan would', () => {
		const events = eventsOf('a', 'b', 'c');
		for (const [position, event] of events.entries()) {
			expect(eventWithId(events, event.id)).toBe(event);
			expect(eventPosition(events, event.id)).toBe(position);
		}
	});

	it('answers undefined and -1 for an unknown id', () => {
		const events = eventsOf('a');
		expect(eventWithId(events, 'z')).toBeUndefined();
		expect(eventPosition(events, 'z')).toBe(-1);
		expect(eventWithId(events, 'constructor')).toBeUndefined();
	});

	it('keeps one index per list, so another list is never answered from it', () => {
		const first = eventsOf('a', 'b');
		const second = eventsOf('b', 'a');
		expect(eventPosition(first, 'a')).toBe(0);
		expect(eventPosition(second, 'a')).toBe(1);
		expect(eventWithId(second, 'b')).toBe(second[0]);
	});
});
