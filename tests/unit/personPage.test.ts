// A person's page: whom they met across the table, and when they held each role, in words.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/server/data/load';
import { personPage, rolePeriod } from '../../src/lib/server/pages/personPage';

const dataset = loadDataset('data').dataset!;

describe('personPage', () => {
	it('lists as met only the other sides’ people, not their own delegation', () => {
		for (const person of dataset.people) {
			const page = personPage(dataset, person.id)!;
			const sides = new Map(dataset.people.map((other) => [other.id, other.side]));
			for (const met of page.met)
				expect(sides.get(met.id), `${person.name} met ${met.name}`).not.toBe(person.side);
		}
		const blinken = personPage(dataset, 'antony-blinken')!;
		expect(blinken.met.map((met) => met.name)).toContain('Wang Yi');
		expect(blinken.met.map((met) => met.name)).not.toContain('Jake Sullivan');
	});
});

describe('rolePeriod', () => {
	it('says when a role was held in the site’s words for dates', () => {
		expect(rolePeriod({ title: 'Minister', from: '2021-01-26', to: '2023-07-25' })).toBe(
			'26 January 2021 – 25 July 2023'
		);
		expect(rolePeriod({ title: 'Minister', from: '2021-01-26' })).toBe('from 26 January 2021');
		expect(rolePeriod({ title: 'Minister', to: '2023-01-07' })).toBe('until 7 January 2023');
		expect(rolePeriod({ title: 'Minister' })).toBeUndefined();
	});
});
