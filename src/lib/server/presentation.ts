// What the presentation, its notes and its handout need: every event in full, themes, sources and QR codes.
import type { Dataset } from '../types.ts';
import { qrPath } from './qrCode.ts';
import { sourceSummaries } from './sourceSummaries.ts';

/** Data for /present, /present/notes and /present/handout. */
export function presentationData(dataset: Dataset) {
	const { site, events, themes, sources } = dataset;
	return {
		site: { title: site.title, description: site.description, url: site.url },
		events,
		themes,
		sources: sourceSummaries(sources),
		qr: {
			site: qrPath(`${site.url}/`),
			events: Object.fromEntries(
				events.map((event) => [event.id, qrPath(`${site.url}/events/${event.id}`)])
			)
		}
	};
}
