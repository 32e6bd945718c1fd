// Whose gesture one finger's move is: the page's up and down, the timeline's sideways.
import { describe, expect, it } from 'vitest';
import { SWIPE_SLOP, swipeOwner } from '../../src/lib/timeline/verticalSwipe';

describe('swipeOwner', () => {
	it('waits until the finger has moved the slop', () => {
		expect(swipeOwner(0, 0)).toBeUndefined();
		expect(swipeOwner(SWIPE_SLOP - 1, -(SWIPE_SLOP - 1))).toBeUndefined();
	});

	it('gives a move mostly up or down to the page, and one mostly sideways to the timeline', () => {
		expect(swipeOwner(2, -SWIPE_SLOP)).toBe('page');
		expect(swipeOwner(-5, 30)).toBe('page');
		expect(swipeOwner(SWIPE_SLOP, 3)).toBe('timeline');
		expect(swipeOwner(-40, 39)).toBe('timeline');
	});
});
