// Events per theme and per voice, as the filter chips show them.
import { describe, expect, it } from 'vitest';
import { countEvents } from '../../src/lib/eventCounts';

describe('countEvents', () => {
	it('counts each event once under each of its themes and voices', () => {
		const counts = countEvents([
			{ themes: ['taiwan', 'climate'], voices: ['us-government'] },
			{ themes: ['taiwan'], voices: ['us-government', 'chinese-government'] },
			{ themes: [], voices: [] }
		]);
		expect(counts).toEqual({
			themes: { taiwan: 2, climate: 1 },
			voices: { 'us-government': 2, 'chinese-government': 1 }
		});
	});

	it('counts nothing in an empty dataset', () => {
		expect(countEvents([])).toEqual({ themes: {}, voices: {} });
	});
});
