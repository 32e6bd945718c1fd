// Stands in for d3-drag in the browser bundle: d3-zoom takes only its two helpers that stop the
// browser dragging images and selecting text while a pointer pans, and let it again afterwards
// (swallowing the click that ends a pan). They follow d3-drag 3 (ISC licence), less its fallback
// for browsers without the selectstart event (Firefox before 52). Aliased in vite.config.ts.
import { select } from './zoomSelection';

const nonpassiveCapture = { capture: true, passive: false };

function noevent(event: Event) {
	event.preventDefault();
	event.stopImmediatePropagation();
}

const windowOf = (view: Window) => select(view as unknown as Parameters<typeof select>[0]);

export function dragDisable(view: Window) {
	windowOf(view)
		.on('dragstart.drag', noevent, nonpassiveCapture)
		.on('selectstart.drag', noevent, nonpassiveCapture);
}

export function dragEnable(view: Window, noclick?: boolean) {
	const selection = windowOf(view).on('dragstart.drag', null).on('selectstart.drag', null);
	if (noclick) {
		selection.on('click.drag', noevent, nonpassiveCapture);
		setTimeout(() => selection.on('click.drag', null), 0);
	}
}
