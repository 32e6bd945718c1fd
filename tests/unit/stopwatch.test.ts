import { describe, expect, it } from 'vitest';
import {
	elapsedMs,
	formatElapsed,
	parseStopwatch,
	resetStopwatch,
	startStopwatch,
	toggleStopwatch
} from '../../src/lib/present/stopwatch';

describe('the presenter stopwatch', () => {
	it('counts from its start, stops counting while paused and goes on from there', () => {
		let watch = startStopwatch(1_000);
		expect(elapsedMs(watch, 61_000)).toBe(60_000);
		watch = toggleStopwatch(watch, 61_000);
		expect(elapsedMs(watch, 500_000)).toBe(60_000);
		watch = toggleStopwatch(watch, 500_000);
		expect(elapsedMs(watch, 530_000)).toBe(90_000);
	});

	it('resets to nought, running or paused as it was', () => {
		const running = resetStopwatch(startStopwatch(0), 10_000);
		expect(elapsedMs(running, 15_000)).toBe(5_000);
		const paused = resetStopwatch(toggleStopwatch(startStopwatch(0), 10_000), 20_000);
		expect(elapsedMs(paused, 90_000)).toBe(0);
		expect(paused.since).toBeNull();
	});

	it('never runs backwards when the clock does', () => {
		expect(elapsedMs({ banked: 5_000, since: 10_000 }, 9_000)).toBe(5_000);
	});

	it.each([
		[0, '0:00'],
		[59_999, '0:59'],
		[425_000, '7:05'],
		[751_000, '12:31'],
		[3_729_000, '1:02:09'],
		[-5, '0:00']
	])('writes %i ms as %s', (ms, text) => {
		expect(formatElapsed(ms)).toBe(text);
	});

	it('reads back what it stored, and nothing else', () => {
		const watch = { banked: 12_000, since: 1_700_000_000_000 };
		expect(parseStopwatch(JSON.stringify(watch))).toEqual(watch);
		expect(parseStopwatch(JSON.stringify({ banked: 3, since: null }))).toEqual({
			banked: 3,
			since: null
		});
		for (const bad of [null, '', '{', '[]', '{"banked":-1,"since":null}', '{"banked":"1"}'])
			expect(parseStopwatch(bad), String(bad)).toBeUndefined();
	});
});
