// The part of d3-selection that d3-zoom and d3-drag use, standing in for the whole: listeners by name, properties, styles, pointer positions.
import { describe, expect, it } from 'vitest';
import { pointer, select } from '../../src/lib/shims/zoomSelection';

function target() {
	const node = new EventTarget() as EventTarget & Record<string, unknown>;
	return node;
}

describe('select(node).on', () => {
	it('adds a named listener, calls it with the event and the datum, and reads it back', () => {
		const node = target();
		node.__data__ = 'datum';
		const calls: unknown[][] = [];
		const listener = function (this: unknown, event: Event, datum: unknown) {
			calls.push([this, event.type, datum]);
		};
		select(node).on('wheel.zoom', listener);
		node.dispatchEvent(new Event('wheel'));
		expect(calls).toEqual([[node, 'wheel', 'datum']]);
		expect(select(node).on('wheel.zoom')).toBe(listener);
		expect(select(node).on('wheel.other')).toBeUndefined();
	});

	it('replaces a listener of the same type and name instead of adding a second', () => {
		const node = target();
		let first = 0;
		let second = 0;
		select(node).on('dblclick.zoom', () => first++);
		select(node).on('dblclick.zoom', () => second++);
		node.dispatchEvent(new Event('dblclick'));
		expect([first, second]).toEqual([0, 1]);
	});

	it('registers several types at once and removes them by name, of every type with ".name"', () => {
		const node = target();
		let count = 0;
		select(node)
			.on('touchend.zoom touchcancel.zoom', () => count++)
			.on('mousedown.drag', () => count++);
		node.dispatchEvent(new Event('touchend'));
		node.dispatchEvent(new Event('touchcancel'));
		expect(count).toBe(2);
		select(node).on('.zoom', null);
		node.dispatchEvent(new Event('touchend'));
		node.dispatchEvent(new Event('mousedown'));
		expect(count).toBe(3);
		select(node).on('mousedown.drag', null);
		expect(node.__on).toBeUndefined();
	});
});

describe('select(node)', () => {
	it('sets a property from a function called on the node, and deletes it with null', () => {
		const node = target();
		select(node).property('__zoom', function (this: Record<string, unknown>) {
			return this.__zoom ?? 'identity';
		});
		expect(node.__zoom).toBe('identity');
		expect(select(node).property('__zoom')).toBe('identity');
		select(node).property('__zoom', null);
		expect('__zoom' in node).toBe(false);
	});

	it('filters, calls and interrupts like a d3 selection', () => {
		const node = target();
		const selection = select(node);
		expect(selection.filter(() => false).node()).toBeUndefined();
		expect(selection.filter(() => true).node()).toBe(node);
		expect(selection.interrupt()).toBe(selection);
		let called: unknown[] = [];
		selection.call((chosen, ...rest) => (called = [chosen, ...rest]), 1, 2);
		expect(called).toEqual([selection, 1, 2]);
	});

	it('sets and removes styles', () => {
		const properties = new Map<string, string>();
		const node = Object.assign(target(), {
			style: {
				setProperty: (name: string, value: string) => properties.set(name, value),
				removeProperty: (name: string) => properties.delete(name)
			}
		});
		select(node as never).style('touch-action', 'none');
		expect(properties.get('touch-action')).toBe('none');
		select(node as never).style('touch-action', null);
		expect(properties.has('touch-action')).toBe(false);
	});
});

describe('pointer', () => {
	it('is the event position inside the element, under its border', () => {
		const element = {
			getBoundingClientRect: () => ({ left: 100, top: 50 }),
			clientLeft: 1,
			clientTop: 1
		} as unknown as Element;
		const event = { clientX: 130, clientY: 70, pageX: 0, pageY: 0 };
		expect(pointer(event, element)).toEqual([29, 19]);
		// d3-zoom hands on its own events, whose sourceEvent is the browser's.
		expect(
			pointer({ sourceEvent: event, clientX: 0, clientY: 0, pageX: 0, pageY: 0 }, element)
		).toEqual([29, 19]);
	});
});
