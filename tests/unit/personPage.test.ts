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

	it('does not count as met the two sides of a meeting that was refused', () => {
		// The defence chiefs' one event together is China's refusal to let them meet.
		expect(personPage(dataset, 'lloyd-austin')!.met).toEqual([]);
		expect(personPage(dataset, 'li-shangfu')!.met).toEqual([]);
		expect(personPage(dataset, 'lloyd-austin')!.events.map((event) => event.id)).toEqual([
			'defence-chiefs-meeting-refused'
		]);
	});

	it('groups what a person said, quoted or reported, by event, each excerpt once', () => {
		for (const person of dataset.people) {
			const page = personPage(dataset, person.id)!;
			const events = page.quoted.map(({ event }) => event.id);
			expect(new Set(events).size, person.name).toBe(events.length);
			const spoken = dataset.events.flatMap((event) =>
				event.excerpts.filter(
					(excerpt) => excerpt.speaker === person.name || excerpt.paraphraseOf?.name === person.name
				)
			);
			expect(page.quoted.flatMap(({ excerpts }) => excerpts)).toEqual(spoken);
		}
		expect(personPage(dataset, 'qin-gang')!.quoted.map(({ excerpts }) => excerpts.length)).toEqual([
			3
		]);
		// The digest's account of his interview, a paraphrase of him.
		const [reported] = personPage(dataset, 'jin-canrong')!.quoted.flatMap(
			({ excerpts }) => excerpts
		);
		expect(reported).toMatchObject({ voice: 'media', paraphraseOf: { name: 'Jin Canrong' } });
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

	it('says it to the month where a list has no room for days', () => {
		const minister = { title: 'Minister', from: '2022-12-30', to: '2023-07-25' };
		expect(rolePeriod(minister, 'month')).toBe('December 2022 – July 2023');
		expect(rolePeriod({ ...minister, from: '2023-03-12' }, 'month')).toBe('March – July 2023');
		expect(rolePeriod({ title: 'Minister', from: '2021-01-26' }, 'month')).toBe(
			'from January 2021'
		);
	});
});
