// A cluster's badge fits its circle at any count.
import { describe, expect, it } from 'vitest';
import { clusterBadge } from '../../src/lib/timeline/clusterBadge';

describe('clusterBadge', () => {
	it.each([
		[2, '2'],
		[999, '999'],
		[1000, '1k'],
		[1052, '1k'],
		[9999, '9k'],
		[12_345, '12k']
	])('shows %d as %s', (count, badge) => {
		expect(clusterBadge(count)).toBe(badge);
	});

	it('needs at most three characters below a hundred thousand events', () => {
		for (let count = 2; count < 100_000; count += 97)
			expect(clusterBadge(count).length).toBeLessThanOrEqual(3);
	});
});
