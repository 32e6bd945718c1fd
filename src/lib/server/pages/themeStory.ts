// A theme's story: when it was first and last raised, how often per year, and its events with the excerpts that speak to it.
import type { Dataset, Excerpt, Theme, TimelineEvent } from '../../model.ts';

export interface ThemeStory {
	theme: Theme;
	events: { event: TimelineEvent; excerpts: Excerpt[] }[];
	first?: string;
	last?: string;
	/** Every year of the dataset, with how many of the theme's events fall in it. */
	perYear: { year: number; count: number }[];
}

/** The story of `themeId`; excerpts are those tagged with the theme (all of an event's, if none are tagged). */
export function themeStory(dataset: Dataset, themeId: string): ThemeStory | undefined {
	const theme = dataset.themes.find((candidate) => candidate.id === themeId);
	if (!theme) return undefined;
	const events = dataset.events
		.filter((event) => event.themes.includes(themeId))
		.map((event) => {
			const tagged = event.excerpts.filter((excerpt) => excerpt.themes?.includes(themeId));
			return { event, excerpts: tagged.length > 0 ? tagged : event.excerpts };
		});
	const years = dataset.events.map((event) => Number(event.start.slice(0, 4)));
	const perYear = [];
	for (let year = Math.min(...years); year <= Math.max(...years); year++)
		perYear.push({
			year,
			count: events.filter(({ event }) => Number(event.start.slice(0, 4)) === year).length
		});
	return {
		theme,
		events,
		first: events[0]?.event.start,
		last: events.at(-1)?.event.start,
		perYear
	};
}

/** Themes with how many events each has, most frequent first (ties by label). */
export function themesByFrequency(dataset: Dataset): { theme: Theme; count: number }[] {
	return dataset.themes
		.map((theme) => ({
			theme,
			count: dataset.events.filter((event) => event.themes.includes(theme.id)).length
		}))
		.sort((a, b) => b.count - a.count || a.theme.label.localeCompare(b.theme.label));
}
