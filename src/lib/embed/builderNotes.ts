// What the embed builder warns of: choices that contradict each other, or a frame too low for a
// phone, each said beside its field rather than silently dropped or published.
import type { Voice } from '../model';
import { MAX_HEIGHT, MIN_HEIGHT } from './earlyOptions.js';
import { hiddenBy, type FilteredEvent, type PanelMode } from './embedOptions';

/** What the builder knows of an event to check a choice against. */
export interface BuilderEvent extends FilteredEvent {
	title: string;
	themes: readonly string[];
}

export interface BuilderChoices {
	from: string;
	to: string;
	event: string;
	voices: readonly Voice[];
	/** The themes highlighted, by id. */
	themes: readonly string[];
	/** A fixed height in px, or 'auto'. */
	height: number | 'auto';
	/** The fixed height as typed, which `height` keeps within MIN_HEIGHT and MAX_HEIGHT. */
	typedHeight?: number;
	/** Where an event's details open. */
	panel: PanelMode;
}

export interface BuilderNotes {
	themes?: string;
	range?: string;
	event?: string;
	height?: string;
}

/**
 * The height, px, that the narrowest column an embed takes (280 px; a 320 px phone's article
 * column, its margins taken, is 288) needs for the controls, which wrap to more rows there, the
 * timeline, the credit line and "Open full timeline" (measured: 512 px, where a 320 px column
 * needs 468); below it a phone's reader scrolls inside the frame.
 */
export const PHONE_HEIGHT = 512;

/**
 * The range the snippet carries: both ends, the first no later than the last (one day is that
 * day), as an address's range is read (urlState.ts); none otherwise.
 */
export function wholeRange(from: string, to: string): { from: string; to: string } | undefined {
	return from && to && from <= to ? { from, to } : undefined;
}

/** The builder's fixed height, px, before one is typed (and for an emptied field). */
export const FIRST_FIXED_HEIGHT = 600;

/** The fixed height a typed value gives: within the heights a frame may ask for. */
export function fixedHeight(typed: number): number {
	return Math.min(Math.max(typed || FIRST_FIXED_HEIGHT, MIN_HEIGHT), MAX_HEIGHT);
}

export function builderNotes(
	choices: BuilderChoices,
	events: readonly BuilderEvent[]
): BuilderNotes {
	const notes: BuilderNotes = {};
	const { from, to } = choices;
	const range = !!wholeRange(from, to);
	if (from && to && !range)
		notes.range = 'The range ends before it starts, so the snippet leaves it out.';
	else if (!!from !== !!to)
		notes.range = `Give the range ${from ? 'an end' : 'a start'} too: the snippet leaves out half a range.`;
	const event = events.find((candidate) => candidate.id === choices.event);
	const hidden =
		event && hiddenBy(event, { voices: choices.voices, ...(range ? { from, to } : {}) });
	if (event && hidden === 'range')
		notes.event = `“${event.title}” is outside the range, so the embed would not show it: the snippet leaves it out. Choose an event in the range, or widen it.`;
	else if (event && hidden === 'voices')
		notes.event = `“${event.title}” quotes none of the voices chosen, so the embed would not show it: the snippet leaves it out. Choose another event, or another voice.`;
	// Measured in an article's 320 px column: 2,625 px with Blinken's visit open, 524 px without.
	else if (event && choices.height === 'auto' && choices.panel === 'inline')
		notes.event = `The embed opens with “${event.title}” and its details, which in a narrow column go under the timeline: on a phone the frame is then several screens tall, and the article's text waits below it. Without a starting event it opens at its usual height.`;
	// Themes that no event the frame shows carries: it would highlight nothing, and read as broken.
	const shown = events.filter(
		(candidate) => !hiddenBy(candidate, { voices: choices.voices, ...(range ? { from, to } : {}) })
	);
	if (
		choices.themes.length > 0 &&
		!shown.some((candidate) => candidate.themes.some((theme) => choices.themes.includes(theme)))
	)
		notes.themes = `No event the embed shows ${choices.themes.length > 1 ? 'has these themes' : 'has this theme'}${range ? ' in this range' : ''}${choices.voices.length > 0 ? ' among those quoting the voices chosen' : ''}, so it would highlight nothing. Widen the range, or choose another theme.`;
	const { height, typedHeight } = choices;
	const heightNotes: string[] = [];
	if (height !== 'auto' && typedHeight && typedHeight !== height)
		heightNotes.push(
			`A fixed height is from ${MIN_HEIGHT} to ${MAX_HEIGHT.toLocaleString('en-US')} px: the snippet has ${height} px, not ${typedHeight}.`
		);
	if (height !== 'auto' && height < PHONE_HEIGHT)
		heightNotes.push(
			`In a phone's column the embed needs about ${PHONE_HEIGHT} px; at ${height} px its reader scrolls inside the frame there. “Fit the content” suits every width.`
		);
	if (heightNotes.length) notes.height = heightNotes.join(' ');
	return notes;
}
