// Stands in for d3-drag in the browser bundle: d3-zoom takes only its two helpers that stop the
// browser dragging images and selecting text while a pointer pans, and let it again afterwards
// (swallowing the click that ends a pan). They follow d3-drag 3 (ISC licence) line for line.
// Aliased in vite.config.ts.
import { select } from './zoomSelection';

const nonpassiveCapture = { capture: true, passive: false };

function noevent(event: Event) {
	event.preventDefault();
	event.stopImmediatePropagation();
}

/** The document's root as old Firefox styles it, without `onselectstart`. */
interface Root {
	__noselect?: string;
	style: { MozUserSelect?: string };
}

const windowOf = (view: Window) => select(view as unknown as Parameters<typeof select>[0]);
const rootOf = (view: Window) => view.document.documentElement as unknown as Root;
const hasSelectStart = (view: Window) => 'onselectstart' in view.document.documentElement;

export function dragDisable(view: Window) {
	const root = rootOf(view);
	const selection = windowOf(view).on('dragstart.drag', noevent, nonpassiveCapture);
	if (hasSelectStart(view)) {
		selection.on('selectstart.drag', noevent, nonpassiveCapture);
	} else {
		root.__noselect = root.style.MozUserSelect;
		root.style.MozUserSelect = 'none';
	}
}

export function dragEnable(view: Window, noclick?: boolean) {
	const root = rootOf(view);
	const selection = windowOf(view).on('dragstart.drag', null);
	if (noclick) {
		selection.on('click.drag', noevent, nonpassiveCapture);
		setTimeout(() => selection.on('click.drag', null), 0);
	}
	if (hasSelectStart(view)) {
		selection.on('selectstart.drag', null);
	} else {
		root.style.MozUserSelect = root.__noselect;
		delete root.__noselect;
	}
}
