// Keeps the presentation and its presenter view on the same slide, whichever one moves, whichever
// screen each window is on: a window that opens asks where the others are.

import type { DeckScheme } from './scheme';

const CHANNEL = 'us-china-timeline-present';

export type SlideMessage =
	| {
			type: 'slide';
			/** The theme tour shown ('' for all events): windows only follow their own deck. */
			tour: string;
			index: number;
	  }
	| { type: 'ask'; tour: string }
	/** The room's screen changed colours: the presenter's previews follow. */
	| { type: 'scheme'; tour: string; scheme: DeckScheme };

/**
 * Listens for slide changes from the other windows of the same deck; `current`, when given, answers
 * a window that asks which slide is shown; `onscheme`, when given, hears the room's colours change.
 * Returns `send`, `ask`, `sendScheme` and `close`.
 */
export function openSlideSync(
	tour: string,
	onslide: (index: number) => void,
	current?: () => number,
	onscheme?: (scheme: DeckScheme) => void
) {
	if (typeof BroadcastChannel === 'undefined')
		return { send: () => {}, ask: () => {}, sendScheme: () => {}, close: () => {} };
	const channel = new BroadcastChannel(CHANNEL);
	const send = (index: number) =>
		channel.postMessage({ type: 'slide', tour, index } satisfies SlideMessage);
	channel.onmessage = (event: MessageEvent<SlideMessage>) => {
		const message = event.data;
		if (message?.tour !== tour) return;
		if (message.type === 'slide' && Number.isInteger(message.index)) onslide(message.index);
		else if (message.type === 'ask' && current) send(current());
		else if (message.type === 'scheme' && (message.scheme === 'light' || message.scheme === 'dark'))
			onscheme?.(message.scheme);
	};
	return {
		send,
		ask: () => channel.postMessage({ type: 'ask', tour } satisfies SlideMessage),
		sendScheme: (scheme: DeckScheme) =>
			channel.postMessage({ type: 'scheme', tour, scheme } satisfies SlideMessage),
		close: () => channel.close()
	};
}
