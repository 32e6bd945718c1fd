// A source page: the cleaned text as paragraphs, every cited excerpt highlighted, anchored and linked to its events.
import { error } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { getDataset } from '$lib/server/data/dataset';
import { paragraphSegments } from '$lib/sourceParagraphs';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () =>
	getDataset().sources.map((source) => ({ id: source.id }));

export function load({ params }) {
	const dataset = getDataset();
	const source = dataset.sources.find((candidate) => candidate.id === params.id);
	if (!source) error(404, 'No such source');
	const citations = dataset.events.flatMap((event) =>
		event.excerpts
			.filter((excerpt) => excerpt.source === source.id)
			.map((excerpt) => ({
				id: excerpt.id,
				start: excerpt.start,
				end: excerpt.end,
				note: excerpt.note,
				event: { id: event.id, title: event.title }
			}))
	);
	// Each use of the diplomatic vocabulary gets an anchor (#t-<offset>) for /vocabulary to link to,
	// and its word a run of its own, which the page marks when the address names it.
	const terms = dataset.vocabulary
		.filter((use) => use.source === source.id)
		.map((use) => ({ id: use.id, start: use.start, end: use.end }));
	const { text: _text, original: _original, ...metadata } = source;
	return {
		source: metadata,
		paragraphs: paragraphSegments(source.text, citations, terms),
		citations,
		// The excerpt picker of `npm run dev` needs the whole text; the built pages do not carry it.
		...(dev ? { sourceText: source.text } : {})
	};
}
