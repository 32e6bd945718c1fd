// Auto-resize: the embed tells its host page its content height whenever it changes, and the
// builder's preview, a host of its own, reads the message as static/embed-resize.js does.

/** The only message the embed sends: its document's height in CSS pixels. */
export interface ResizeMessage {
	type: 'timeline:resize';
	height: number;
}

/** What static/embed-resize.js sends the frames already loaded when it starts, late. */
export const HEIGHT_REQUEST = 'timeline:height-request';

/** The attribute TimelineExplorer sets while the panel of an event it opens is not yet drawn. */
const DETAILS_LOADING = 'data-details-loading';
/** The longest a frame waits for an opening event's details before it tells its height anyway. */
export const LONGEST_HOLD_MS = 2000;

/**
 * Posts `{ type: 'timeline:resize', height }` to the parent window now, on every size change, and
 * when the parent asks for it (its resize script came after the first report). While the panel of
 * an event the frame opens on is loading (at most LONGEST_HOLD_MS), it waits: the article would
 * otherwise shrink the frame to the timeline alone and grow it again for the panel a moment later.
 * The target origin is '*' because the embed cannot know where it is embedded; the message holds
 * nothing but a number. Returns a function that stops reporting.
 */
export function reportHeight(element: HTMLElement, target: Window = window.parent): () => void {
	let last = -1;
	let holding = true;
	const send = () => {
		if (holding && element.querySelector(`[${DETAILS_LOADING}]`)) return;
		holding = false;
		const height = Math.ceil(element.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		const message: ResizeMessage = { type: 'timeline:resize', height };
		target.postMessage(message, '*');
	};
	const observer = new ResizeObserver(send);
	observer.observe(element);
	const loaded = new MutationObserver(send);
	loaded.observe(element, { subtree: true, attributeFilter: [DETAILS_LOADING] });
	const giveUp = setTimeout(() => {
		holding = false;
		send();
	}, LONGEST_HOLD_MS);
	send();
	const asked = (event: MessageEvent) => {
		if (event.source !== target || event.data?.type !== HEIGHT_REQUEST) return;
		last = -1;
		send();
	};
	addEventListener('message', asked);
	return () => {
		observer.disconnect();
		loaded.disconnect();
		clearTimeout(giveUp);
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
