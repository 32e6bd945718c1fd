// What the timeline and the explorer around it are given, documented once for both.
import type { Snippet } from 'svelte';
import type { EventCounts } from '$lib/eventCounts';
import type { SourceSummary, Theme, TimelineEntry } from '$lib/model';
import type { OpeningFigure } from '$lib/timeline/opening';
import type { ViewState } from '$lib/timeline/urlState';
import type { VerticalLoader } from '$lib/timeline/verticalLayout.svelte';
import type { ZoomExtent, ZoomState } from '$lib/timeline/zoom';

interface Shared {
	themes: readonly Theme[];
	/** The opening view at every width, as the build laid it out (opening.ts). */
	figure: OpeningFigure;
	/**
	 * Turn the timeline vertical in a narrow frame, measured by it: the page's import of the rows'
	 * code, loaded only there (the home page's and a theme's).
	 */
	vertical?: VerticalLoader;
	/** The build wrote the vertical rows into the page (a theme's, the home page's up to IN_PAGE_EVENT_LIMIT events). */
	prerenderRows?: boolean;
}

export interface TimelineProps extends Shared {
	/** Events in chronological order; the range spans all of them. */
	events: readonly TimelineEntry[];
	/** The events to draw, when a filter hides some; all of them by default. */
	shown?: readonly TimelineEntry[];
	/** The event whose details are open. */
	selectedId?: string;
	/** Themes whose events are highlighted and threaded. */
	highlightThemes?: readonly string[];
	/** The dates to show once the browser has taken over (ISO); everything when absent. */
	initialDates?: { from: string; to: string };
	/** Show the zoom buttons. */
	showControls?: boolean;
	/** Open event links in a new tab (inside an embed). */
	newTab?: boolean;
	/** A layer drawn under the axis (the tone strip), given the view; `belowHeight` px tall. */
	below?: Snippet<[{ view: ZoomState; extent: ZoomExtent }]>;
	belowHeight?: number;
	/** What opening an event does; without it, a mark is a link to the event's page. */
	onselect?: (id: string) => void;
	/** Called after every zoom or pan with the visible dates; `all` when nothing is zoomed. */
	ondateschange?: (dates: { from: string; to: string; all: boolean }) => void;
}

export interface ExplorerProps extends Shared {
	/** Every event, slim, in chronological order. */
	entries: readonly TimelineEntry[];
	sources: Record<string, SourceSummary>;
	/** Record the view in the address bar and follow back/forward (not inside an embed). */
	syncUrl?: boolean;
	/** The view to take once the page has started, instead of the address's (the embed's options). */
	initialView?: () => ViewState;
	/** Show the zoom buttons and the filters. */
	showControls?: boolean;
	/**
	 * Show an event's details here (`inline`, the default), or open its page in a new tab (`page`:
	 * the event the view opens on is then only marked on the timeline).
	 */
	panel?: 'inline' | 'page';
	/** Offer the tone strip: the data has uses of the diplomatic vocabulary. */
	hasTone?: boolean;
	/** Called whenever the view changes, e.g. to carry it to the full site. */
	onviewchange?: (view: ViewState) => void;
	/** Events per theme and voice, counted at build time (countEvents). */
	counts: EventCounts;
	/** Person ids by name, for the panel's links to their pages. */
	people?: Record<string, string>;
}
