// What the presentation, its notes and its handout need: every event in full, themes, sources and QR codes.
import { builtOnce } from '../../builtOnce.ts';
import type { Dataset } from '../../model.ts';
import { qrPath, type QrPath } from './qrCode.ts';
import { sourceSummaries } from './sourceSummaries.ts';

/** Beyond this many events a deck's print view leaves out the QR codes; /present/handout keeps them. */
const QR_IN_DECK_LIMIT = 300;

/** The QR code of every event page, drawn once per dataset whatever number of pages asks. */
const eventQrCodes = builtOnce(
	(dataset: Dataset): Record<string, QrPath> =>
		Object.fromEntries(
			dataset.events.map((event) => [event.id, qrPath(`${dataset.site.url}/events/${event.id}`)])
		)
);

/** Data for /present, /present/notes and /present/handout (the handout always has every QR code). */
export function presentationData(dataset: Dataset, { handout = false } = {}) {
	const { site, events, themes, sources } = dataset;
	const withCodes = handout || events.length <= QR_IN_DECK_LIMIT;
	return {
		site: { title: site.title, description: site.description, url: site.url },
		events,
		themes,
		sources: sourceSummaries(sources),
		qr: {
			site: qrPath(`${site.url}/`),
			events: withCodes ? eventQrCodes(dataset) : {}
		}
	};
}
