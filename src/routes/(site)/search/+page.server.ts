// The search page's head names the site and its address, as every page's does.
import { getDataset } from '$lib/server/data/dataset';

export function load() {
	const { site } = getDataset();
	return { site: { title: site.title, url: site.url } };
}
