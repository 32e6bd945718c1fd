// Embed options: read leniently, defaults for anything odd, written back without the defaults.
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_EMBED,
	parseEmbedOptions,
	writeEmbedOptions
} from '../../src/lib/embed/embedOptions';

const existing = { events: new Set(['bali-summit']), themes: new Set(['taiwan', 'climate']) };
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
