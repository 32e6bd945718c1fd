// Presentation logic: slides, hashes and keys.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	actionForKey,
	actionForKeyPress,
	actionWhileBlank,
	overviewMove,
	DIGITS_FORGOTTEN_MS,
	slideMovedTo,
	type KeyPress
} from '../../src/lib/present/keys';
import { TypedDigits } from '../../src/lib/present/typedDigits.svelte';
import { addressWithScheme, schemeOf } from '../../src/lib/present/scheme';
import { buildSlides, missingTour, slideFromHash } from '../../src/lib/present/slides';
import { loadDataset } from '../../src/lib/server/data/load';
import { fixtureDataset } from '../helpers/fixtureData';

const { root, dataDir } = fixtureDataset();
const dataset = loadDataset(dataDir, root).dataset!;
const slides = buildSlides(dataset.events, dataset.site);

describe('missingTour', () => {
	const ids = (asked: string) => {
		const missing = missingTour(asked, dataset.themes);
		return missing && { asked: missing.asked, meant: missing.meant?.id };
	};

	it('says nothing when no tour is asked for, or the tour exists', () => {
		expect(ids('')).toBeUndefined();
		expect(ids('trade')).toBeUndefined();
	});

	it('names the theme a typo or a word of its name meant', () => {
		expect(ids('trdae')).toEqual({ asked: 'trdae', meant: 'trade' });
		expect(ids('Trade')).toEqual({ asked: 'Trade', meant: 'trade' });
		expect(ids('economy')).toEqual({ asked: 'economy', meant: 'trade' });
	});

	it('names none when nothing is close', () => {
		expect(ids('volcanoes')).toEqual({ asked: 'volcanoes', meant: undefined });
	});

	it('is told on the title slide', () => {
		const deck = buildSlides(dataset.events, dataset.site, undefined, missingTour('x', []));
		expect(deck[0]!.kind === 'title' && deck[0]!.missingTour).toEqual({
			asked: 'x',
			meant: undefined
		});
		expect(deck.length).toBe(slides.length);
	});
});

describe('buildSlides', () => {
	it('gives a title slide, one slide per event in order, and a closing slide', () => {
		expect(slides.map((slide) => slide.id)).toEqual(['start', 'one', 'two', 'end']);
	});

	it('shows each event’s first excerpt as its strongest', () => {
		const second = slides[2]!;
		expect(second.kind === 'event' && second.excerpt?.quote).toBe('They also discussed trade.');
	});

	it('makes a theme tour of that theme’s events with the excerpts that speak to it', () => {
		const trade = dataset.themes.find((theme) => theme.id === 'trade')!;
		const tour = buildSlides(dataset.events, dataset.site, trade);
		expect(tour.map((slide) => slide.id)).toEqual(['start', 'two', 'end']);
		expect(tour[0]!.kind === 'title' && tour[0]!.title).toBe('Economy and trade');
		expect(tour[1]!.kind === 'event' && tour[1]!.excerpt?.themes).toEqual(['trade']);
	});

	it('quotes a passage an earlier slide quoted only when the event has no other', () => {
		const [one, two] = dataset.events;
		const shared = one!.excerpts[0]!;
		const sharing = { ...two!, excerpts: [{ ...shared, id: 'two-shared' }, ...two!.excerpts] };
		const deck = buildSlides([one!, sharing], dataset.site);
		expect(deck[1]!.kind === 'event' && deck[1]!.excerpt?.quote).toBe(shared.quote);
		expect(deck[2]!.kind === 'event' && deck[2]!.excerpt?.quote).toBe(two!.excerpts[0]!.quote);
		expect(deck[2]).not.toHaveProperty('quotedOnSlide');
		const only = { ...two!, excerpts: [{ ...shared, id: 'two-shared' }] };
		const repeated = buildSlides([one!, only], dataset.site);
		// Shown again, the slide names the one it was first on.
		expect(repeated[2]).toMatchObject({ excerpt: { quote: shared.quote }, quotedOnSlide: 2 });
	});

	it('gives an event with no source excerpt a slide with no excerpt, not a made-up one', () => {
		const unsourced = { ...dataset.events[0]!, excerpts: [], unsourced: 'Imported.' };
		const [, slide] = buildSlides([unsourced], dataset.site);
		expect(slide).toMatchObject({ kind: 'event', id: 'one', excerpt: undefined });
	});
});

