// A swipe across the slides: a clear sideways move of a finger is the next or previous slide.
import { describe, expect, it } from 'vitest';
import { swipeMove } from '../../src/lib/present/swipe';

describe('swipeMove', () => {
	it('reads a swipe to the left as next and to the right as previous', () => {
		expect(swipeMove(-120, 10)).toBe('next');
		expect(swipeMove(120, -10)).toBe('previous');
	});
	it('ignores a short move, and one more up or down than sideways', () => {
		expect(swipeMove(-40, 0)).toBeUndefined();
		expect(swipeMove(-120, 100)).toBeUndefined();
	});
});
