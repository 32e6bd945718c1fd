// What every page's head says of the site: its name and public address (PageMeta).
import { getDataset } from '$lib/server/data/dataset';

export function load() {
	const { site } = getDataset();
	return { site: { title: site.title, url: site.url } };
}
