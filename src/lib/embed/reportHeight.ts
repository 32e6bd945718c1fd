// Auto-resize: the embed tells its host page its content height whenever it changes, and the
// builder's preview, a host of its own, reads the message as static/embed-resize.js does.

/** The only message the embed sends: its document's height in CSS pixels. */
export interface ResizeMessage {
	type: 'timeline:resize';
	height: number;
}

/** What static/embed-resize.js sends the frames already loaded when it starts, late. */
export const HEIGHT_REQUEST = 'timeline:height-request';

/**
 * Posts `{ type: 'timeline:resize', height }` to the parent window now, on every size change, and
 * when the parent asks for it (its resize script came after the first report). The target origin
 * is '*' because the embed cannot know where it is embedded; the message holds nothing but a
 * number. Returns a function that stops reporting.
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
	const asked = (event: MessageEvent) => {
		if (event.source !== target || event.data?.type !== HEIGHT_REQUEST) return;
		last = -1;
		send();
	};
	addEventListener('message', asked);
	return () => {
		observer.disconnect();
		removeEventListener('message', asked);
	};
}

/** Up to 30,000 px: an event with all its quotes open, in a phone's column. */
const MAX_REPORTED = 30000;
/** No frame lower than this, whatever it reports. */
const MIN_FRAME = 150;

/**
 * The frame height, px, that a message asks for, by the rules of static/embed-resize.js (which
 * stays a plain script for host pages): a message with anything but a type and a height, or an
 * impossible height, asks for nothing.
 */
export function frameHeightFrom(data: unknown): number | undefined {
	if (!data || typeof data !== 'object' || Object.keys(data).length !== 2) return undefined;
	const { type, height } = data as Partial<ResizeMessage>;
	if (type !== 'timeline:resize' || typeof height !== 'number') return undefined;
	if (!Number.isFinite(height) || height <= 0 || height > MAX_REPORTED) return undefined;
	return Math.max(Math.round(height), MIN_FRAME);
}
