// The keyboard model both layouts of the timeline share.
import { describe, expect, it } from 'vitest';
import { isPlainClick, movedTo, timelineKeyAction, ZOOM_STEP } from '../../src/lib/timeline/keys';

const press = (
	key: string,
	modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}
) => timelineKeyAction({ key, altKey: false, ctrlKey: false, metaKey: false, ...modifiers });

describe('timelineKeyAction', () => {
	it('moves through time with the arrows of either layout, Home and End', () => {
		expect([press('ArrowRight'), press('ArrowDown')]).toEqual([{ move: 1 }, { move: 1 }]);
		expect([press('ArrowLeft'), press('ArrowUp')]).toEqual([{ move: -1 }, { move: -1 }]);
		expect([press('Home'), press('End')]).toEqual([{ move: 'first' }, { move: 'last' }]);
	});

	it('zooms with plus and minus, with or without Shift', () => {
		expect([press('+'), press('=')]).toEqual([{ zoom: ZOOM_STEP }, { zoom: ZOOM_STEP }]);
		expect([press('-'), press('_')]).toEqual([{ zoom: 1 / ZOOM_STEP }, { zoom: 1 / ZOOM_STEP }]);
	});

	it('leaves other keys and browser shortcuts alone', () => {
		expect(press('a')).toBeUndefined();
		expect(press('Enter')).toBeUndefined();
		expect(press('+', { ctrlKey: true })).toBeUndefined();
		expect(press('ArrowLeft', { altKey: true })).toBeUndefined();
	});
});

describe('movedTo', () => {
	it('stays within the events', () => {
		expect(movedTo(1, 4, 5)).toBe(4);
		expect(movedTo(-1, 0, 5)).toBe(0);
		expect(movedTo('first', 3, 5)).toBe(0);
		expect(movedTo('last', 0, 5)).toBe(4);
		expect(movedTo(1, 2, 5)).toBe(3);
	});
});

describe('isPlainClick', () => {
	const plain = { button: 0, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false };

	it('takes a plain primary click for the timeline', () => {
		expect(isPlainClick(plain)).toBe(true);
	});

	it('leaves a middle click and any modified click to the browser', () => {
		expect(isPlainClick({ ...plain, button: 1 })).toBe(false);
		for (const key of ['altKey', 'ctrlKey', 'metaKey', 'shiftKey'] as const)
			expect(isPlainClick({ ...plain, [key]: true })).toBe(false);
	});
});
