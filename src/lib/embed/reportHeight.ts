// The embed's side of auto-resize: tells the host page its content height whenever it changes.

/** The only message the embed sends: its document's height in CSS pixels. */
export interface ResizeMessage {
	type: 'timeline:resize';
	height: number;
}

/**
 * Posts `{ type: 'timeline:resize', height }` to the parent window now and on every size change.
 * The target origin is '*' because the embed cannot know where it is embedded; the message holds
 * nothing but a number. Returns a function that stops reporting.
 */
export function reportHeight(element: HTMLElement, target: Window = window.parent): () => void {
	let last = -1;
	const send = () => {
		const height = Math.ceil(element.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		const message: ResizeMessage = { type: 'timeline:resize', height };
		target.postMessage(message, '*');
	};
	const observer = new ResizeObserver(send);
	observer.observe(element);
	send();
	return () => observer.disconnect();
}
