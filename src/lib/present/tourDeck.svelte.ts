// Which deck a presentation page shows: every event, or one theme's tour asked for in the address
// (?theme=<id>), which only the browser can read; the prerendered page is the whole deck.
import type { Theme, TimelineEvent } from '../model';
import { buildSlides, type Slide } from './slides';

interface DeckData {
	events: readonly TimelineEvent[];
	themes: readonly Theme[];
	site: { title: string; description: string };
}

export class TourDeck {
	/** The toured theme's id, '' for every event. */
	tour = $state('');
	#data: () => DeckData;

	// Closures: the fields are set before the constructor gives them the data.
	readonly theme: Theme | undefined = $derived.by(() =>
		this.#data().themes.find((candidate) => candidate.id === this.tour)
	);
	readonly slides: Slide[] = $derived.by(() =>
		buildSlides(this.#data().events, this.#data().site, this.theme)
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

	/** Follows the tour the address asks for, when it names a theme of the data. */
	readAddress(params: URLSearchParams) {
		const requested = params.get('theme') ?? '';
		if (this.#data().themes.some((candidate) => candidate.id === requested)) this.tour = requested;
	}
}