describe('slideFromHash', () => {
	it.each([
		['', 0],
		['#1', 0],
		['#3', 2],
		['#4', 3],
		['#5', 3],
		['#9999', 3],
		['#0', 0],
		['#two', 2],
		['#end', 3],
		['#nope', 0],
		['#%E0%A4%A', 0],
		['#<script>', 0],
		[`#${'9'.repeat(500)}`, 0]
	])('%s → slide %i', (hash, index) => {
		expect(slideFromHash(hash, slides)).toBe(index);
	});
});

/** A key pressed with the focus on an element that matches `focusedIn` (CSS selectors). */
function press(key: string, focusedIn: string[] = [], modifiers: Partial<KeyPress> = {}): KeyPress {
	const target = {
		closest: (selector: string) =>
			selector.split(',').some((one) => focusedIn.includes(one.trim())) ? target : null
	};
	return {
		key,
		altKey: false,
		ctrlKey: false,
		metaKey: false,
		shiftKey: false,
		target: target as unknown as EventTarget,
		...modifiers
	};
}

describe('actionForKeyPress', () => {
	it('leaves Enter and Space to a focused button, link or disclosure', () => {
		for (const focused of ['button', 'a', 'summary']) {
			expect(actionForKeyPress(press('Enter', [focused]), {})).toBeUndefined();
			expect(actionForKeyPress(press(' ', [focused]), {})).toBeUndefined();
			expect(actionForKeyPress(press('ArrowRight', [focused]), {})).toEqual({ type: 'next' });
		}
	});
	it('jumps with Enter on a button once digits wait for it', () => {
		expect(actionForKeyPress(press('Enter', ['button']), { pendingDigits: true })).toEqual({
			type: 'jump'
		});
	});
	it('leaves every key to a text field', () => {
		for (const field of ['input', 'textarea', 'select', '[contenteditable="true"]'])
			expect(actionForKeyPress(press('ArrowRight', [field]), {})).toBeUndefined();
	});
	it('reads keys pressed with no element focused, and their modifiers', () => {
		const onWindow = { ...press('Enter'), target: {} as EventTarget };
		expect(actionForKeyPress(onWindow, {})).toEqual({ type: 'next' });
		expect(actionForKeyPress(press(' ', [], { shiftKey: true }), {})).toEqual({
			type: 'previous'
		});
		expect(actionForKeyPress(press('ArrowRight', [], { altKey: true }), {})).toBeUndefined();
		expect(actionForKeyPress(press('Escape'), { overviewOpen: true })).toEqual({
			type: 'overview'
		});
	});
});

describe('slideMovedTo', () => {
	it('takes each move from a slide of a deck, and no other action', () => {
		expect(
			['next', 'previous', 'first', 'last'].map((type) => slideMovedTo(type as 'next', 3, 10))
		).toEqual([4, 2, 0, 9]);
		expect(slideMovedTo('blank', 3, 10)).toBeUndefined();
		expect(slideMovedTo('overview', 3, 10)).toBeUndefined();
	});
});

describe('TypedDigits', () => {
	afterEach(() => vi.useRealTimers());

	it('keeps the last four digits and gives the number once', () => {
		const digits = new TypedDigits();
		for (const digit of '12345') digits.type(digit);
		expect(digits.value).toBe('2345');
		expect(digits.take()).toBe(2345);
		expect(digits.value).toBe('');
		expect(digits.take()).toBe(0);
	});
	it('forgets digits that wait too long for their Enter, from the last one typed', () => {
		vi.useFakeTimers();
		const digits = new TypedDigits();
		digits.type('1');
		vi.advanceTimersByTime(DIGITS_FORGOTTEN_MS - 100);
		digits.type('2');
		vi.advanceTimersByTime(DIGITS_FORGOTTEN_MS - 100);
		expect(digits.value).toBe('12');
		vi.advanceTimersByTime(100);
		expect(digits.value).toBe('');
	});
});

