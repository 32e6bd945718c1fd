// The two helpers of d3-drag that d3-zoom uses: no image drag or text selection while panning, and
// no click at the end of a pan.
import { describe, expect, it, vi } from 'vitest';
import { dragDisable, dragEnable } from '../../src/lib/shims/zoomDrag';

function fakeWindow() {
	return new EventTarget() as unknown as Window;
}

const cancelled = (view: Window, type: string) => {
	const event = new Event(type, { cancelable: true });
	view.dispatchEvent(event);
	return event.defaultPrevented;
};

describe('dragDisable and dragEnable', () => {
	it('stop image dragging and text selection while a pan lasts, and allow them after', () => {
		const view = fakeWindow();
		dragDisable(view);
		expect(cancelled(view, 'dragstart')).toBe(true);
		expect(cancelled(view, 'selectstart')).toBe(true);
		dragEnable(view);
		expect(cancelled(view, 'dragstart')).toBe(false);
		expect(cancelled(view, 'selectstart')).toBe(false);
		expect(cancelled(view, 'click')).toBe(false);
	});

	it('swallow the click that ends a pan, and only that one', () => {
		vi.useFakeTimers();
		const view = fakeWindow();
		dragDisable(view);
		dragEnable(view, true);
		expect(cancelled(view, 'click')).toBe(true);
		vi.runAllTimers();
		expect(cancelled(view, 'click')).toBe(false);
		vi.useRealTimers();
	});
});
