// The dataset the pages are built from, loaded once per build process.
import { resolve } from 'node:path';
import type { Dataset } from '../types.ts';
import { loadDataset } from './load.ts';
import { DataError } from './problems.ts';

/** Folder of the dataset: `data/`, or another one named by TIMELINE_DATA (fixtures, imported stories). */
export function dataDirectory(): string {
	return resolve(process.env.TIMELINE_DATA ?? 'data');
}

let cached: Dataset | undefined;

/** The validated dataset; throws a DataError listing every problem if there is any. */
export function getDataset(): Dataset {
	if (cached) return cached;
	const { dataset, problems } = loadDataset(dataDirectory());
	if (!dataset) throw new DataError(problems);
	cached = dataset;
	return dataset;
}
