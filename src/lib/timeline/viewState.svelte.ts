// The explorer's view (open event, highlighted themes, voice filter, visible dates) and, on the site,
// its place in the address bar: a history entry for each choice, the same entry while zooming, and
// back and forward bringing the view back. Browser only; the URL format is urlState.ts.
import { pushState, replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import type { TimelineEntry, Voice } from '../model';
import {
	addressWithView,
	existingIds,
	parseViewState,
	type ExistingIds,
	type ViewState
} from './urlState';

/** How long the visible dates must rest before the address records them, ms (zooming fires every frame). */
const DATES_SETTLE = 300;

/** The dates in view (ISO). */
export interface VisibleDates {
	from: string;
	to: string;
	/** Nothing is zoomed: the address then records no dates. */
	all: boolean;
}

export class ExplorerView {
	selectedId = $state<string>();
	highlightThemes = $state<string[]>([]);
	voices = $state<Voice[]>([]);
	dates = $state<{ from?: string; to?: string }>({});
	/** The dates the view opened with, for the timeline to show once it has taken over. */
	openingDates = $state<{ from: string; to: string }>();
	/** What the last change of the view was, for screen readers. */
	announcement = $state('');
	#syncUrl: () => boolean;
	#events: () => readonly TimelineEntry[];
	#themes: () => readonly { id: string }[];
	#datesTimer: ReturnType<typeof setTimeout> | undefined;

	/** The address of the history step that opened an event's details from none (writeUrl). */
	#openingStep: string | undefined;

	/** The page the view belongs to, whose address it writes. */
	#page = '';

	/**
	 * With `syncUrl`, the view follows and writes the address bar; inside an embed it leaves it
	 * alone. An address may name only the `events` and `themes` there are.
	 */
	constructor(
		syncUrl: () => boolean,
		events: () => readonly TimelineEntry[],
		themes: () => readonly { id: string }[]
	) {
		this.#syncUrl = syncUrl;
		this.#events = events;
		this.#themes = themes;
	}

	/**
	 * Takes the view the page asks for: `initial` (the embed's options), else the address. Called
	 * once the page has hydrated, so the first drawing is the prerendered default view everywhere.
	 */
	start(initial?: ViewState) {
		this.#page = window.location.pathname;
		const view = initial ?? this.#fromAddress();
		this.#apply(view);
		if (view.from && view.to) this.openingDates = { from: view.from, to: view.to };
	}

	/** Whether the voice filter keeps an event: every event while no voice is chosen. */
	#keeps = (event: TimelineEntry) =>
		!this.voices.length || event.voices.some((voice) => this.voices.includes(voice));

	/** The events the voice filter keeps. */
	shown = $derived.by((): readonly TimelineEntry[] => {
		const events = this.#events();
		return this.voices.length ? events.filter(this.#keeps) : events;
	});

	/**
	 * The events shown before and after the open one, also while the voices hide it (a reader who
	 * chooses them with its details open keeps a way on from it).
	 */
	beside = $derived.by((): { previous?: TimelineEntry; next?: TimelineEntry } => {
		const events = this.#events();
		const at = events.findIndex((event) => event.id === this.selectedId);
		return at < 0
			? {}
			: {
					previous: events.slice(0, at).findLast(this.#keeps),
					next: events.slice(at + 1).find(this.#keeps)
				};
	});

	current(): ViewState {
		const { selectedId: event, highlightThemes: themes, voices, dates } = this;
		return { event, themes, voices, from: dates.from, to: dates.to };
	}

	/**
	 * Records the view in the URL: a new history entry for choices, a replaced one for zooming and
	 * panning, but for leaving the whole record (a cluster opened, a first zoom): a step of its own,
	 * which Back undoes.
	 */
	writeUrl(mode: 'push' | 'replace', opening = false) {
		// A write the dates' settling left pending must not land on the page a link has since
		// opened (a theme page's address took the timeline's `?event=`).
		if (!this.#syncUrl() || window.location.pathname !== this.#page) return;
		const url = addressWithView(this.current(), window.location);
		if (!url) return;
		const push = mode === 'push' || (!/[?&]from=/.test(location.search) && /[?&]from=/.test(url));
		const here = location.href;
		// The current address with a new query string: already resolved, not a route to resolve().
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		(push ? pushState : replaceState)(url, {});
		// The step that opened an event's details, until another is pushed (replaced, it stays so).
		if (push) this.#openingStep = opening ? location.href : undefined;
		else if (this.#openingStep === here) this.#openingStep = location.href;
	}

	/** Opens an event: its details here, or (`inPage` false, inside an embed) its page in a new tab. */
	open(id: string, inPage: boolean) {
		if (inPage) this.select(id);
		else window.open(resolve('/(site)/events/[id]', { id }), '_blank', 'noopener');
	}

	/** Opens an event's details (`undefined` closes them), announced and recorded in the address. */
	select(id: string | undefined) {
		const entry = this.#events().find((event) => event.id === id);
		const opening = !this.selectedId && !!entry;
		this.selectedId = id;
		this.announcement = entry
			? `Selected: ${entry.title}, ${entry.dateWithOrigin}`
			: 'Event details closed';
		this.writeUrl('push', opening);
	}

	/**
	 * Closes the event's details and gives the focus back to its mark, or to the cluster that holds
	 * it where the frame beside the panel folded it into one. Closing what the last step of the
	 * history opened goes back that step, so that Back then leaves rather than opens it again.
	 */
	close() {
		const id = this.selectedId;
		if (this.#openingStep === location.href) {
			this.announcement = 'Event details closed';
			history.back();
		} else this.select(undefined);
		// Folded into a cluster, the event has no mark of its own: the timeline's Tab stop is then
		// the mark that holds it (the event opened is the one the reader is at, MarkFocus.activeId).
		if (id)
			requestAnimationFrame(() =>
				(
					document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`) ??
					document.querySelector<HTMLElement>('.timeline .mark[tabindex="0"]')
				)?.focus()
			);
	}

	/** Escape closes the details, wherever the focus is (unless it put a tooltip away). */
	keydown(event: KeyboardEvent) {
		if (event.key !== 'Escape' || !this.selectedId || event.defaultPrevented) return;
		event.preventDefault();
		this.close();
	}

	datesChanged(next: VisibleDates) {
		this.dates = next.all ? {} : { from: next.from, to: next.to };
		clearTimeout(this.#datesTimer);
		this.#datesTimer = setTimeout(() => this.writeUrl('replace'), DATES_SETTLE);
	}

	/**
	 * Back and forward: brings the view in line with the address they return to, and says which
	 * dates the timeline should now show (`all` for everything), if they changed.
	 */
	followAddress(): { from: string; to: string } | 'all' | undefined {
		if (!this.#syncUrl()) return undefined;
		const view = this.#fromAddress();
		const datesChanged = view.from !== this.dates.from || view.to !== this.dates.to;
		this.#apply(view);
		if (!datesChanged) return undefined;
		return view.from && view.to ? { from: view.from, to: view.to } : 'all';
	}

	#fromAddress(): ViewState {
		// Read the address itself: SvelteKit's `page.url` keeps the URL the page was loaded with.
		return parseViewState(window.location.search, this.#existingIds());
	}

	#existingIds(): ExistingIds {
		return existingIds(this.#events(), this.#themes());
	}

	#apply(view: ViewState) {
		// Svelte ignores a value equal to the current one; the lists are new arrays, so compared.
		this.selectedId = view.event;
		if (view.themes.join() !== this.highlightThemes.join()) this.highlightThemes = view.themes;
		if (view.voices.join() !== this.voices.join()) this.voices = view.voices;
	}
}
