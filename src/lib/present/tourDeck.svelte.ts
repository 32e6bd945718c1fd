// Which deck a presentation page shows: every event, or one theme's tour asked for in the address
// (?theme=<id>), which only the browser can read; the prerendered page is the whole deck.
import type { SourceSummary, Theme, TimelineEvent } from '../model';
import {
	buildSlides,
	missingTour,
	type MissingTour,
	type Slide,
	type SlideDrawing
} from './slides';
import { schemeOf, showScheme } from './scheme';

interface DeckData {
	events: readonly TimelineEvent[];
	themes: readonly Theme[];
	sources: Record<string, SourceSummary>;
	site: { title: string; url: string; description: string };
	qr: { site: SlideDrawing['siteQr'] };
}

export class TourDeck {
	/** The toured theme's id, '' for every event. */
	tour = $state('');
	/** The tour the address asked for, '' for none. */
	asked = $state('');
	#data: () => DeckData;

	// Closures: the fields are set before the constructor gives them the data.
	readonly theme: Theme | undefined = $derived.by(() =>
		this.#data().themes.find((candidate) => candidate.id === this.tour)
	);
	readonly missingTour: MissingTour | undefined = $derived.by(() =>
		this.theme ? undefined : missingTour(this.asked, this.#data().themes)
	);
	readonly slides: Slide[] = $derived.by(() =>
		buildSlides(this.#data().events, this.#data().site, this.theme, this.missingTour)
	);
	/** The events of the deck, for its strips and its closing slide. */
	readonly events: readonly TimelineEvent[] = $derived.by(() => {
		const theme = this.theme;
		const { events } = this.#data();
		return theme ? events.filter((event) => event.themes.includes(theme.id)) : events;
	});

	constructor(data: () => DeckData) {
		this.#data = data;
	}

	/** What drawing any of its slides takes besides the slide. */
	get drawing(): SlideDrawing {
		const { themes, sources, site, qr } = this.#data();
		return { events: this.events, themes, sources, site, siteQr: qr.site, tour: this.tour };
	}

	/** Takes the tour the address asks for, when it names a theme of the data. */
	readTour(params: URLSearchParams): void {
		const requested = (params.get('theme') ?? '').trim();
		this.asked = requested;
		if (this.#data().themes.some((candidate) => candidate.id === requested)) this.tour = requested;
	}

	/**
	 * Once the page has started: takes the tour its address asks for, and the colour scheme. A
	 * projector wants light text on black, and the presenter's previews look as the room's screen
	 * does; a bright room, or paper, may ask for the light scheme (?scheme=light).
	 */
	start(params: URLSearchParams, fallback: 'light' | 'dark' = 'dark'): 'light' | 'dark' {
		this.readTour(params);
		const scheme = schemeOf(params, fallback);
		showScheme(scheme, { record: false });
		return scheme;
	}
}
