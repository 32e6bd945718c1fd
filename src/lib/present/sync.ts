// Keeps the presentation and its presenter view on the same slide, whichever one moves, whichever
// screen each window is on: a window that opens asks where the others are, and whether the room's
// screen is blanked.

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
	| { type: 'blank'; tour: string }
	/** The room's screen was blanked or shown again, whoever did it: the presenter view says so. */
	| { type: 'blanked'; tour: string; blanked: boolean };

export interface SlideSyncHandlers {
	onslide: (index: number) => void;
	/** Answers a window that asks which slide is shown (the room's window). */
	current?: () => number;
	/** Answers a window that asks whether the screen is blanked (the room's window). */
	blanked?: () => boolean;
	/** Hears the room's colours change (the presenter view). */
	onscheme?: (scheme: DeckScheme) => void;
	/** Hears the presenter blank the screen or show it again (the room's window). */
	onblank?: () => void;
	/** Hears the room's screen blanked or shown again (the presenter view). */
	onblanked?: (blanked: boolean) => void;
}

/**
 * Listens for slide changes from the other windows of the same deck, and whatever else `handlers`
 * take. Returns `send`, `ask`, `sendScheme`, `sendBlank`, `sendBlanked` and `close`.
 */
export function openSlideSync(tour: string, handlers: SlideSyncHandlers) {
	if (typeof BroadcastChannel === 'undefined')
		return {
			send: () => {},
			ask: () => {},
			sendScheme: () => {},
			sendBlank: () => {},
			sendBlanked: () => {},
			close: () => {}
		};
	const { onslide, current, blanked, onscheme, onblank, onblanked } = handlers;
	const channel = new BroadcastChannel(CHANNEL);
	const post = (message: SlideMessage) => channel.postMessage(message);
	const send = (index: number) => post({ type: 'slide', tour, index });
	const sendBlanked = (state: boolean) => post({ type: 'blanked', tour, blanked: state });
	channel.onmessage = (event: MessageEvent<SlideMessage>) => {
		const message = event.data;
		if (message?.tour !== tour) return;
		if (message.type === 'slide' && Number.isInteger(message.index)) onslide(message.index);
		else if (message.type === 'ask') {
			if (current) send(current());
			if (blanked) sendBlanked(blanked());
		} else if (
			message.type === 'scheme' &&
			(message.scheme === 'light' || message.scheme === 'dark')
		)
			onscheme?.(message.scheme);
		else if (message.type === 'blank') onblank?.();
		else if (message.type === 'blanked' && typeof message.blanked === 'boolean')
			onblanked?.(message.blanked);
	};
	return {
		send,
		ask: () => post({ type: 'ask', tour }),
		sendScheme: (scheme: DeckScheme) => post({ type: 'scheme', tour, scheme }),
		sendBlank: () => post({ type: 'blank', tour }),
		sendBlanked,
		close: () => channel.close()
	};
}
