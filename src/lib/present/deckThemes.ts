// The themes of a deck by how many of its events have each: the closing slide's list, and its notes.
// A module of its own, so that the slides' code does not carry the notes' words.
import type { Theme, TimelineEvent } from '../model';

/** The deck's themes with how many of its events each has, the most first (the closing slide's list). */
export function themesByCount(
	events: readonly Pick<TimelineEvent, 'themes'>[],
	themes: readonly Theme[]
): { theme: Theme; count: number }[] {
	return themes
		.map((theme) => ({
			theme,
			count: events.filter((event) => event.themes.includes(theme.id)).length
		}))
		.filter((entry) => entry.count > 0)
		.sort((a, b) => b.count - a.count);
}
