// Work derived from a dataset is done once per dataset object, and again for another one.
import { expect, it } from 'vitest';
import { builtOnce } from '../../src/lib/builtOnce';

it('builds once per object and returns the same result after', () => {
	let builds = 0;
	const size = builtOnce((list: number[]) => {
		builds++;
		return { length: list.length };
	});
	const first = [1, 2, 3];
	const second = [4];
	expect(size(first)).toBe(size(first));
	expect(size(first)).toEqual({ length: 3 });
	expect(size(second)).toEqual({ length: 1 });
	expect(builds).toBe(2);
});

it('remembers a result that is undefined instead of building it again', () => {
	let builds = 0;
	const nothing = builtOnce(() => {
		builds++;
		return undefined;
	});
	const key = {};
	nothing(key);
	nothing(key);
	expect(builds).toBe(1);
});
