// A presentation as data: the title slide, one slide per event, and a closing slide; for all events or one theme's tour.
import { closestName } from '../closestName';
import type { Excerpt, SourceSummary, Theme, TimelineEvent } from '../model';

export type Slide =
	| {
			kind: 'title';
			id: 'start';
			title: string;
			subtitle: string;
			theme?: Theme;
			missingTour?: MissingTour;
	  }
	| {
			kind: 'event';
			id: string;
			event: TimelineEvent;
			/** The excerpt to show; none when the event has no source excerpt. */
			excerpt: Excerpt | undefined;
			/** The number of an earlier slide that shows the same passage (one report of both). */
			quotedOnSlide?: number;
			position: number;
	  }
	| { kind: 'closing'; id: 'end'; title: string };

/** What drawing a slide takes besides the slide: the same for every slide of a deck, wherever it is drawn. */
export interface SlideDrawing {
	/** The events of this deck, for the period strip and the closing slide. */
	events: readonly TimelineEvent[];
	themes: readonly Theme[];
	sources: Record<string, SourceSummary>;
	site: { title: string; url: string };
	siteQr: { path: string; size: number };
	/** The theme of a tour ('' for all events): singled out on each slide, its thread at the end. */
	tour: string;
}

/** A tour asked for by an id that names no theme (a mistyped link): the id, and the theme it is closest to. */
export interface MissingTour {
	asked: string;
	meant: Theme | undefined;
}

/**
 * What the title slide says of a tour asked for by `asked`, '' for none: nothing when a theme has
 * that id, else the theme meant by a typo (`taiwna`) or by a word of one theme's name (`military`).
 */
export function missingTour(asked: string, themes: readonly Theme[]): MissingTour | undefined {
	if (!asked || themes.some((theme) => theme.id === asked)) return undefined;
	const word = asked.toLowerCase();
	const containing = themes.filter(
		(theme) => word.length >= 3 && `${theme.id} ${theme.label}`.toLowerCase().includes(word)
	);
	const meant =
		closestName(
			word,
			themes.map((theme) => theme.id)
		) ?? (containing.length === 1 ? containing[0]!.id : undefined);
	return { asked, meant: themes.find((theme) => theme.id === meant) };
}

/**
 * The slides for every event, or for the events of `theme` with the excerpts that speak to it; the
 * title slide says when the tour asked for does not exist, rather than show every event unexplained.
 */
export function buildSlides(
	events: readonly TimelineEvent[],
	site: { title: string; description: string },
	theme?: Theme,
	missingTour?: MissingTour
): Slide[] {
	const chosen = theme ? events.filter((event) => event.themes.includes(theme.id)) : events;
	const excerpts = deckExcerpts(chosen, theme?.id);
	/** Each passage shown, and the number of the first slide to show it. */
	const shownOn = new Map<string, number>();
	return [
		{
			kind: 'title',
			id: 'start',
			title: theme ? theme.label : site.title,
			subtitle: theme ? theme.description : site.description,
			theme,
			...(missingTour ? { missingTour } : {})
		},
		...chosen.map((event, index): Slide => {
			const excerpt = excerpts.get(event.id);
			const quotedOnSlide = excerpt && shownOn.get(excerpt.quote);
			if (excerpt && !quotedOnSlide) shownOn.set(excerpt.quote, index + 2);
			return {
				kind: 'event',
				id: event.id,
				event,
				excerpt,
				...(quotedOnSlide ? { quotedOnSlide } : {}),
				position: index
			};
		}),
		{
			kind: 'closing',
			id: 'end',
			title: theme ? `${theme.label}: what to take away` : 'What to take away'
		}
	];
}

/**
 * The excerpt each event's slide shows (and the handout prints), in the deck's order: in a theme's
 * tour the first that speaks to the theme where one does, else its first; but not a passage an
 * earlier slide already quoted (two events a readout reports together share it), where the event
 * has another to show. A class would otherwise see the same quote twice, and read the second
 * slide as a repeat.
 */
export function deckExcerpts(
	events: readonly TimelineEvent[],
	theme?: string
): Map<string, Excerpt | undefined> {
	const shown = new Set<string>();
	const chosen = new Map<string, Excerpt | undefined>();
	for (const event of events) {
		const speaking = theme
			? event.excerpts.filter((excerpt) => excerpt.themes?.includes(theme))
			: [];
		const candidates = speaking.length > 0 ? speaking : event.excerpts;
		const excerpt = candidates.find((one) => !shown.has(one.quote)) ?? candidates[0];
		if (excerpt) shown.add(excerpt.quote);
		chosen.set(event.id, excerpt);
	}
	return chosen;
}

/**
 * The slide a URL hash points to: `#5` (1-based; past the end, the last: a shorter deck, a tour,
 * than the one the address was taken from) or `#<event-id>`; the first slide otherwise.
 */
export function slideFromHash(hash: string, slides: readonly Slide[]): number {
	let value = hash.replace(/^#/, '');
	try {
		value = decodeURIComponent(value);
	} catch {
		return 0;
	}
	if (/^\d{1,4}$/.test(value)) {
		const number = Number(value);
		return number >= 1 ? Math.min(number, slides.length) - 1 : 0;
	}
	const index = slides.findIndex((slide) => slide.id === value);
	return index === -1 ? 0 : index;
}
