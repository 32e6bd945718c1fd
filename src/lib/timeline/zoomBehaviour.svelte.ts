// The zoom behaviour of a timeline's frame: d3-zoom bound to it, the view as a value, animated moves,
// double-click and double-tap, and the frame's size. Browser only; the maths is in zoom.ts.
import { untrack } from 'svelte';
import { pointer, select } from 'd3-selection';
import { zoom as d3Zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import {
	constrain,
	IDENTITY,
	maxZoom,
	wheelZoom,
	zoomBy,
	type ZoomExtent,
	type ZoomState
} from './zoom';
import { DEFAULT_TEXT_SIZE, pageTextSize } from './layoutWidths';

/** How long an animated zoom takes, ms. */
const DURATION = 350;
/**
 * A wheel turned within this long of the page's last scroll goes on scrolling the page, though the
 * frame has come under the pointer: a reader scrolling past the timeline is not caught by it.
 */
const SCROLLING_MS = 400;
/** How long the hint to zoom with Ctrl or ⌘ stays after a plain wheel over a framed timeline, ms. */
const WHEEL_HINT_MS = 1500;

function toTransform(state: ZoomState): ZoomTransform {
	return zoomIdentity.translate(state.x, 0).scale(state.k);
}

function prefersReducedMotion(): boolean {
	return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export class ZoomBehaviour {
	/** The current view, in px of the frame's width. */
	view = $state.raw<ZoomState>(IDENTITY);
	/** The frame's size, px (0 until it is attached). */
	width = $state(0);
	height = $state(0);
	/**
	 * The page's root font size, px (the reader's text size), when the frame was last measured: set
	 * before the size, whose change the drawing follows.
	 */
	textSize = DEFAULT_TEXT_SIZE;

	/** Where a running animation is heading, so repeated zoom keys add up instead of restarting. */
	#target: ZoomState | undefined;
	#stopAnimation: (() => void) | undefined;
	#node: HTMLElement | undefined;
	#behavior: ZoomBehavior<HTMLElement, unknown> | undefined;
	#domain: () => readonly [number, number];
	#minSpan: number;

	/** `domain` is read whenever an extent is needed, so it may change (a dataset that loads later). */
	constructor(domain: () => readonly [number, number], minSpan: number) {
		this.#domain = domain;
		this.#minSpan = minSpan;
	}

	get extent(): ZoomExtent {
		return { domain: this.#domain(), width: Math.max(this.width, 1), minSpan: this.#minSpan };
	}

	/** The view a running animation ends at, or the current one. */
	get settled(): ZoomState {
		return this.#target ?? this.view;
	}

	/** Moves the view to `state`, animated unless the reader prefers reduced motion. */
	moveTo(state: ZoomState, animate = true) {
		const node = this.#node;
		const behavior = this.#behavior;
		if (!node || !behavior) return;
		const apply = (next: ZoomState) => select(node).call(behavior.transform, toTransform(next));
		this.#stopAnimation?.();
		const target = constrain(state, this.extent);
		this.#target = target;
		if (animate && !prefersReducedMotion()) {
			// The animation's code loads with the first animated move (a microtask later after it).
			void import('./zoomAnimation').then(({ animateZoom }) => {
				// A later move, or a reader's gesture, has taken over meanwhile.
				if (this.#target !== target) return;
				this.#stopAnimation = animateZoom(this.view, target, this.extent, DURATION, apply, () => {
					this.#target = undefined;
				});
			});
		} else {
			apply(target);
			this.#target = undefined;
		}
	}

	/** Zooms by `factor` around `anchor` px (from where the last move is heading). */
	zoomAround(factor: number, anchor: number) {
		this.moveTo(zoomBy(this.settled, factor, anchor, this.extent));
	}

	/** Keeps the zoom limit in step with the domain and the width. */
	updateLimits() {
		this.#behavior?.scaleExtent([1, maxZoom(this.extent)]);
	}

	/**
	 * Binds the behaviour to the frame (an attachment); returns what unbinds it. Untracked: an
	 * attachment runs again whenever state it reads changes, and this one reads the view it sets.
	 */
	attach = (node: HTMLElement) => untrack(() => this.#bind(node));

	#bind(node: HTMLElement) {
		this.#node = node;
		// Fractional widths, as the container queries of the prerendered figure see them.
		const measure = (box: { width: number; height: number }) => {
			const previous = this.width;
			this.textSize = pageTextSize();
			this.height = box.height;
			// Sub-pixel differences between ways of measuring are no resize.
			if (Math.abs(box.width - previous) < 0.5) return;
			this.width = box.width;
			// The same dates stay in view when the frame is resized.
			if (previous > 0) {
				const scale = (state: ZoomState) => ({ k: state.k, x: (state.x * box.width) / previous });
				const target = this.#target;
				this.moveTo(scale(this.view), false);
				if (target) this.moveTo(scale(target), false);
			}
			this.updateLimits();
		};
		measure(node.getBoundingClientRect());
		const resizes = new ResizeObserver(([entry]) => entry && measure(entry.contentRect));
		resizes.observe(node);
		let frame = 0;
		let pending: ZoomState = this.view;
		let scrolled = -Infinity;
		const scrolling = (event: Event) => (scrolled = event.timeStamp);
		addEventListener('scroll', scrolling);
		// In a frame, the page that scrolls is the article's, whose scrolling this one cannot see: a
		// reader scrolling back up the article would be caught by the timeline. There the wheel
		// zooms only with Ctrl or ⌘ held (a touchpad's pinch sends Ctrl), and scrolls the article.
		// The frame then says how to zoom for a moment, as a map embedded in an article does
		// (data-wheel-hint, which the frame's stylesheet shows).
		const framed = window.parent !== window;
		let hintTimer = 0;
		const hint = () => {
			node.dataset.wheelHint = '';
			clearTimeout(hintTimer);
			hintTimer = window.setTimeout(() => delete node.dataset.wheelHint, WHEEL_HINT_MS);
		};
		const behavior = d3Zoom<HTMLElement, unknown>()
			// d3's own filter (no right button; Ctrl only with a wheel, a pinch on a touchpad), and a
			// wheel over the frame while the page is scrolling scrolls on, until the wheel rests.
			.filter((event: MouseEvent) => {
				if (event.type !== 'wheel') return !event.ctrlKey && !event.button;
				if (event.ctrlKey || event.metaKey) return true;
				if (framed) {
					hint();
					return false;
				}
				if (event.timeStamp - scrolled > SCROLLING_MS) return true;
				scrolled = event.timeStamp;
				return false;
			})
			.wheelDelta(wheelZoom)
			.constrain((transform) =>
				toTransform(constrain({ k: transform.k, x: transform.x }, this.extent))
			)
			.scaleExtent([1, maxZoom(this.extent)])
			.on('start', (event: { sourceEvent: Event | null }) => {
				// A reader's gesture takes over from any animation under way.
				if (event.sourceEvent) {
					this.#stopAnimation?.();
					this.#target = undefined;
				}
			})
			.on('zoom', (event: { transform: ZoomTransform }) => {
				pending = { k: event.transform.k, x: event.transform.x };
				// Many wheel events can arrive per frame: lay out once per frame, not once per event.
				frame ||= requestAnimationFrame(() => {
					frame = 0;
					this.view = pending;
				});
			});
		this.#behavior = behavior;
		// A sideways swipe on a touchpad (or a tilted wheel) pans, as it scrolls a page sideways; d3
		// zooms on the wheel's vertical part only. Ahead of d3's listener, which it then skips.
		const sideways = (event: WheelEvent) => {
			if (event.ctrlKey || Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
			if (this.view.k <= 1) return;
			event.preventDefault();
			event.stopImmediatePropagation();
			const px = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? this.width : 1;
			behavior.translateBy(select(node), (-event.deltaX * px) / this.view.k, 0);
		};
		node.addEventListener('wheel', sideways, { passive: false });
		// d3's own double-click zoom runs a d3 transition; ours animates like every other zoom.
		// The same handler serves d3-zoom's double-tap on touch screens.
		select(node)
			.call(behavior)
			.on('dblclick.zoom', (event: MouseEvent | TouchEvent) => {
				event.preventDefault();
				const at = 'changedTouches' in event ? event.changedTouches[0]! : event;
				const [x] = pointer(at, node);
				this.zoomAround(event.shiftKey ? 0.5 : 2, x);
			});
		return () => {
			removeEventListener('scroll', scrolling);
			node.removeEventListener('wheel', sideways);
			cancelAnimationFrame(frame);
			this.#stopAnimation?.();
			resizes.disconnect();
			select(node).on('.zoom', null);
			this.#node = this.#behavior = undefined;
		};
	}
}