describe('actionForKey', () => {
	it.each(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter'])('%j advances', (key) => {
		expect(actionForKey({ key })).toEqual({ type: 'next' });
	});
	it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])('%j goes back', (key) => {
		expect(actionForKey({ key })).toEqual({ type: 'previous' });
	});
	it('Shift+Space goes back, as it scrolls a page back', () => {
		expect(actionForKey({ key: ' ', shiftKey: true })).toEqual({ type: 'previous' });
		expect(actionForKey({ key: 'ArrowRight', shiftKey: true })).toEqual({ type: 'next' });
	});
	it.each([
		['Home', 'first'],
		['End', 'last'],
		['f', 'fullscreen'],
		['F', 'fullscreen'],
		['b', 'blank'],
		['.', 'blank'],
		['o', 'overview'],
		['?', 'help'],
		['s', 'notes'],
		['l', 'scheme'],
		['L', 'scheme']
	])('%j → %s', (key, type) => {
		expect(actionForKey({ key })?.type).toBe(type);
	});

	it('closes the overview with Escape, and opens nothing with it', () => {
		expect(actionForKey({ key: 'Escape', overviewOpen: true })?.type).toBe('overview');
		expect(actionForKey({ key: 'Escape' })).toBeUndefined();
	});
	it('collects digits, and Enter after digits jumps', () => {
		expect(actionForKey({ key: '7' })).toEqual({ type: 'digit', digit: '7' });
		expect(actionForKey({ key: 'Enter', pendingDigits: true })).toEqual({ type: 'jump' });
	});
	it('leaves keys alone in text fields and with modifiers', () => {
		expect(actionForKey({ key: 'ArrowRight', inTextField: true })).toBeUndefined();
		expect(actionForKey({ key: 'ArrowRight', ctrlKey: true })).toBeUndefined();
		expect(actionForKey({ key: 'f', metaKey: true })).toBeUndefined();
		expect(actionForKey({ key: 'x' })).toBeUndefined();
	});
});

describe('actionWhileBlank', () => {
	it.each(['ArrowRight', 'PageDown', ' ', 'ArrowLeft', 'PageUp', 'Home', 'End'])(
		'%j on a blanked screen only shows the slide again',
		(key) => {
			expect(actionWhileBlank(actionForKey({ key })!)).toEqual({ type: 'blank' });
		}
	);
	it('leaves the other keys as they are', () => {
		for (const key of ['b', 'f', '?', 's', 'l', 'o', '4'])
			expect(actionWhileBlank(actionForKey({ key })!)).toEqual(actionForKey({ key }));
		expect(actionWhileBlank({ type: 'jump' })).toEqual({ type: 'jump' });
	});
});

describe('overviewMove', () => {
	const key = (name: string, modifiers = {}) => ({ key: name, ...modifiers });

	it('moves by a card with the arrows and a clicker’s PageUp and PageDown, by a row up and down', () => {
		expect(overviewMove(key('ArrowRight'), 5, 20, 4)).toBe(6);
		expect(overviewMove(key('PageDown'), 5, 20, 4)).toBe(6);
		expect(overviewMove(key('ArrowLeft'), 5, 20, 4)).toBe(4);
		expect(overviewMove(key('PageUp'), 5, 20, 4)).toBe(4);
		expect(overviewMove(key('ArrowDown'), 5, 20, 4)).toBe(9);
		expect(overviewMove(key('ArrowUp'), 5, 20, 4)).toBe(1);
	});

	it('stops at the first and last slide, and Home and End go there', () => {
		expect(overviewMove(key('ArrowUp'), 2, 20, 4)).toBe(0);
		expect(overviewMove(key('ArrowDown'), 18, 20, 4)).toBe(19);
		expect(overviewMove(key('PageDown'), 19, 20, 4)).toBe(19);
		expect(overviewMove(key('Home'), 7, 20, 4)).toBe(0);
		expect(overviewMove(key('End'), 7, 20, 4)).toBe(19);
	});

	it('leaves other keys, and keys with a modifier, to the page', () => {
		expect(overviewMove(key('Enter'), 5, 20, 4)).toBeUndefined();
		expect(overviewMove(key('x'), 5, 20, 4)).toBeUndefined();
		expect(overviewMove(key('ArrowRight', { altKey: true }), 5, 20, 4)).toBeUndefined();
		expect(overviewMove(key('ArrowRight'), 0, 0, 4)).toBeUndefined();
	});
});

describe('addressWithScheme', () => {
	it.each([
		['https://x.org/present#4', 'light', '/present?scheme=light#4'],
		['https://x.org/present?theme=climate#4', 'light', '/present?theme=climate&scheme=light#4'],
		['https://x.org/present?theme=climate&scheme=light#4', 'dark', '/present?theme=climate#4'],
		['https://x.org/sub/present?scheme=light', 'dark', '/sub/present']
	] as const)('%s, %s → %s', (href, scheme, address) => {
		expect(addressWithScheme(href, scheme)).toBe(address);
	});
	it('reads the scheme back from the address', () => {
		for (const scheme of ['light', 'dark'] as const)
			expect(
				schemeOf(
					new URL(`https://x.org${addressWithScheme('https://x.org/p', scheme)}`).searchParams
				)
			).toBe(scheme);
	});
});
