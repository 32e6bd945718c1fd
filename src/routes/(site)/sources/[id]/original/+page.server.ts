// The untouched original of a source, exactly as collected, page chrome included.
import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/data/dataset';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () =>
	getDataset().sources.map((source) => ({ id: source.id }));
export const csr = false;

export function load({ params }) {
	const dataset = getDataset();
	const source = dataset.sources.find((candidate) => candidate.id === params.id);
	if (!source) error(404, 'No such source');
	return {
		source: { id: source.id, title: source.title, file: source.file, cleaning: source.cleaning },
		original: source.original
	};
}
