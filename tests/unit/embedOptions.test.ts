// Embed options: read leniently, defaults for anything odd, written back without the defaults.
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_EMBED,
	hiddenBy,
	parseEmbedOptions,
	withoutHiddenEvent,
	writeEmbedOptions
} from '../../src/lib/embed/embedOptions';

const existing = {
	events: new Set(['bali-summit']),
	themes: new Set(['taiwan', 'climate']),
	voices: new Set(['chinese-government', 'us-government', 'media', 'analyst'])
};
const parse = (query: string) => parseEmbedOptions(new URLSearchParams(query), existing);
const defaults = {
	event: undefined,
	themes: [],
	voices: [],
	from: undefined,
	to: undefined,
	...DEFAULT_EMBED
};

describe('parseEmbedOptions', () => {
	it('reads every option', () => {
		expect(
			parse(
				'event=bali-summit&themes=taiwan&voices=us-government&from=2022-01-01&to=2023-01-01&height=480&scheme=dark&controls=hide&panel=page'
			)
		).toEqual({
			event: 'bali-summit',
			themes: ['taiwan'],
			voices: ['us-government'],
			from: '2022-01-01',
			to: '2023-01-01',
			height: 480,
			scheme: 'dark',
			controls: false,
			panel: 'page'
		});
	});

	it.each([
		['nothing', ''],
		['a height that is not a number', 'height=tall'],
		['a negative height', 'height=-5'],
		['a tiny height', 'height=20'],
		['a huge height', 'height=99999'],
		['a fractional height', 'height=400.5'],
		['an unknown scheme', 'scheme=sepia'],
		['an unknown controls value', 'controls=maybe'],
		['an unknown panel', 'panel=popup'],
		['unknown options', 'colour=red&autoplay=1'],
		['injection attempts', 'scheme=%3Cscript%3E&panel=javascript:alert(1)&height=1e3']
	])('gives the defaults for %s', (_name, query) => {
		expect(parse(query)).toEqual(defaults);
	});

	it('accepts the usual spellings of yes and no for controls', () => {
		for (const yes of ['1', 'true', 'show', 'ON'])
			expect(parse(`controls=${yes}`).controls).toBe(true);
		for (const no of ['0', 'false', 'hide', 'Off'])
			expect(parse(`controls=${no}`).controls).toBe(false);
	});
});

describe('writeEmbedOptions', () => {
	it('leaves out defaults', () => {
		expect(writeEmbedOptions(defaults)).toBe('');
	});

	it('round-trips through parseEmbedOptions', () => {
		const options = {
			...defaults,
			event: 'bali-summit',
			themes: ['climate', 'taiwan'],
			voices: ['analyst' as const],
			height: 640,
			scheme: 'auto' as const,
			controls: false,
			panel: 'page' as const
		};
		expect(parse(writeEmbedOptions(options))).toEqual(options);
	});
});

describe('a starting event the frame’s own voices or range hide', () => {
	const beijing = {
		id: 'beijing',
		start: '2023-06-18',
		end: '2023-06-19',
		voices: ['us-government' as const, 'media' as const]
	};
	const view = { themes: [], voices: [] };

	it.each([
		['no voices or range', {}, undefined],
		['a voice it quotes', { voices: ['media' as const] }, undefined],
		['only voices it does not quote', { voices: ['chinese-government' as const] }, 'voices'],
		['a range ending before it', { from: '2023-01-01', to: '2023-06-17' }, 'range'],
		['a range starting after it', { from: '2023-06-20', to: '2023-12-31' }, 'range'],
		['a range ending on its first day', { from: '2023-01-01', to: '2023-06-18' }, undefined],
		['a range starting on its last day', { from: '2023-06-19', to: '2023-12-31' }, undefined]
	] as const)('with %s: hidden by %s', (_name, choices, hidden) => {
		expect(hiddenBy(beijing, { ...view, ...choices })).toBe(hidden);
	});

	it('is left out of the options, which keep their voices and range', () => {
		const options = {
			...defaults,
			event: 'beijing',
			voices: ['chinese-government' as const],
			from: '2023-01-01',
			to: '2023-12-31'
		};
		expect(withoutHiddenEvent(options, [beijing])).toEqual({ ...options, event: undefined });
		const shown = { ...options, voices: ['media' as const] };
		expect(withoutHiddenEvent(shown, [beijing])).toEqual(shown);
	});
});
