// The chrome of every reading page: the site's name, and which optional sections its dataset fills.
import { getDataset } from '$lib/server/data/dataset';

export function load() {
	const { site, themes, sources, people, commitments, lexicon } = getDataset();
	return {
		chrome: {
			name: site.shortTitle ?? site.title,
			/** Sections a dataset may leave empty (an imported story has no sources or people). */
			has: {
				themes: themes.length > 0,
				sources: sources.length > 0,
				people: people.length > 0,
				commitments: commitments.length > 0,
				vocabulary: lexicon.length > 0
			}
		}
	};
}
