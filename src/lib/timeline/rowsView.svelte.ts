// The vertical timeline's behaviour (rows.ts lays it out): its density, changed by the zoom buttons,
// the keys and a pinch, keeping the row under the reader's eye where it was on the screen; the rows
// in view as the page scrolls, and their dates; the one Tab stop and the keyboard model (keys.ts);
// and, for long records, the window of rows drawn. Browser only.
import { tick, untrack } from 'svelte';
import { timeToIsoDate } from './isoDate';
import { movedTo, timelineKeyAction } from './keys';
import { followPinch } from './pinch';
import {
	densityForRange,
	MAX_GAP,
	maxDensityFactor,
	openingDensity,
	rowAtOffset,
	rowThreads,
	rowWindow,
	ROW_WINDOW,
	timelineRows,
	windowStartFor,
	type Row,
	type RowThread,
	type RowWindow
} from './rows';
import { firstStartingAtOrAfter, positionInTrack, type Track } from './track';
import type { UncoveredStretch } from './uncovered';
import { DAY } from './zoom';

/** How much of the screen's height a range asked for (an address's dates) fills. */
const RANGE_SHARE = 0.6;

/** A time as the day it falls on (ISO). */
const isoDay = (time: number) => timeToIsoDate(Math.round(time / DAY) * DAY);

export interface RowsInputs {
	track: Track;
	domain: readonly [number, number];
	highlightThemes: readonly string[];
	/** The stretches no collected document covers (of all the events). */
	uncovered: readonly UncoveredStretch[];
	/** Each event's place among all the events, where a filter shows only some (rows.ts). */
	positions?: ReadonlyMap<string, number>;
}

export class RowsView {
	/** Density factor: 1 at the opening view, up to maxFactor. */
	factor = $state(1);
	/** The event the reader last moved to or opened: the Tab stop's home. */
	activeId = $state<string>();
	/** Positions (in the track) of the first and last rows on the screen; undefined while none is. */
	inView = $state<{ first: number; last: number }>();
	rows: Row[];
	/** The rows drawn: all of them, or a long record's window around the screen. */
	drawn: RowWindow;
	/** The dates of the rows on the screen (ISO), or of the whole range. */
	dates: { from: string; to: string };
	maxFactor: number;
	/** The highlighted themes' threads at each row. */
	threads: RowThread[][];
	tabStop: string | undefined;
	#inputs: () => RowsInputs;
	#list: HTMLElement | undefined;
	#windowStart = $state(0);
	/** Dates asked for (an address's): said to be on the screen until the reader scrolls or zooms. */
	#askedDates = $state<{ from: string; to: string; scrollY?: number }>();

