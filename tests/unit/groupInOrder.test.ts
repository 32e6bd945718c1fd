import { describe, expect, it } from 'vitest';
import { groupInOrder } from '../../src/lib/groupInOrder';
import { SIDES } from '../../src/lib/model';

const people = [
	{ name: 'Wang Yi', side: 'china' },
	{ name: 'Blinken', side: 'us' },
	{ name: 'Yang Jiechi', side: 'china' },
	{ name: 'Sullivan', side: 'us' }
] as const;

describe('groupInOrder', () => {
	it('puts the groups in the vocabulary’s order and keeps the items’ order inside each', () => {
		const groups = groupInOrder(SIDES, people, (person) => person.side);
		expect(groups.map((group) => group.key)).toEqual(['us', 'china']);
		expect(groups.find((group) => group.key === 'china')!.items.map((p) => p.name)).toEqual([
			'Wang Yi',
			'Yang Jiechi'
		]);
	});

	it('leaves out empty groups and items whose key is not in the order', () => {
		expect(groupInOrder(['a', 'b'] as const, ['b', 'c' as 'a'], (item) => item)).toEqual([
			{ key: 'b', items: ['b'] }
		]);
		expect(groupInOrder(['a'], [], (item: 'a') => item)).toEqual([]);
	});
});
