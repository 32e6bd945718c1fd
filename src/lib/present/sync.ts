// Keeps the presentation and its speaker-notes window on the same slide, whichever one moves.

const CHANNEL = 'us-china-timeline-present';

export interface SlideMessage {
	type: 'slide';
	/** The theme tour shown ('' for all events): windows only follow their own deck. */
	tour: string;
	index: number;
}

/** Listens for slide changes from the other window; returns `send` and a `close` function. */
export function openSlideSync(tour: string, onslide: (index: number) => void) {
	if (typeof BroadcastChannel === 'undefined') return { send: () => {}, close: () => {} };
	const channel = new BroadcastChannel(CHANNEL);
	channel.onmessage = (event: MessageEvent<SlideMessage>) => {
		const message = event.data;
		if (message?.type === 'slide' && message.tour === tour && Number.isInteger(message.index))
			onslide(message.index);
	};
	return {
		send: (index: number) =>
			channel.postMessage({ type: 'slide', tour, index } satisfies SlideMessage),
		close: () => channel.close()
	};
}
