// What every page's head says of the site: its name and public address (PageMeta).
import { getDataset } from '$lib/server/data/dataset';

// Every page is prerendered to static HTML. Said here, on the server's side: a layout's universal
// module would be loaded by every page's browser code for this alone.
export const prerender = true;

export function load() {
	const { site } = getDataset();
	return { site: { title: site.title, url: site.url } };
}
