// The embed's options in its query string: what a journalist can set, read leniently and written back canonically.
import {
	parseViewState,
	writeViewState,
	type ExistingIds,
	type ViewState
} from '../timeline/urlState';
import type { Voice } from '../model';
import { MAX_HEIGHT, MIN_HEIGHT, NO, YES } from './earlyOptions.js';

export type Scheme = 'light' | 'dark' | 'auto';
export type PanelMode = 'inline' | 'page';

/** Everything `/embed` can be told; anything missing or malformed takes its default. */
export interface EmbedOptions extends ViewState {
	/** A fixed height in px, or 'auto' to report the content height to the host page. */
	height: number | 'auto';
	scheme: Scheme;
	/** Show the zoom buttons and the theme legend. */
	controls: boolean;
	/** Show an event's details in the frame, or open its page in a new tab. */
	panel: PanelMode;
}

/**
 * Light unless asked: an article's page is light far more often than not, and a frame that follows
 * the reader's system drew a dark box in a white article for every reader in dark mode. A site with
 * a dark mode of its own asks for `scheme=auto`.
 */
export const DEFAULT_EMBED: Omit<EmbedOptions, keyof ViewState> = {
	height: 'auto',
	scheme: 'light',
	controls: true,
	panel: 'inline'
};

/** Reads the options; unknown or malformed values are ignored. */
export function parseEmbedOptions(params: URLSearchParams, existing: ExistingIds): EmbedOptions {
	const heightValue = params.get('height')?.trim().toLowerCase();
	const heightNumber = heightValue && /^\d{1,5}$/.test(heightValue) ? Number(heightValue) : NaN;
	const scheme = params.get('scheme')?.trim().toLowerCase();
	const controls = params.get('controls')?.trim().toLowerCase() ?? '';
	const panel = params.get('panel')?.trim().toLowerCase();
	return {
		...parseViewState(params, existing),
		height:
			Number.isFinite(heightNumber) && heightNumber >= MIN_HEIGHT && heightNumber <= MAX_HEIGHT
				? heightNumber
				: DEFAULT_EMBED.height,
		scheme:
			scheme === 'light' || scheme === 'dark' || scheme === 'auto' ? scheme : DEFAULT_EMBED.scheme,
		controls: YES.includes(controls)
			? true
			: NO.includes(controls)
				? false
				: DEFAULT_EMBED.controls,
		panel: panel === 'inline' || panel === 'page' ? panel : DEFAULT_EMBED.panel
	};
}

/** The query string for `options`, leaving out whatever is at its default. */
export function writeEmbedOptions(options: EmbedOptions): string {
	const params = writeViewState(options);
	if (options.height !== DEFAULT_EMBED.height) params.set('height', String(options.height));
	if (options.scheme !== DEFAULT_EMBED.scheme) params.set('scheme', options.scheme);
	if (options.controls !== DEFAULT_EMBED.controls)
		params.set('controls', options.controls ? 'show' : 'hide');
	if (options.panel !== DEFAULT_EMBED.panel) params.set('panel', options.panel);
	return params.toString();
}

/** What an embed's voices and range need of an event to tell whether its timeline shows it. */
export interface FilteredEvent {
	id: string;
	start: string;
	end?: string;
	voices: readonly Voice[];
}

/**
 * What of `view` keeps `event` off the timeline it opens on: its range (the dates it opens on) or
 * its voices; undefined when the timeline shows the event.
 */
export function hiddenBy(
	event: FilteredEvent,
	{ voices, from, to }: { voices: readonly Voice[]; from?: string; to?: string }
): 'range' | 'voices' | undefined {
	if (from && to && (event.start > to || (event.end ?? event.start) < from)) return 'range';
	if (voices.length > 0 && !event.voices.some((voice) => voices.includes(voice))) return 'voices';
	return undefined;
}

/**
 * `view` without a starting event that its own voices or range hide. The voices and the range say
 * what the frame is about, and its article was written around them; a panel open on an event the
 * timeline does not show, with no Previous or Next, reads as a broken frame. So the event goes, as
 * an unknown one does.
 */
export function withoutHiddenEvent<View extends ViewState>(
	view: View,
	events: readonly FilteredEvent[]
): View {
	const event = view.event && events.find((candidate) => candidate.id === view.event);
	return event && hiddenBy(event, view) ? { ...view, event: undefined } : view;
}