	constructor(inputs: () => RowsInputs) {
		this.#inputs = inputs;
		this.maxFactor = $derived(maxDensityFactor(inputs().domain));
		this.threads = $derived(rowThreads(inputs().track, inputs().highlightThemes));
		this.rows = $derived(
			timelineRows(inputs().track, {
				pxPerDay: openingDensity(inputs().domain) * this.factor,
				maxGap: MAX_GAP,
				uncovered: inputs().uncovered,
				positions: inputs().positions
			})
		);
		this.drawn = $derived(rowWindow(this.rows, this.#windowStart));
		this.dates = $derived.by(() => {
			const { track, domain } = inputs();
			if (this.#askedDates) return { from: this.#askedDates.from, to: this.#askedDates.to };
			const view = this.inView;
			// Rows measured before a filter took some away are measured again (`follow`).
			if (!view || view.last >= track.entries.length)
				return { from: isoDay(domain[0]), to: isoDay(domain[1]) };
			return { from: isoDay(track.starts[view.first]!), to: isoDay(track.ends[view.last]!) };
		});
		this.tabStop = $derived.by(() => {
			const { track } = inputs();
			const { entries } = track;
			const active = positionInTrack(track, this.activeId);
			const { start, end } = this.drawn;
			const home = active >= start && active < end ? active : (this.inView?.first ?? start);
			return entries[Math.min(Math.max(home, start), end - 1)]?.id;
		});
	}

	/**
	 * Follows the page's scrolling, resizing and the reader's pinch on the rows (an attachment).
	 * Untracked: an attachment runs again whenever state it reads changes, and this one reads what
	 * it sets.
	 */
	attach = (node: HTMLElement) => untrack(() => this.#bind(node));

	#bind(node: HTMLElement) {
		this.#list = node;
		let frame = 0;
		const scrolled = () => (frame ||= requestAnimationFrame(() => ((frame = 0), this.measure())));
		window.addEventListener('scroll', scrolled, { passive: true });
		window.addEventListener('resize', scrolled, { passive: true });
		let pinch: { factor: number; anchor?: string } | undefined;
		const stopPinch = followPinch(node, {
			start: (x, y) => {
				const under = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-event-id]');
				pinch = { factor: this.factor, anchor: under?.dataset.eventId ?? this.#anchor() };
			},
			change: (scale) => pinch && void this.zoomTo(pinch.factor * scale, pinch.anchor)
		});
		this.measure();
		return () => {
			cancelAnimationFrame(frame);
			window.removeEventListener('scroll', scrolled);
			window.removeEventListener('resize', scrolled);
			stopPinch();
			this.#list = undefined;
		};
	}

	/** Measures again once the rows have changed (a filter, a density): an effect of the component. */
	follow = () => {
		void this.rows;
		void tick().then(() => this.measure());
	};

	/** Finds the rows on the screen, and moves a long record's window of drawn rows to them. */
	measure() {
		const list = this.#list;
		if (!list) return;
		const asked = this.#askedDates;
		if (asked?.scrollY !== undefined && Math.abs(window.scrollY - asked.scrollY) > 1)
			this.#askedDates = undefined;
		let first = -1;
		let last = -1;
		for (const element of list.querySelectorAll<HTMLElement>('[data-row]')) {
			const box = element.getBoundingClientRect();
			if (box.bottom <= 0) continue;
			if (box.top >= window.innerHeight) break;
			const index = Number(element.dataset.row);
			if (first < 0) first = index;
			last = index;
		}
		if (first >= 0 && (this.inView?.first !== first || this.inView.last !== last))
			this.inView = { first, last };
		// Not while a range asked for is being brought to the screen: the window is already its.
		const settling = asked && asked.scrollY === undefined;
		if (this.rows.length > ROW_WINDOW && !settling) void this.#moveWindow(list, first, last);
	}

	/**
	 * The zoom buttons: change the density by `factor` around the active event when it is on the
	 * screen, else the middle one. While the frame's top is on the screen, the buttons move with the
	 * page: the page then stays and the rows grow down from their top, so that a finger tapping +
	 * again finds the button where it was. (The keys and a pinch keep their row in its place.)
	 */
	zoomAroundFocus(factor: number) {
		const topShown = (this.#list?.getBoundingClientRect().top ?? -1) >= 0;
		return this.zoomTo(this.factor * factor, topShown ? null : this.#anchor());
	}

	/** Sets the density factor, keeping the `anchor` event's row where it is on the screen (`null`: the page stays). */
	async zoomTo(factor: number, anchor: string | null | undefined = this.#anchor()) {
		const next = Math.min(Math.max(factor, 1), this.maxFactor);
		if (Math.abs(next - this.factor) < 1e-9) return;
		this.#askedDates = undefined;
		await this.#keepInPlace(anchor, () => (this.factor = next));
	}

	/** Shows the dates from `from` to `to` (ms): dense enough to fill most of the screen, the first at the top. */
	async showRange(from: number, to: number) {
		const { track, domain } = this.#inputs();
		const index = Math.min(firstStartingAtOrAfter(track, from), track.entries.length - 1);
		if (index < 0) return;
		this.#askedDates = { from: isoDay(from), to: isoDay(to) };
		this.factor = densityForRange(domain, from, to, window.innerHeight * RANGE_SHARE);
		this.#windowStart = Math.max(0, index - ROW_WINDOW / 4);
		await tick();
		this.#row(track.entries[index]!.id)?.scrollIntoView({ block: 'start' });
		this.#askedDates = { ...this.#askedDates, scrollY: window.scrollY };
		this.measure();
	}

	keydown = (event: KeyboardEvent, id: string) => {
		const action = timelineKeyAction(event);
		if (!action) return;
		event.preventDefault();
		if ('zoom' in action) return void this.zoomTo(this.factor * action.zoom);
		const { track } = this.#inputs();
		const { entries } = track;
		const index = positionInTrack(track, id);
		const next = entries[movedTo(action.move, index, entries.length)];
		if (next) void this.focusEvent(next.id);
	};

	/** Moves focus to an event's row, drawing it first if it is outside a long record's window. */
	async focusEvent(id: string) {
		this.activeId = id;
		(await this.reveal(id))?.focus({ preventScroll: true });
	}

	/**
	 * Scrolls an event's row onto the screen (above a phone's open event sheet: rows.css), drawing
	 * it first if it is outside a long record's window; returns the row.
	 */
	async reveal(id: string): Promise<HTMLElement | null | undefined> {
		const index = positionInTrack(this.#inputs().track, id);
		const { start, end } = this.drawn;
		if (index < start || index >= end) {
			this.#windowStart = Math.max(0, index - ROW_WINDOW / 2);
			await tick();
		}
		const row = this.#row(id);
		row?.scrollIntoView({ block: 'nearest' });
		return row;
	}

	#row(id: string): HTMLElement | null | undefined {
		return this.#list?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
	}

	/** The event to zoom around: the active one when on the screen, else the middle one on it. */
	#anchor(): string | undefined {
		const { entries } = this.#inputs().track;
		const active = this.activeId && this.#row(this.activeId)?.getBoundingClientRect();
		if (active && active.bottom > 0 && active.top < window.innerHeight) return this.activeId;
		const view = this.inView;
		return view && entries[(view.first + view.last) >> 1]?.id;
	}

	/** Makes a change to the rows, then scrolls so that the `anchor` event's row is where it was. */
	async #keepInPlace(anchor: string | null | undefined, change: () => void) {
		const top = () => (anchor ? this.#row(anchor)?.getBoundingClientRect().top : undefined);
		const before = top();
		change();
		await tick();
		const after = top();
		if (before !== undefined && after !== undefined) window.scrollBy(0, after - before);
		this.measure();
	}

	/** Keeps a long record's window of drawn rows around the rows on the screen (-1: none is). */
	async #moveWindow(list: HTMLElement, first: number, last: number) {
		const next = windowStartFor(this.drawn, this.rows.length, first, last, () => {
			const box = list.getBoundingClientRect();
			if (box.bottom > 0 && box.top < window.innerHeight) return rowAtOffset(this.rows, -box.top);
		});
		if (next === undefined) return;
		// The estimate of the rows taken away or drawn is not their height: a row on the screen keeps its place.
		const anchor = first >= 0 ? this.#inputs().track.entries[first]?.id : undefined;
		const focused = list.contains(document.activeElement);
		await this.#keepInPlace(anchor, () => (this.#windowStart = next));
		// A focused row the reader scrolled away from has left the window: focus stays in the
		// timeline, on the row it would now take a Tab to reach, rather than fall to the page.
		if (focused && !list.contains(document.activeElement) && this.tabStop)
			this.#row(this.tabStop)?.focus({ preventScroll: true });
	}
}
