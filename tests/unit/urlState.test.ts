// URL view state: round trips, and garbage of every kind falling back to the default view.
import { describe, expect, it } from 'vitest';
import { existingIds, parseViewState, writeViewState } from '../../src/lib/timeline/urlState';

const existing = {
	events: new Set(['anchorage-dialogue', 'bali-summit']),
	themes: new Set(['taiwan', 'climate']),
	voices: new Set(['chinese-government', 'us-government', 'media'])
};
const parse = (query: string) => parseViewState(new URLSearchParams(query), existing);

describe('parseViewState', () => {
	it('reads a full view', () => {
		expect(
			parse(
				'event=bali-summit&themes=taiwan,climate&voices=chinese-government&from=2021-03-01&to=2021-04-01'
			)
		).toEqual({
			event: 'bali-summit',
			themes: ['taiwan', 'climate'],
			voices: ['chinese-government'],
			from: '2021-03-01',
			to: '2021-04-01'
		});
	});

	it('reads a range of one day, which a phone writes when one row fills its screen', () => {
		expect(parse('from=2022-11-14&to=2022-11-14')).toMatchObject({
			from: '2022-11-14',
			to: '2022-11-14'
		});
	});

	it('gives the default view for an empty query', () => {
		expect(parse('')).toEqual({
			event: undefined,
			themes: [],
			voices: [],
			from: undefined,
			to: undefined
		});
	});

	it.each([
		['unknown event', 'event=nope', {}],
		['event with injection', 'event=%3Cscript%3Ealert(1)%3C/script%3E', {}],
		['unknown and duplicate themes', 'themes=taiwan,,nope,taiwan', { themes: ['taiwan'] }],
		['malformed date, and the half range it leaves', 'from=2021-3-1&to=2021-04-01', {}],
		['half a range', 'from=2022-01-01', {}],
		['impossible date', 'from=2023-02-29', {}],
		['reversed range', 'from=2022-01-01&to=2021-01-01', {}],
		['overlong value', `event=${'a'.repeat(5000)}`, {}],
		['unicode', 'themes=%F0%9F%92%A5,climate&event=bali%E2%80%AEsummit', { themes: ['climate'] }],
		[
			'unknown voices, and one no event quotes, but reads one mis-cased',
			'voices=US-Government,nobody,media,media,analyst',
			{ voices: ['us-government', 'media'] }
		],
		[
			'nothing of a list repeated, nor of a theme mis-cased',
			'themes=Taiwan&themes=climate,taiwan',
			{ themes: ['taiwan', 'climate'] }
		],
		['javascript url', 'event=javascript:alert(1)', {}]
	])('ignores %s', (_name, query, expected) => {
		expect(parse(query)).toEqual({
			event: undefined,
			themes: [],
			voices: [],
			from: undefined,
			to: undefined,
			...expected
		});
	});

	it('never throws on random input', () => {
		let seed = 42;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		const alphabet = 'abc-=&,%0123456789<>"\'\u202e😀 ';
		for (let run = 0; run < 500; run++) {
			const query = Array.from(
				{ length: Math.floor(random() * 60) },
				() => alphabet[Math.floor(random() * alphabet.length)]
			).join('');
			expect(() => parse(query)).not.toThrow();
		}
	});
});

describe('writeViewState', () => {
	it('round-trips through parseViewState', () => {
		const state = {
			event: 'anchorage-dialogue',
			themes: ['climate'],
			voices: ['us-government' as const, 'chinese-government' as const],
			from: '2021-03-01',
			to: '2021-03-31'
		};
		expect(parse(writeViewState(state).toString())).toEqual(state);
	});

	it('omits what is not set and keeps unrelated parameters', () => {
		const params = writeViewState(
			{ themes: [], voices: [] },
			new URLSearchParams('utm=x&event=old&voices=media')
		);
		expect(params.toString()).toBe('utm=x');
	});
});

describe('existingIds', () => {
	it('knows the events and themes it was given, and nothing else', () => {
		const ids = existingIds(
			[
				{ id: 'bali-summit', voices: ['media'] },
				{ id: 'bangkok-talks', voices: [] }
			],
			[{ id: 'taiwan' }]
		);
		expect(ids.events.has('bangkok-talks')).toBe(true);
		expect(ids.events.has('bangkok')).toBe(false);
		expect([...ids.themes]).toEqual(['taiwan']);
		expect(ids.voices.has('media')).toBe(true);
		expect(ids.voices.has('analyst')).toBe(false);
	});

	it('reads the events when first asked, so later additions are not seen', () => {
		const events = [{ id: 'bali-summit', voices: [] }];
		const ids = existingIds(events, []);
		events.push({ id: 'late-arrival', voices: [] });
		expect(ids.events.has('late-arrival')).toBe(true);
		events.push({ id: 'later-still', voices: [] });
		expect(ids.events.has('later-still')).toBe(false);
	});
});
