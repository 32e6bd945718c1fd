// The dataset the pages are built from, loaded once per build process.
import { resolve } from 'node:path';
import type { Dataset } from '../../model.ts';
import { readSiteUrl } from '../../siteAddress.ts';
import { loadDataset } from './load.ts';
import { DataError, describeValue, type DataProblem } from './problems.ts';

/** Folder of the dataset: `data/`, or another one named by TIMELINE_DATA (fixtures, imported stories). */
export function dataDirectory(): string {
	return resolve(process.env.TIMELINE_DATA ?? 'data');
}

let cached: Dataset | undefined;

/** The validated dataset; throws a DataError listing every problem if there is any. */
export function getDataset(): Dataset {
	if (cached) return cached;
	const { dataset, problems } = loadDataset(dataDirectory());
	const address = siteUrlSetting();
	if (!dataset || 'problem' in address)
		throw new DataError([...problems, ...addressProblems(address)]);
	if (address.url) dataset.site.url = address.url;
	cached = dataset;
	return dataset;
}

/** The site's public address from SITE_URL, which overrides site.yaml's `url`; none when unset. */
export function siteUrlSetting(
	value = process.env.SITE_URL
): { url?: string } | { problem: string; value: string } {
	if (value === undefined || value.trim() === '') return {};
	const read = readSiteUrl(value);
	return 'problem' in read ? { problem: read.problem, value } : read;
}

/** What is wrong with the SITE_URL setting, as a data problem (none when it is fine or unset). */
export function addressProblems(address: ReturnType<typeof siteUrlSetting>): DataProblem[] {
	if (!('problem' in address)) return [];
	return [
		{
			file: 'SITE_URL (environment)',
			expected:
				"the site's public address: an http or https URL such as https://example.org/timeline",
			found: `${describeValue(address.value)}: ${address.problem}`
		}
	];
}
