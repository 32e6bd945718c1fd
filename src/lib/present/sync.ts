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
	| { type: 'scheme'; tour: string; scheme: DeckScheme }
	/** The presenter blanks the room's screen, or shows it again (B or . in the presenter view). */
	| { type: 'blank'; tour: string };

export interface SlideSyncHandlers {
	onslide: (index: number) => void;
	/** Answers a window that asks which slide is shown (the room's window). */
	current?: () => number;
	/** Hears the room's colours change (the presenter view). */
	onscheme?: (scheme: DeckScheme) => void;
	/** Hears the presenter blank the screen or show it again (the room's window). */
	onblank?: () => void;
}

/**
 * Listens for slide changes from the other windows of the same deck, and whatever else `handlers`
 * take. Returns `send`, `ask`, `sendScheme`, `sendBlank` and `close`.
 */
export function openSlideSync(tour: string, handlers: SlideSyncHandlers) {
	if (typeof BroadcastChannel === 'undefined')
		return {
			send: () => {},
			ask: () => {},
			sendScheme: () => {},
			sendBlank: () => {},
			close: () => {}
		};
	const { onslide, current, onscheme, onblank } = handlers;
	const channel = new BroadcastChannel(CHANNEL);
	const post = (message: SlideMessage) => channel.postMessage(message);
	const send = (index: number) => post({ type: 'slide', tour, index });
	channel.onmessage = (event: MessageEvent<SlideMessage>) => {
		const message = event.data;
		if (message?.tour !== tour) return;
		if (message.type === 'slide' && Number.isInteger(message.index)) onslide(message.index);
		else if (message.type === 'ask' && current) send(current());
		else if (message.type === 'scheme' && (message.scheme === 'light' || message.scheme === 'dark'))
			onscheme?.(message.scheme);
		else if (message.type === 'blank') onblank?.();
	};
	return {
		send,
		ask: () => post({ type: 'ask', tour }),
		sendScheme: (scheme: DeckScheme) => post({ type: 'scheme', tour, scheme }),
		sendBlank: () => post({ type: 'blank', tour }),
		close: () => channel.close()
	};
}
