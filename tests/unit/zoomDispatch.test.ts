// The part of d3-dispatch that d3-zoom uses, standing in for the whole: listeners by type and name, called in order.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/lib/shims/zoomDispatch';

describe('dispatch', () => {
	it('calls the listeners of a type with its receiver and arguments, in the order they were added', () => {
		const events = dispatch('start', 'zoom', 'end');
		const calls: unknown[][] = [];
		events.on('zoom', function (this: unknown, ...args: unknown[]) {
			calls.push(['plain', this, ...args]);
		});
		events.on('zoom.mine', function (this: unknown, ...args: unknown[]) {
			calls.push(['mine', this, ...args]);
		});
		events.call('zoom', 'that', 1, 2);
		events.call('start', 'that');
		expect(calls).toEqual([
			['plain', 'that', 1, 2],
			['mine', 'that', 1, 2]
		]);
	});

	it('reads a listener back by type and name, and replaces it by name, the new one going last', () => {
		const events = dispatch('zoom');
		const order: string[] = [];
		const first = () => order.push('first');
		expect(events.on('zoom.a', first)).toBe(events);
		events.on('zoom.b', () => order.push('b'));
		expect(events.on('zoom.a')).toBe(first);
		expect(events.on('zoom.c')).toBeUndefined();
		events.on('zoom.a', () => order.push('second'));
		events.call('zoom');
		expect(order).toEqual(['b', 'second']);
	});

	it('removes a name from one type, or from every type when no type is given', () => {
		const events = dispatch('start', 'end');
		let count = 0;
		events.on('start.x end.x', () => count++);
		events.on('start.x', null);
		events.call('start');
		events.call('end');
		expect(count).toBe(1);
		events.on('.x', null);
		events.call('end');
		expect(count).toBe(1);
	});

	it('runs the listeners there were when a call began, even if one of them changes them', () => {
		const events = dispatch('zoom');
		const order: string[] = [];
		events.on('zoom.a', () => {
			order.push('a');
			events.on('zoom.b', null);
		});
		events.on('zoom.b', () => order.push('b'));
		events.call('zoom');
		events.call('zoom');
		expect(order).toEqual(['a', 'b', 'a']);
	});

	it('refuses a type it was not made with, as d3-dispatch does', () => {
		const events = dispatch('zoom');
		expect(() => events.on('pan', () => {})).toThrow(/unknown type: pan/);
		expect(() => events.call('pan')).toThrow(/unknown type: pan/);
	});
});
