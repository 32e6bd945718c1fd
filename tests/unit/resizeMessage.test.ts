// The resize message as a host reads it: the builder's preview by the rules of static/embed-resize.js.
import { describe, expect, it } from 'vitest';
import { frameHeightFrom } from '../../src/lib/embed/reportHeight';

describe('frameHeightFrom', () => {
	it('takes the height of a resize message, whole pixels, and at least 150', () => {
		expect(frameHeightFrom({ type: 'timeline:resize', height: 549 })).toBe(549);
		expect(frameHeightFrom({ type: 'timeline:resize', height: 548.6 })).toBe(549);
		expect(frameHeightFrom({ type: 'timeline:resize', height: 40 })).toBe(150);
		expect(frameHeightFrom({ type: 'timeline:resize', height: 30000 })).toBe(30000);
	});

	it.each([
		['nothing', undefined],
		['a string', 'timeline:resize'],
		['another type', { type: 'resize', height: 500 }],
		['a height as text', { type: 'timeline:resize', height: '500' }],
		['no height', { type: 'timeline:resize' }],
		['a field more', { type: 'timeline:resize', height: 500, url: 'https://example.org' }],
		['a zero height', { type: 'timeline:resize', height: 0 }],
		['an infinite height', { type: 'timeline:resize', height: Infinity }],
		['a height past 30,000 px', { type: 'timeline:resize', height: 30001 }]
	])('asks for nothing with %s', (_name, data) => {
		expect(frameHeightFrom(data)).toBeUndefined();
	});
});
