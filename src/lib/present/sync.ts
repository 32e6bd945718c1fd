// Keeps the presentation and its presenter view on the same slide, whichever one moves, whichever
// screen each window is on: a window that opens asks where the others are.

const CHANNEL = 'us-china-timeline-present';

export type SlideMessage =
	| {
			type: 'slide';
			/** The theme tour shown ('' for all events): windows only follow their own deck. */
			tour: string;
			index: number;
	  }
	| { type: 'ask'; tour: string };

/**
 * Listens for slide changes from the other windows of the same deck; `current`, when given, answers
 * a window that asks which slide is shown. Returns `send`, `ask` and `close`.
 */
export function openSlideSync(
	tour: string,
	onslide: (index: number) => void,
	current?: () => number
) {
	if (typeof BroadcastChannel === 'undefined')
		return { send: () => {}, ask: () => {}, close: () => {} };
	const channel = new BroadcastChannel(CHANNEL);
	const send = (index: number) =>
		channel.postMessage({ type: 'slide', tour, index } satisfies SlideMessage);
	channel.onmessage = (event: MessageEvent<SlideMessage>) => {
		const message = event.data;
		if (message?.tour !== tour) return;
		if (message.type === 'slide' && Number.isInteger(message.index)) onslide(message.index);
		else if (message.type === 'ask' && current) send(current());
	};
	return {
		send,
		ask: () => channel.postMessage({ type: 'ask', tour } satisfies SlideMessage),
		close: () => channel.close()
	};
}
