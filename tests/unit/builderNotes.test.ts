// The embed builder's warnings of contradictory choices and a frame too low for a phone.
import { describe, expect, it } from 'vitest';
import {
	builderNotes,
	fixedHeight,
	PHONE_HEIGHT,
	wholeRange,
	type BuilderChoices
} from '../../src/lib/embed/builderNotes';

const events = [
	{
		id: 'bali',
		title: 'Bali',
		start: '2022-11-14',
		voices: ['chinese-government' as const],
		themes: ['leader-consensus']
	},
	{
		id: 'beijing',
		title: 'Beijing',
		start: '2023-06-18',
		end: '2023-06-19',
		voices: ['us-government' as const, 'media' as const],
		themes: ['taiwan', 'leader-consensus']
	}
];
const none: BuilderChoices = {
	from: '',
	to: '',
	event: '',
	voices: [],
	themes: [],
	height: 'auto',
	panel: 'inline'
};

describe('builderNotes', () => {
	it('says nothing of choices that agree', () => {
		expect(builderNotes(none, events)).toEqual({});
		expect(
			builderNotes(
				{
					...none,
					from: '2023-01-01',
					to: '2023-12-31',
					event: 'beijing',
					voices: ['media'],
					height: 600
				},
				events
			)
		).toEqual({});
	});

	it('warns of a reversed range and of half a range', () => {
		expect(builderNotes({ ...none, from: '2023-12-31', to: '2023-01-01' }, events).range).toMatch(
			/ends before it starts/
		);
		expect(builderNotes({ ...none, from: '2023-01-01' }, events).range).toMatch(/an end too/);
		// One day is a range, as the embed reads it.
		expect(builderNotes({ ...none, from: '2023-06-05', to: '2023-06-05' }, events).range).toBe(
			undefined
		);
		expect(builderNotes({ ...none, to: '2023-01-01' }, events).range).toMatch(/a start too/);
	});

	it('says the snippet leaves out a starting event outside the range or quoting none of the voices', () => {
		expect(
			builderNotes({ ...none, from: '2023-01-01', to: '2023-12-31', event: 'bali' }, events).event
		).toMatch(
			/“Bali” is outside the range, so the embed would not show it: the snippet leaves it out/
		);
		// An event that ends on the range's first day is in it.
		expect(
			builderNotes(
				{ ...none, from: '2023-06-19', to: '2023-12-31', event: 'beijing', height: 600 },
				events
			).event
		).toBeUndefined();
		expect(
			builderNotes({ ...none, event: 'beijing', voices: ['chinese-government'] }, events).event
		).toMatch(/“Beijing” quotes none of the voices chosen, so the embed would not show it/);
	});

	it('says a starting event opens a frame that fits its content several screens tall on a phone', () => {
		expect(builderNotes({ ...none, event: 'beijing' }, events).event).toMatch(
			/opens with “Beijing” and its details, which in a narrow column go under the timeline/
		);
		// Not where the frame's height is fixed, or the details open on the event's own page.
		expect(builderNotes({ ...none, event: 'beijing', height: 600 }, events).event).toBeUndefined();
		expect(
			builderNotes({ ...none, event: 'beijing', panel: 'page' }, events).event
		).toBeUndefined();
	});

	it('warns of a fixed height lower than a phone’s column needs', () => {
		expect(builderNotes({ ...none, height: PHONE_HEIGHT - 1 }, events).height).toMatch(
			/needs about 512 px; at 511 px/
		);
		expect(builderNotes({ ...none, height: PHONE_HEIGHT }, events).height).toBeUndefined();
	});

	it('says when a typed height is outside the bounds the snippet keeps it within', () => {
		expect([
			fixedHeight(5000),
			fixedHeight(100),
			fixedHeight(Number.NaN),
			fixedHeight(720)
		]).toEqual([3000, 200, 600, 720]);
		expect(builderNotes({ ...none, height: 3000, typedHeight: 5000 }, events).height).toBe(
			'A fixed height is from 200 to 3,000 px: the snippet has 3000 px, not 5000.'
		);
		// Too low as well for a phone: both said.
		expect(builderNotes({ ...none, height: 200, typedHeight: 100 }, events).height).toMatch(
			/^A fixed height is from 200 .* not 100\. In a phone's column the embed needs about 512 px; at 200 px/
		);
		for (const typedHeight of [720, Number.NaN])
			expect(
				builderNotes({ ...none, height: fixedHeight(typedHeight), typedHeight }, events).height
			).toBeUndefined();
	});

	it('gives the snippet a range with both ends in order, one day included, and none otherwise', () => {
		expect(wholeRange('2023-01-01', '2023-06-30')).toEqual({
			from: '2023-01-01',
			to: '2023-06-30'
		});
		expect(wholeRange('2023-01-01', '2023-01-01')).toEqual({
			from: '2023-01-01',
			to: '2023-01-01'
		});
		for (const [from, to] of [
			['2023-06-30', '2023-01-01'],
			['2023-01-01', ''],
			['', '2023-01-01']
		])
			expect(wholeRange(from!, to!)).toBeUndefined();
	});

	it('says when the themes chosen are on no event the embed shows', () => {
		// Taiwan is on Beijing (2023) only: a 2022 range highlights nothing.
		expect(
			builderNotes({ ...none, themes: ['taiwan'], from: '2022-01-01', to: '2022-12-31' }, events)
				.themes
		).toBe(
			'No event the embed shows has this theme in this range, so it would highlight nothing. Widen the range, or choose another theme.'
		);
		expect(
			builderNotes({ ...none, themes: ['taiwan'], voices: ['chinese-government'] }, events).themes
		).toMatch(/^No event the embed shows has this theme among those quoting the voices chosen,/);
		expect(builderNotes({ ...none, themes: ['taiwan'] }, events).themes).toBeUndefined();
		expect(
			builderNotes(
				{ ...none, themes: ['taiwan', 'leader-consensus'], from: '2022-01-01', to: '2022-12-31' },
				events
			).themes
		).toBeUndefined();
	});
});
